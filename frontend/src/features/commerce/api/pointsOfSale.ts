import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned, type Schemas } from '../../../lib/api/client';
import type { operations } from '../../../lib/api/schema';

export type PointOfSale = Schemas['PointOfSaleView'];
export type PointOfSaleKind = Schemas['PointOfSaleKind'];
export type PointOfSaleRequest = Schemas['PointOfSaleRequest'];
export type PointOfSaleQuery = NonNullable<operations['listPointsOfSale']['parameters']['query']>;

export const POS_KINDS: PointOfSaleKind[] = ['OCOP_SHOP', 'COUNTER', 'ONLINE'];

export const posKeys = {
  all: ['points-of-sale'] as const,
  list: (query: PointOfSaleQuery) => ['points-of-sale', 'list', query] as const,
  one: (id: number) => ['points-of-sale', id] as const,
};

export function usePointsOfSale(query: PointOfSaleQuery) {
  return useQuery({
    queryKey: posKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/points-of-sale', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function usePointOfSale(id: number | undefined) {
  return useQuery({
    queryKey: posKeys.one(id ?? 0),
    queryFn: ({ signal }) =>
      unwrapVersioned(api.GET('/api/v1/points-of-sale/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
  });
}

export function useSavePointOfSale() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { id?: number; etag?: string; idempotencyKey: string; body: PointOfSaleRequest }) =>
      args.id
        ? unwrap(
            api.PUT('/api/v1/points-of-sale/{id}', {
              params: { path: { id: args.id }, header: { 'If-Match': args.etag ?? '' } },
              body: args.body,
            }),
          )
        : unwrap(
            api.POST('/api/v1/points-of-sale', {
              params: { header: { 'Idempotency-Key': args.idempotencyKey } },
              body: args.body,
            }),
          ),
    onSuccess: () => client.invalidateQueries({ queryKey: posKeys.all }),
  });
}

export function useDeletePointOfSale() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => {
      const { etag } = await unwrapVersioned(
        api.GET('/api/v1/points-of-sale/{id}', { params: { path: { id } } }),
      );
      await unwrap(
        api.DELETE('/api/v1/points-of-sale/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }),
      );
    },
    onSuccess: () => client.invalidateQueries({ queryKey: posKeys.all }),
  });
}
