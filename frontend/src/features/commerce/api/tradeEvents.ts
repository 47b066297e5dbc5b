import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned, type Schemas } from '../../../lib/api/client';
import type { operations } from '../../../lib/api/schema';

export type TradeEvent = Schemas['TradeEventView'];
export type TradeEventKind = Schemas['TradeEventKind'];
export type TradeEventRequest = Schemas['TradeEventRequest'];
export type Participant = Schemas['ParticipantView'];
export type TradeEventQuery = NonNullable<operations['listTradeEvents']['parameters']['query']>;

export const EVENT_KINDS: TradeEventKind[] = ['FAIR', 'EXHIBITION', 'CONFERENCE', 'OTHER'];

export const eventKeys = {
  all: ['trade-events'] as const,
  list: (query: TradeEventQuery) => ['trade-events', 'list', query] as const,
  one: (id: number) => ['trade-events', id] as const,
  participants: (id: number, page: number, size: number) =>
    ['trade-events', id, 'participants', page, size] as const,
};

export function useTradeEvents(query: TradeEventQuery) {
  return useQuery({
    queryKey: eventKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/trade-events', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useTradeEvent(id: number | undefined) {
  return useQuery({
    queryKey: eventKeys.one(id ?? 0),
    queryFn: ({ signal }) =>
      unwrapVersioned(api.GET('/api/v1/trade-events/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
  });
}

export function useParticipants(id: number, page: number, size: number) {
  return useQuery({
    queryKey: eventKeys.participants(id, page, size),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/trade-events/{id}/participants', {
          params: { path: { id }, query: { page, size } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSaveTradeEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { id?: number; etag?: string; idempotencyKey: string; body: TradeEventRequest }) =>
      args.id
        ? unwrap(
            api.PUT('/api/v1/trade-events/{id}', {
              params: { path: { id: args.id }, header: { 'If-Match': args.etag ?? '' } },
              body: args.body,
            }),
          )
        : unwrap(
            api.POST('/api/v1/trade-events', {
              params: { header: { 'Idempotency-Key': args.idempotencyKey } },
              body: args.body,
            }),
          ),
    onSuccess: () => client.invalidateQueries({ queryKey: eventKeys.all }),
  });
}

export function useDeleteTradeEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: number; etag?: string }) => {
      const ifMatch =
        etag ??
        (await unwrapVersioned(api.GET('/api/v1/trade-events/{id}', { params: { path: { id } } }))).etag;
      await unwrap(
        api.DELETE('/api/v1/trade-events/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch } },
        }),
      );
    },
    onSuccess: () => client.invalidateQueries({ queryKey: eventKeys.all }),
  });
}

export function useAddParticipant(eventId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { idempotencyKey: string; producerId: number; productIds: number[] }) =>
      unwrap(
        api.POST('/api/v1/trade-events/{id}/participants', {
          params: { path: { id: eventId }, header: { 'Idempotency-Key': args.idempotencyKey } },
          body: { producerId: args.producerId, productIds: args.productIds },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: eventKeys.one(eventId) }),
  });
}

export function useRemoveParticipant(eventId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (participantId: number) => {
      const path = { id: eventId, participantId };
      const { etag } = await unwrapVersioned(
        api.GET('/api/v1/trade-events/{id}/participants/{participantId}', { params: { path } }),
      );
      await unwrap(
        api.DELETE('/api/v1/trade-events/{id}/participants/{participantId}', {
          params: { path, header: { 'If-Match': etag } },
        }),
      );
    },
    onSuccess: () => client.invalidateQueries({ queryKey: eventKeys.one(eventId) }),
  });
}
