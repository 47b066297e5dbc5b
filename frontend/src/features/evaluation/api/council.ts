import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned, type Schemas } from '../../../lib/api/client';
import type { operations } from '../../../lib/api/schema';
import { Role } from '../../../lib/auth/roles';
import type { Session } from '../../../lib/auth/session';

export type Round = Schemas['RoundView'];
export type Council = Schemas['Council'];
export type CouncilMember = Schemas['MemberView'];
export type Entry = Schemas['EntryView'];
export type ScoreSheet = Schemas['ScoreSheetView'];
export type RubricSheet = Schemas['RubricSheetView'];
export type RubricVersion = Schemas['RubricVersionView'];
export type RoundStatus = Schemas['RoundStatus'];
export type RoundEntryQuery = NonNullable<operations['listRoundEntries']['parameters']['query']>;

export const councilKeys = {
  all: ['evaluation'] as const,
  rounds: () => ['evaluation', 'rounds'] as const,
  round: (id: number) => ['evaluation', 'round', id] as const,
  council: (roundId: number) => ['evaluation', 'council', roundId] as const,
  entries: (roundId: number, query: RoundEntryQuery) => ['evaluation', 'entries', roundId, query] as const,
  entry: (id: number) => ['evaluation', 'entry', id] as const,
  mySheets: (roundId: number, username: string) => ['evaluation', 'my-sheets', roundId, username] as const,
  entrySheets: (entryId: number) => ['evaluation', 'entry-sheets', entryId] as const,
  sheet: (id: number) => ['evaluation', 'sheet', id] as const,
  rubricSheet: (id: number) => ['evaluation', 'rubric-sheet', id] as const,
  rubricVersion: (id: number) => ['evaluation', 'rubric-version', id] as const,
};

/** The levels a council role scores: district councils district rounds, the provincial council the others. */
export function levelsScoredBy(session: Session): Schemas['EvaluationLevel'][] {
  const levels: Schemas['EvaluationLevel'][] = [];
  if (session.hasRole(Role.DISTRICT_COUNCIL)) levels.push('DISTRICT');
  if (session.hasRole(Role.PROVINCIAL_COUNCIL)) levels.push('PROVINCIAL', 'CENTRAL');
  return levels;
}

/**
 * The rounds the signed-in member sits on. The API has no "my rounds" filter: membership is data of each round's
 * council, so this reads the rounds the caller may see at the levels their role scores (a district council member
 * sees only their district's), newest first, and then each one's council.
 */
export function useMyRounds(session: Session) {
  const levels = levelsScoredBy(session);
  const rounds = useQuery({
    queryKey: councilKeys.rounds(),
    queryFn: async ({ signal }) => {
      const page = await unwrap(
        api.GET('/api/v1/evaluation-rounds', {
          params: { query: { size: 200, sort: '-opensOn,-id' } },
          signal,
        }),
      );
      return page.items.filter((r) => levels.includes(r.level));
    },
  });
  const councils = useQueries({
    queries: (rounds.data ?? []).map((r) => ({
      queryKey: councilKeys.council(r.id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        unwrap(api.GET('/api/v1/evaluation-rounds/{id}/council', { params: { path: { id: r.id } }, signal })),
    })),
  });
  const pending = rounds.isPending || councils.some((c) => c.isPending);
  const error = rounds.error ?? councils.find((c) => c.error)?.error ?? null;
  const data = pending
    ? undefined
    : (rounds.data ?? []).flatMap((round, i) => {
        const seat = councils[i]?.data?.members.find((m) => m.username === session.username);
        return seat ? [{ round, seat }] : [];
      });
  return {
    data,
    isPending: pending,
    isError: error !== null,
    error,
    refetch: () => rounds.refetch(),
  };
}

export function useRound(id: number | undefined) {
  return useQuery({
    queryKey: councilKeys.round(id ?? 0),
    enabled: id !== undefined,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/evaluation-rounds/{id}', { params: { path: { id: id as number } }, signal })),
  });
}

export function useCouncil(roundId: number | undefined) {
  return useQuery({
    queryKey: councilKeys.council(roundId ?? 0),
    enabled: roundId !== undefined,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/evaluation-rounds/{id}/council', {
          params: { path: { id: roundId as number } },
          signal,
        }),
      ),
  });
}

export function useRoundEntries(roundId: number, query: RoundEntryQuery) {
  return useQuery({
    queryKey: councilKeys.entries(roundId, query),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/evaluation-rounds/{id}/entries', {
          params: { path: { id: roundId }, query },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The caller's own sheets in a round (entry id → sheet), to show where they stand on each entry. */
export function useMySheets(roundId: number, username: string) {
  return useQuery({
    queryKey: councilKeys.mySheets(roundId, username),
    queryFn: async ({ signal }) => {
      const page = await unwrap(
        api.GET('/api/v1/score-sheets', {
          params: { query: { roundId, memberUsername: username, size: 200 } },
          signal,
        }),
      );
      return new Map(page.items.map((s) => [s.entryId, s]));
    },
  });
}

export function useEntry(id: number) {
  return useQuery({
    queryKey: councilKeys.entry(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/evaluation-entries/{id}', { params: { path: { id } }, signal })),
  });
}

/**
 * The sheets of an entry the caller may read: their own until they submit it, then every member's (the API
 * decides; the list is the same call either way).
 */
export function useEntrySheets(entryId: number) {
  return useQuery({
    queryKey: councilKeys.entrySheets(entryId),
    queryFn: async ({ signal }) => {
      const page = await unwrap(
        api.GET('/api/v1/score-sheets', {
          params: { query: { entryId, size: 200, sort: 'id' } },
          signal,
        }),
      );
      return page.items;
    },
  });
}

/** One sheet with its ETag (sent back as If-Match by the autosave). */
export function useScoreSheet(id: number | undefined) {
  return useQuery({
    queryKey: councilKeys.sheet(id ?? 0),
    enabled: id !== undefined,
    queryFn: ({ signal }) =>
      unwrapVersioned(
        api.GET('/api/v1/score-sheets/{id}', { params: { path: { id: id as number } }, signal }),
      ),
    // The member's own edits are the newest state: no refetch on focus behind the autosave's back.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

export function useRubricSheet(id: number | null | undefined) {
  return useQuery({
    queryKey: councilKeys.rubricSheet(id ?? 0),
    enabled: id !== null && id !== undefined,
    staleTime: Infinity,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/rubric-sheets/{id}', { params: { path: { id: id as number } }, signal })),
  });
}

export function useRubricVersion(id: number | undefined) {
  return useQuery({
    queryKey: councilKeys.rubricVersion(id ?? 0),
    enabled: id !== undefined,
    staleTime: Infinity,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/rubric-versions/{id}', { params: { path: { id: id as number } }, signal })),
  });
}

export function useCreateSheet(entryId: number, idempotencyKey: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/score-sheets', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: { entryId },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: councilKeys.all }),
  });
}

/** Saves the choices (and comment) of a draft; answers the stored sheet and its new ETag. */
export function saveSheet(id: number, etag: string, body: Schemas['ScoreSheetUpdateRequest']) {
  return unwrapVersioned(
    api.PUT('/api/v1/score-sheets/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

export function useSubmitSheet() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      unwrapVersioned(api.POST('/api/v1/score-sheets/{id}/submit', { params: { path: { id } } })),
    onSuccess: (saved) => {
      client.setQueryData(councilKeys.sheet(saved.data.id), saved);
      return client.invalidateQueries({ queryKey: councilKeys.all });
    },
  });
}

export function useReopenSheet() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      unwrap(api.POST('/api/v1/score-sheets/{id}/reopen', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => client.invalidateQueries({ queryKey: councilKeys.all }),
  });
}

export function useRecuse(entryId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.POST('/api/v1/evaluation-entries/{id}/recusals', {
          params: { path: { id: entryId } },
          body: { reason },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: councilKeys.all }),
  });
}
