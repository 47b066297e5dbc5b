import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';
import type { operations } from '../../../lib/api/schema';

export type Entry = Schemas['EntryView'];
export type DossierCheckRequest = Schemas['DossierCheckRequest'];
export type LocalOriginItem = Schemas['LocalOriginItem'];
export type EntryQuery = NonNullable<operations['listEvaluationEntries']['parameters']['query']>;

export const dossierKeys = {
  all: ['evaluation-entries'] as const,
  list: (query: EntryQuery) => ['evaluation-entries', 'list', query] as const,
  one: (id: number) => ['evaluation-entries', id] as const,
};

/** The entries the caller may read; for a commune officer the API scopes them to its commune's rounds. */
export function useDossiers(query: EntryQuery) {
  return useQuery({
    queryKey: dossierKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/evaluation-entries', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useDossier(id: number) {
  return useQuery({
    queryKey: dossierKeys.one(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/evaluation-entries/{id}', { params: { path: { id } }, signal })),
  });
}

export function useRecordDossierCheck(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DossierCheckRequest) =>
      unwrap(api.POST('/api/v1/evaluation-entries/{id}/dossier-check', { body, params: { path: { id } } })),
    onSuccess: (entry) => {
      client.setQueryData(dossierKeys.one(id), entry);
      void client.invalidateQueries({ queryKey: dossierKeys.all });
      void client.invalidateQueries({ queryKey: ['rounds'] });
    },
  });
}
