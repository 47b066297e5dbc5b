import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned, type Schemas } from '../../../lib/api/client';
import type { operations } from '../../../lib/api/schema';

export type Procedure = Schemas['ProcedureView'];
export type ProcedureRequest = Schemas['ProcedureRequest'];
export type ProcedureLevel = Schemas['ProcedureLevelView'];
export type ProcedureQuery = NonNullable<operations['listProcedures']['parameters']['query']>;

export const procedureKeys = {
  all: ['procedures'] as const,
  list: (query: ProcedureQuery) => ['procedures', 'list', query] as const,
  one: (id: number) => ['procedures', id] as const,
  history: (id: number, page: number) => ['procedures', id, 'history', page] as const,
};

export function useProcedures(query: ProcedureQuery) {
  return useQuery({
    queryKey: procedureKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/procedures', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useProcedure(id: number) {
  return useQuery({
    queryKey: procedureKeys.one(id),
    queryFn: ({ signal }) =>
      unwrapVersioned(api.GET('/api/v1/procedures/{id}', { params: { path: { id } }, signal })),
  });
}

export function useProcedureHistory(id: number, page: number) {
  return useQuery({
    queryKey: procedureKeys.history(id, page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/procedures/{id}/history', {
          params: { path: { id }, query: { page, size: 20, sort: '-at' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useUpdateProcedure(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: ProcedureRequest; etag: string }) =>
      unwrap(
        api.PUT('/api/v1/procedures/{id}', { body, params: { path: { id }, header: { 'If-Match': etag } } }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: procedureKeys.all }),
  });
}
