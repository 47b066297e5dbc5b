import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';

export type SalesContract = Schemas['SalesContractView'];
export type TradeEvent = Schemas['TradeEventView'];
export type Entry = Schemas['EntryView'];
export type OcopCertificate = Schemas['OcopCertificateView'];

export function useProductContracts(productId: number, page: number) {
  return useQuery({
    queryKey: ['products', productId, 'contracts', page],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/sales-contracts', {
          params: { query: { productId, page, size: 20, sort: '-signedOn' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * The trade events the product was shown at. The API lists participants per event (no product filter), so this
 * reads the events and their participants and keeps those naming the product — fine for a province's few dozen
 * events a year.
 */
export function useProductFairs(productId: number, producerId: number) {
  return useQuery({
    queryKey: ['products', productId, 'fairs'],
    queryFn: async ({ signal }) => {
      const events = await unwrap(
        api.GET('/api/v1/trade-events', { params: { query: { size: 200, sort: '-startsOn' } }, signal }),
      );
      const hits = await Promise.all(
        events.items.map(async (event) => {
          const participants = await unwrap(
            api.GET('/api/v1/trade-events/{id}/participants', {
              params: { path: { id: event.id }, query: { size: 200 } },
              signal,
            }),
          );
          const shown = participants.items.some(
            (p) => p.producerId === producerId && p.products.some((x) => x.productId === productId),
          );
          return shown ? event : null;
        }),
      );
      return hits.filter((e): e is TradeEvent => e !== null);
    },
    staleTime: 60_000,
  });
}

export function useProductEntries(productId: number, page: number) {
  return useQuery({
    queryKey: ['products', productId, 'entries', page],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/evaluation-entries', {
          params: { query: { productId, page, size: 20, sort: '-createdAt' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useProductCertificates(productId: number, page: number) {
  return useQuery({
    queryKey: ['products', productId, 'certificates', page],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/ocop-certificates', {
          params: { query: { productId, page, size: 20, sort: '-issuedOn' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
