import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned, type Schemas } from '../../../lib/api/client';
import type { operations } from '../../../lib/api/schema';

export type Round = Schemas['RoundView'];
export type RoundStatus = Schemas['RoundStatus'];
export type EvaluationLevel = Schemas['EvaluationLevel'];
export type RoundRequest = Schemas['EvaluationRoundRequest'];
export type Council = Schemas['Council'];
export type CouncilRequest = Schemas['CouncilRequest'];
export type Entry = Schemas['EntryView'];
export type EntryOutcome = Schemas['EntryOutcome'];
export type RoundResult = Schemas['ResultView'];
export type DecisionRequest = Schemas['RoundDecisionRequest'];
export type Decision = Schemas['DecisionView'];
export type LegalBasis = Schemas['LegalBasisView'];
export type Procedure = Schemas['ProcedureView'];
export type AdminUnit = Schemas['AdminUnitView'];
export type AdminUnitType = Schemas['AdminUnitType'];
export type Product = Schemas['ProductView'];
export type RoundQuery = NonNullable<operations['listEvaluationRounds']['parameters']['query']>;
export type EntryQuery = NonNullable<operations['listRoundEntries']['parameters']['query']>;
export type ResultQuery = NonNullable<operations['listRoundResults']['parameters']['query']>;

export const roundKeys = {
  all: ['rounds'] as const,
  list: (query: RoundQuery) => ['rounds', 'list', query] as const,
  one: (id: number) => ['rounds', id] as const,
  council: (id: number) => ['rounds', id, 'council'] as const,
  entries: (id: number, query: EntryQuery) => ['rounds', id, 'entries', query] as const,
  results: (id: number, query: ResultQuery) => ['rounds', id, 'results', query] as const,
  history: (id: number, page: number) => ['rounds', id, 'history', page] as const,
};

export function useRounds(query: RoundQuery, enabled = true) {
  return useQuery({
    queryKey: roundKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/evaluation-rounds', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** A round with its ETag (edits and the council send it back as If-Match). */
export function useRound(id: number) {
  return useQuery({
    queryKey: roundKeys.one(id),
    queryFn: ({ signal }) =>
      unwrapVersioned(api.GET('/api/v1/evaluation-rounds/{id}', { params: { path: { id } }, signal })),
  });
}

export function useCouncil(id: number) {
  return useQuery({
    queryKey: roundKeys.council(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/evaluation-rounds/{id}/council', { params: { path: { id } }, signal })),
  });
}

export function useRoundEntries(id: number, query: EntryQuery) {
  return useQuery({
    queryKey: roundKeys.entries(id, query),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/evaluation-rounds/{id}/entries', { params: { path: { id }, query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useRoundResults(id: number, query: ResultQuery, enabled: boolean) {
  return useQuery({
    queryKey: roundKeys.results(id, query),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/evaluation-rounds/{id}/results', { params: { path: { id }, query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRoundHistory(id: number, page: number) {
  return useQuery({
    queryKey: roundKeys.history(id, page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/evaluation-rounds/{id}/history', {
          params: { path: { id }, query: { page, size: 20, sort: '-at' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useDecision(id: number | null | undefined) {
  return useQuery({
    queryKey: ['recognition-decisions', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/recognition-decisions/{id}', { params: { path: { id: id! } }, signal })),
    enabled: id != null,
  });
}

/** The legal basis in force on a day (a round opened that day follows it). */
export function useLegalBasisInForce(on: string | undefined) {
  return useQuery({
    queryKey: ['legal-bases', 'in-force', on ?? 'today'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/legal-bases/in-force', { params: { query: on ? { on } : {} }, signal })),
    retry: false,
    staleTime: 60 * 60_000,
  });
}

export function useLegalBases() {
  return useQuery({
    queryKey: ['legal-bases', 'all'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/legal-bases', { params: { query: { size: 50 } }, signal })),
    staleTime: 60 * 60_000,
  });
}

/** The procedure of a legal basis: its levels (which check dossiers, rate local origin, score). */
export function useProcedureOf(legalBasisCode: string | undefined) {
  return useQuery({
    queryKey: ['procedures', 'of', legalBasisCode],
    queryFn: async ({ signal }) => {
      const page = await unwrap(
        api.GET('/api/v1/procedures', { params: { query: { legalBasisCode, size: 5 } }, signal }),
      );
      return page.items[0] ?? null;
    },
    enabled: !!legalBasisCode,
    staleTime: 5 * 60_000,
  });
}

/** Every unit of the given types valid on a day (the API pages by 200; a province has fewer). */
export function useAdminUnits(types: readonly AdminUnitType[], asOf: string | undefined) {
  return useQuery({
    queryKey: ['admin-units', types, asOf],
    queryFn: async ({ signal }) => {
      const all: AdminUnit[] = [];
      for (const type of types) {
        for (let page = 0; page < 20; page++) {
          const got = await unwrap(
            api.GET('/api/v1/admin-units', {
              params: { query: { type, asOf, page, size: 200, sort: 'name' } },
              signal,
            }),
          );
          all.push(...got.items);
          if (all.length >= got.total || got.items.length === 0) break;
        }
      }
      return all;
    },
    enabled: types.length > 0,
    staleTime: 10 * 60_000,
  });
}

/** Products to enter in a round: those of the round's commune (or district) matching the search. */
export function useProductSearch(query: NonNullable<operations['listProducts']['parameters']['query']>) {
  return useQuery({
    queryKey: ['products', 'pick', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/products', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateRound(id?: number) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: id ? roundKeys.one(id) : roundKeys.all });
}

export function useCreateRound() {
  const invalidate = useInvalidateRound();
  return useMutation({
    mutationFn: ({ body, key }: { body: RoundRequest; key: string }) =>
      unwrap(api.POST('/api/v1/evaluation-rounds', { body, params: { header: { 'Idempotency-Key': key } } })),
    onSuccess: invalidate,
  });
}

export function useUpdateRound(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: RoundRequest; etag: string }) =>
      unwrap(
        api.PUT('/api/v1/evaluation-rounds/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': etag } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: roundKeys.all }),
  });
}

export function useSetCouncil(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: CouncilRequest; etag: string }) =>
      unwrap(
        api.PUT('/api/v1/evaluation-rounds/{id}/council', {
          body,
          params: { path: { id }, header: { 'If-Match': etag } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: roundKeys.all }),
  });
}

export function useAddEntry(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ productId, key }: { productId: number; key: string }) =>
      unwrap(
        api.POST('/api/v1/evaluation-rounds/{id}/entries', {
          body: { productId },
          params: { path: { id }, header: { 'Idempotency-Key': key } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: roundKeys.all }),
  });
}

/** Entry actions need the entry's own ETag: read it fresh, then act. */
async function entryEtag(id: number): Promise<string> {
  return (await unwrapVersioned(api.GET('/api/v1/evaluation-entries/{id}', { params: { path: { id } } })))
    .etag;
}

export function useWithdrawEntry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (entryId: number) => {
      const etag = await entryEtag(entryId);
      await unwrap(
        api.DELETE('/api/v1/evaluation-entries/{id}', {
          params: { path: { id: entryId }, header: { 'If-Match': etag } },
        }),
      );
    },
    onSuccess: () => client.invalidateQueries({ queryKey: roundKeys.all }),
  });
}

export function useEliminations() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ entryId, body }: { entryId: number; body: Schemas['EliminationRequest'] }) => {
      const etag = await entryEtag(entryId);
      return unwrap(
        api.PUT('/api/v1/evaluation-entries/{id}/eliminations', {
          body,
          params: { path: { id: entryId }, header: { 'If-Match': etag } },
        }),
      );
    },
    onSuccess: () => client.invalidateQueries({ queryKey: roundKeys.all }),
  });
}

export type RoundTransition = 'start-scoring' | 'finalize';

export function useRoundTransition(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (to: RoundTransition) =>
      to === 'start-scoring'
        ? unwrap(api.POST('/api/v1/evaluation-rounds/{id}/start-scoring', { params: { path: { id } } }))
        : unwrap(api.POST('/api/v1/evaluation-rounds/{id}/finalize', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: roundKeys.all }),
  });
}

export function useCloseRound(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (forwardToRoundId: number | null) =>
      unwrap(
        api.POST('/api/v1/evaluation-rounds/{id}/close', {
          body: { forwardToRoundId },
          params: { path: { id } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: roundKeys.all }),
  });
}

export function useRecordDecision(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: DecisionRequest; key: string }) =>
      unwrap(
        api.POST('/api/v1/evaluation-rounds/{id}/decision', {
          body,
          params: { path: { id }, header: { 'Idempotency-Key': key } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: roundKeys.all }),
  });
}

/** The rubric sheet of an entry (its elimination conditions), read on demand. */
export function useRubricSheet(id: number | null | undefined) {
  return useQuery({
    queryKey: ['rubric-sheets', id],
    queryFn: ({ signal }) =>
      unwrapVersioned(api.GET('/api/v1/rubric-sheets/{id}', { params: { path: { id: id! } }, signal })),
    enabled: id != null,
  });
}
