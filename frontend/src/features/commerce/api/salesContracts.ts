import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, download, unwrap, unwrapVersioned, type Schemas } from '../../../lib/api/client';
import type { operations } from '../../../lib/api/schema';

export type SalesContract = Schemas['SalesContractView'];
export type SalesContractLine = Schemas['SalesContractLineView'];
export type SalesContractRequest = Schemas['SalesContractRequest'];
export type SalesContractStatus = Schemas['SalesContractStatus'];
export type SalesContractQuery = NonNullable<operations['listSalesContracts']['parameters']['query']>;
export type ContractTransition = 'activate' | 'complete' | 'terminate';

export const CONTRACT_STATUSES: SalesContractStatus[] = ['DRAFT', 'ACTIVE', 'COMPLETED', 'TERMINATED'];

export const contractKeys = {
  all: ['sales-contracts'] as const,
  list: (query: SalesContractQuery) => ['sales-contracts', 'list', query] as const,
  one: (id: number) => ['sales-contracts', id] as const,
  history: (id: number, page: number) => ['sales-contracts', id, 'history', page] as const,
};

export function useSalesContracts(query: SalesContractQuery) {
  return useQuery({
    queryKey: contractKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales-contracts', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** A contract with its ETag (for edits and the workflow's If-Match). */
export function useSalesContract(id: number) {
  return useQuery({
    queryKey: contractKeys.one(id),
    queryFn: ({ signal }) =>
      unwrapVersioned(api.GET('/api/v1/sales-contracts/{id}', { params: { path: { id } }, signal })),
  });
}

export function useSalesContractHistory(id: number, page: number) {
  return useQuery({
    queryKey: contractKeys.history(id, page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/sales-contracts/{id}/history', {
          params: { path: { id }, query: { page, size: 10, sort: '-at' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSaveSalesContract() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { id?: number; etag?: string; idempotencyKey: string; body: SalesContractRequest }) =>
      args.id
        ? unwrap(
            api.PUT('/api/v1/sales-contracts/{id}', {
              params: { path: { id: args.id }, header: { 'If-Match': args.etag ?? '' } },
              body: args.body,
            }),
          )
        : unwrap(
            api.POST('/api/v1/sales-contracts', {
              params: { header: { 'Idempotency-Key': args.idempotencyKey } },
              body: args.body,
            }),
          ),
    onSuccess: () => client.invalidateQueries({ queryKey: contractKeys.all }),
  });
}

/** activate / complete / terminate, with the ETag the page was read at (412 when someone changed it since). */
export function useContractTransition(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, etag, note }: { action: ContractTransition; etag: string; note?: string }) => {
      const init = {
        params: { path: { id }, header: etag ? { 'If-Match': etag } : {} },
        body: { note: note?.trim() || null },
      };
      if (action === 'activate') return unwrap(api.POST('/api/v1/sales-contracts/{id}/activate', init));
      if (action === 'complete') return unwrap(api.POST('/api/v1/sales-contracts/{id}/complete', init));
      return unwrap(api.POST('/api/v1/sales-contracts/{id}/terminate', init));
    },
    onSettled: () => client.invalidateQueries({ queryKey: contractKeys.all }),
  });
}

export function useDeleteSalesContract() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag }: { id: number; etag: string }) =>
      unwrap(
        api.DELETE('/api/v1/sales-contracts/{id}', {
          params: { path: { id }, header: { 'If-Match': etag } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: contractKeys.all }),
  });
}

/** The list's export: the same filters and order, as XLSX or CSV. */
export function exportSalesContracts(query: SalesContractQuery, format: 'XLSX' | 'CSV'): Promise<void> {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(query)) {
    if (key === 'page' || key === 'size' || value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  return download(
    `/api/v1/sales-contracts/export?${params.toString()}`,
    `hop-dong-tieu-thu.${format.toLowerCase()}`,
  );
}
