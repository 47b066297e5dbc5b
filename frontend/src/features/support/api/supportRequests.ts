import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned, type Schemas } from '../../../lib/api/client';
import type { operations } from '../../../lib/api/schema';

export type SupportRequest = Schemas['SupportRequestView'];
export type SupportRequestInput = Schemas['SupportRequestInput'];
export type SupportType = Schemas['SupportType'];
export type SupportStatusValue = Schemas['SupportStatus'];
export type SupportSummary = Schemas['SupportSummary'];
export type SupportQuery = NonNullable<operations['listSupportRequests']['parameters']['query']>;
export type SupportStep = 'approve' | 'start' | 'complete' | 'reject';

export const SUPPORT_TYPES: SupportType[] = [
  'INFRASTRUCTURE',
  'PACKAGING_DESIGN',
  'IP_REGISTRATION',
  'TRAINING',
  'TRADE_PROMOTION',
  'FINANCE',
  'OTHER',
];
export const SUPPORT_STATUSES: SupportStatusValue[] = [
  'REQUESTED',
  'APPROVED',
  'IN_PROGRESS',
  'DONE',
  'REJECTED',
];

export const supportKeys = {
  all: ['support-requests'] as const,
  list: (query: SupportQuery) => ['support-requests', 'list', query] as const,
  summary: (year: number | undefined) => ['support-requests', 'summary', year ?? null] as const,
  one: (id: number) => ['support-requests', id] as const,
  history: (id: number, page: number) => ['support-requests', id, 'history', page] as const,
};

export function useSupportRequests(query: SupportQuery) {
  return useQuery({
    queryKey: supportKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/support-requests', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Counts by type and status in the user's scope (their district's only, for district users). */
export function useSupportSummary(year: number | undefined) {
  return useQuery({
    queryKey: supportKeys.summary(year),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/support-requests/summary', { params: { query: { year } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useSupportRequest(id: number | undefined) {
  return useQuery({
    queryKey: supportKeys.one(id ?? 0),
    queryFn: ({ signal }) =>
      unwrapVersioned(
        api.GET('/api/v1/support-requests/{id}', { params: { path: { id: id ?? 0 } }, signal }),
      ),
    enabled: id !== undefined,
  });
}

export function useSupportHistory(id: number, page: number) {
  return useQuery({
    queryKey: supportKeys.history(id, page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/support-requests/{id}/history', {
          params: { path: { id }, query: { page, size: 10, sort: '-at' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSaveSupportRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { id?: number; etag?: string; idempotencyKey: string; body: SupportRequestInput }) =>
      args.id
        ? unwrap(
            api.PUT('/api/v1/support-requests/{id}', {
              params: { path: { id: args.id }, header: { 'If-Match': args.etag ?? '' } },
              body: args.body,
            }),
          )
        : unwrap(
            api.POST('/api/v1/support-requests', {
              params: { header: { 'Idempotency-Key': args.idempotencyKey } },
              body: args.body,
            }),
          ),
    onSuccess: () => client.invalidateQueries({ queryKey: supportKeys.all }),
  });
}

/** approve / start / complete / reject, each with its note (the reason, to reject). */
export function useSupportStep(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ step, note }: { step: SupportStep; note?: string }) => {
      const init = { params: { path: { id } }, body: { note: note?.trim() || null } };
      switch (step) {
        case 'approve':
          return unwrap(api.POST('/api/v1/support-requests/{id}/approve', init));
        case 'start':
          return unwrap(api.POST('/api/v1/support-requests/{id}/start', init));
        case 'complete':
          return unwrap(api.POST('/api/v1/support-requests/{id}/complete', init));
        case 'reject':
          return unwrap(api.POST('/api/v1/support-requests/{id}/reject', init));
      }
    },
    onSettled: () => client.invalidateQueries({ queryKey: supportKeys.all }),
  });
}
