import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned, type Schemas } from '../../../lib/api/client';
import type { operations } from '../../../lib/api/schema';

export type Partner = Schemas['PartnerView'];
export type PartnerType = Schemas['PartnerType'];
export type PartnerRequest = Schemas['PartnerRequest'];
export type PartnerQuery = NonNullable<operations['listPartners']['parameters']['query']>;

export const PARTNER_TYPES: PartnerType[] = [
  'DISTRIBUTOR',
  'SUPERMARKET_CHAIN',
  'RETAILER',
  'EXPORTER',
  'E_COMMERCE',
  'OTHER',
];

export const partnerKeys = {
  all: ['partners'] as const,
  list: (query: PartnerQuery) => ['partners', 'list', query] as const,
  one: (id: number) => ['partners', id] as const,
};

export function usePartners(query: PartnerQuery, enabled = true) {
  return useQuery({
    queryKey: partnerKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/partners', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One partner with its ETag, for editing. */
export function usePartner(id: number | undefined) {
  return useQuery({
    queryKey: partnerKeys.one(id ?? 0),
    queryFn: ({ signal }) =>
      unwrapVersioned(api.GET('/api/v1/partners/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
  });
}

export function useSavePartner() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { id?: number; etag?: string; idempotencyKey: string; body: PartnerRequest }) =>
      args.id
        ? unwrap(
            api.PUT('/api/v1/partners/{id}', {
              params: { path: { id: args.id }, header: { 'If-Match': args.etag ?? '' } },
              body: args.body,
            }),
          )
        : unwrap(
            api.POST('/api/v1/partners', {
              params: { header: { 'Idempotency-Key': args.idempotencyKey } },
              body: args.body,
            }),
          ),
    onSuccess: () => client.invalidateQueries({ queryKey: partnerKeys.all }),
  });
}

export function useDeletePartner() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => {
      const { etag } = await unwrapVersioned(api.GET('/api/v1/partners/{id}', { params: { path: { id } } }));
      await unwrap(
        api.DELETE('/api/v1/partners/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }),
      );
    },
    onSuccess: () => client.invalidateQueries({ queryKey: partnerKeys.all }),
  });
}
