import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned, type Schemas } from '../../../lib/api/client';
import type { operations } from '../../../lib/api/schema';

export type Certificate = Schemas['OcopCertificateView'];
export type CertificateQuery = NonNullable<operations['listOcopCertificates']['parameters']['query']>;
export type Decision = Schemas['DecisionView'];
export type DecisionQuery = NonNullable<operations['listRecognitionDecisions']['parameters']['query']>;
export type DecisionRequest = Schemas['RecognitionDecisionRequest'];
export type DecisionLevel = Schemas['DecisionLevel'];
export type RevocationReason = Schemas['RevocationReason'];
export type RevokeRequest = Schemas['RevokeRequest'];
export type Reminder = Schemas['ReminderView'];
export type ReminderQuery = NonNullable<operations['listExpiryReminders']['parameters']['query']>;
export type AuditEntry = Schemas['AuditEntry'];

export const REVOCATION_REASONS: RevocationReason[] = [
  'FORGED_DOSSIER',
  'NO_LONGER_MEETS_CRITERIA',
  'LAW_VIOLATION',
  'MARK_MISUSE',
  'PRODUCTION_STOPPED',
  'AUTHORITY_FINDING',
];
export const DECISION_LEVELS: DecisionLevel[] = ['DISTRICT', 'PROVINCIAL', 'CENTRAL'];

export const certificateKeys = {
  all: ['ocop-certificates'] as const,
  list: (q: CertificateQuery) => ['ocop-certificates', 'list', q] as const,
  one: (id: number) => ['ocop-certificates', id] as const,
  reminders: (q: ReminderQuery) => ['ocop-certificates', 'reminders', q] as const,
};
export const decisionKeys = {
  all: ['recognition-decisions'] as const,
  list: (q: DecisionQuery) => ['recognition-decisions', 'list', q] as const,
  one: (id: number) => ['recognition-decisions', id] as const,
  history: (id: number) => ['recognition-decisions', id, 'history'] as const,
};

export function useCertificates(query: CertificateQuery, enabled = true) {
  return useQuery({
    queryKey: certificateKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/ocop-certificates', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCertificate(id: number) {
  return useQuery({
    queryKey: certificateKeys.one(id),
    queryFn: ({ signal }) =>
      unwrapVersioned(api.GET('/api/v1/ocop-certificates/{id}', { params: { path: { id } }, signal })),
  });
}

/** Revokes a certificate (the office, with a legal reason and a note); the lists and the record reload. */
export function useRevokeCertificate(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RevokeRequest) =>
      unwrapVersioned(api.POST('/api/v1/ocop-certificates/{id}/revoke', { params: { path: { id } }, body })),
    onSuccess: (result) => {
      client.setQueryData(certificateKeys.one(id), result);
      void client.invalidateQueries({ queryKey: certificateKeys.all });
    },
  });
}

export function useReminders(query: ReminderQuery) {
  return useQuery({
    queryKey: certificateKeys.reminders(query),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/ocop-certificates/reminders', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Records the expiry reminders now (what the daily job does); answers how many new ones were recorded. */
export function useRunReminders() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/ocop-certificates/reminders/run')),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['ocop-certificates', 'reminders'] }),
  });
}

export function useDecisions(query: DecisionQuery) {
  return useQuery({
    queryKey: decisionKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/recognition-decisions', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useDecision(id: number) {
  return useQuery({
    queryKey: decisionKeys.one(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/recognition-decisions/{id}', { params: { path: { id } }, signal })),
  });
}

export function useDecisionHistory(id: number, enabled: boolean) {
  return useQuery({
    queryKey: decisionKeys.history(id),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/recognition-decisions/{id}/history', {
          params: { path: { id }, query: { size: 50 } },
          signal,
        }),
      ),
    enabled,
  });
}

/** Records a decision from paper; the same Idempotency-Key for the whole form opening. */
export function useCreateDecision(idempotencyKey: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DecisionRequest) =>
      unwrap(
        api.POST('/api/v1/recognition-decisions', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: decisionKeys.all });
      void client.invalidateQueries({ queryKey: certificateKeys.all });
    },
  });
}
