import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';

/** Options for the pickers of commerce and support forms: producers, their products, partners, units of today. */
export type ProducerOption = Pick<Schemas['ProducerView'], 'id' | 'name' | 'districtCode' | 'districtName'>;
export type ProductOption = Pick<Schemas['ProductView'], 'id' | 'name' | 'producerId'>;

export function useProducerOptions(q: string | undefined) {
  return useQuery({
    queryKey: ['commerce', 'producer-options', q ?? ''],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/producers', {
          params: { query: { q: q || undefined, size: 20, sort: 'name' } },
          signal,
        }),
      ),
    staleTime: 60_000,
  });
}

export function useProducerOption(id: number | undefined) {
  return useQuery({
    queryKey: ['commerce', 'producer-option', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/producers/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
    staleTime: 60_000,
  });
}

/** The products of one producer (a contract's or a participation's products must be the producer's). */
export function useProductOptions(producerId: number | undefined, q?: string) {
  return useQuery({
    queryKey: ['commerce', 'product-options', producerId ?? 0, q ?? ''],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/products', {
          params: { query: { producerId, q: q || undefined, size: 200, sort: 'name' } },
          signal,
        }),
      ),
    enabled: producerId !== undefined || q !== undefined,
    staleTime: 60_000,
  });
}

export function usePartnerOptions(q: string | undefined) {
  return useQuery({
    queryKey: ['commerce', 'partner-options', q ?? ''],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/partners', {
          params: { query: { q: q || undefined, size: 20, sort: 'name' } },
          signal,
        }),
      ),
    staleTime: 60_000,
  });
}

/** The communes and wards of today under a unit (the province 86 after July 2025), for the commune picker. */
export function useUnitsOfToday(parentCode: string) {
  return useQuery({
    queryKey: ['commerce', 'units', parentCode],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/admin-units', {
          params: { query: { parentCode, size: 200, sort: 'name' } },
          signal,
        }),
      ),
    staleTime: Infinity,
  });
}
