import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned, type Schemas } from '../../../lib/api/client';
import type { operations } from '../../../lib/api/schema';

export type Producer = Schemas['ProducerView'];
export type ProducerType = Schemas['ProducerType'];
export type ProducerRequest = Schemas['ProducerRequest'];
export type ProducerQuery = NonNullable<operations['listProducers']['parameters']['query']>;

export const PRODUCER_TYPES: ProducerType[] = [
  'ENTERPRISE',
  'COOPERATIVE',
  'COOPERATIVE_GROUP',
  'HOUSEHOLD_BUSINESS',
];

export const producerKeys = {
  all: ['producers'] as const,
  list: (query: ProducerQuery) => ['producers', 'list', query] as const,
  one: (id: number) => ['producers', id] as const,
  history: (id: number, page: number) => ['producers', id, 'history', page] as const,
};

/** A page of producers in the caller's scope; the previous page stays on screen while the next loads. */
export function useProducers(query: ProducerQuery, enabled = true) {
  return useQuery({
    queryKey: producerKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/producers', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One producer with its ETag (for If-Match on update and delete). */
export function useProducer(id: number) {
  return useQuery({
    queryKey: producerKeys.one(id),
    queryFn: ({ signal }) =>
      unwrapVersioned(api.GET('/api/v1/producers/{id}', { params: { path: { id } }, signal })),
  });
}

export function useProducerHistory(id: number, page: number, enabled = true) {
  return useQuery({
    queryKey: producerKeys.history(id, page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/producers/{id}/history', {
          params: { path: { id }, query: { page, size: 20, sort: '-at' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCreateProducer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ProducerRequest; idempotencyKey: string }) =>
      unwrapVersioned(
        api.POST('/api/v1/producers', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: producerKeys.all }),
  });
}

export function useUpdateProducer(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: ProducerRequest; etag: string }) =>
      unwrapVersioned(
        api.PUT('/api/v1/producers/{id}', { body, params: { path: { id }, header: { 'If-Match': etag } } }),
      ),
    onSuccess: (result) => {
      client.setQueryData(producerKeys.one(id), result);
      return client.invalidateQueries({ queryKey: producerKeys.all });
    },
  });
}

export function useDeleteProducer(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) =>
      unwrap(
        api.DELETE('/api/v1/producers/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }),
      ),
    onSuccess: () => {
      client.removeQueries({ queryKey: producerKeys.one(id) });
      return client.invalidateQueries({ queryKey: producerKeys.all });
    },
  });
}
