import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';
import type { operations } from '../../../lib/api/schema';

export type Producer = Schemas['ProducerView'];
export type ProducerType = Schemas['ProducerType'];
export type ProducerQuery = NonNullable<operations['listProducers']['parameters']['query']>;

export const producerKeys = {
  all: ['producers'] as const,
  list: (query: ProducerQuery) => ['producers', 'list', query] as const,
  one: (id: number) => ['producers', id] as const,
};

/** A page of producers in the caller's scope; the previous page stays on screen while the next loads. */
export function useProducers(query: ProducerQuery) {
  return useQuery({
    queryKey: producerKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/producers', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
