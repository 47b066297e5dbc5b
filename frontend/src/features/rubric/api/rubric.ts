import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned, type Schemas } from '../../../lib/api/client';
import type { operations } from '../../../lib/api/schema';

export type RubricVersion = Schemas['RubricVersionView'];
export type RubricVersionRequest = Schemas['RubricVersionRequest'];
export type RubricSheet = Schemas['RubricSheetView'];
export type RubricSheetSummary = Schemas['RubricSheetSummary'];
export type RubricSheetDocument = Schemas['RubricSheetDocument'];
export type Finding = Schemas['RubricFindingView'];
export type RubricStatus = Schemas['RubricStatus'];
export type VersionQuery = NonNullable<operations['listRubricVersions']['parameters']['query']>;
export type SheetQuery = NonNullable<operations['listRubricVersionSheets']['parameters']['query']>;

export const rubricKeys = {
  all: ['rubric'] as const,
  versions: (query: VersionQuery) => ['rubric', 'versions', query] as const,
  version: (id: number) => ['rubric', 'version', id] as const,
  sheets: (id: number, query: SheetQuery) => ['rubric', 'version', id, 'sheets', query] as const,
  sheet: (id: number) => ['rubric', 'sheet', id] as const,
  versionHistory: (id: number, page: number) => ['rubric', 'version', id, 'history', page] as const,
  sheetHistory: (id: number, page: number) => ['rubric', 'sheet', id, 'history', page] as const,
};

export function useRubricVersions(query: VersionQuery, enabled = true) {
  return useQuery({
    queryKey: rubricKeys.versions(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/rubric-versions', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRubricVersion(id: number) {
  return useQuery({
    queryKey: rubricKeys.version(id),
    queryFn: ({ signal }) =>
      unwrapVersioned(api.GET('/api/v1/rubric-versions/{id}', { params: { path: { id } }, signal })),
  });
}

export function useRubricSheets(id: number, query: SheetQuery) {
  return useQuery({
    queryKey: rubricKeys.sheets(id, query),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/rubric-versions/{id}/sheets', { params: { path: { id }, query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useRubricSheet(id: number) {
  return useQuery({
    queryKey: rubricKeys.sheet(id),
    queryFn: ({ signal }) =>
      unwrapVersioned(api.GET('/api/v1/rubric-sheets/{id}', { params: { path: { id } }, signal })),
  });
}

export function useRubricVersionHistory(id: number, page: number) {
  return useQuery({
    queryKey: rubricKeys.versionHistory(id, page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/rubric-versions/{id}/history', {
          params: { path: { id }, query: { page, size: 20, sort: '-at' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useRubricSheetHistory(id: number, page: number) {
  return useQuery({
    queryKey: rubricKeys.sheetHistory(id, page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/rubric-sheets/{id}/history', {
          params: { path: { id }, query: { page, size: 20, sort: '-at' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateRubric() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: rubricKeys.all });
}

export function useCreateRubricVersion() {
  const invalidate = useInvalidateRubric();
  return useMutation({
    mutationFn: ({ body, key }: { body: RubricVersionRequest; key: string }) =>
      unwrap(api.POST('/api/v1/rubric-versions', { body, params: { header: { 'Idempotency-Key': key } } })),
    onSuccess: invalidate,
  });
}

export function useUpdateRubricVersion(id: number) {
  const invalidate = useInvalidateRubric();
  return useMutation({
    mutationFn: ({ body, etag }: { body: RubricVersionRequest; etag: string }) =>
      unwrap(
        api.PUT('/api/v1/rubric-versions/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': etag } },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useDeleteRubricVersion(id: number) {
  const invalidate = useInvalidateRubric();
  return useMutation({
    mutationFn: (etag: string) =>
      unwrap(
        api.DELETE('/api/v1/rubric-versions/{id}', {
          params: { path: { id }, header: { 'If-Match': etag } },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function usePublishRubricVersion(id: number) {
  const invalidate = useInvalidateRubric();
  return useMutation({
    mutationFn: ({ body, etag }: { body: Schemas['RubricPublishRequest']; etag: string }) =>
      unwrap(
        api.POST('/api/v1/rubric-versions/{id}/publish', {
          body,
          params: { path: { id }, header: { 'If-Match': etag } },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useCreateRubricSheet(versionId: number) {
  const invalidate = useInvalidateRubric();
  return useMutation({
    mutationFn: ({ body, key }: { body: RubricSheetDocument; key: string }) =>
      unwrap(
        api.POST('/api/v1/rubric-versions/{id}/sheets', {
          body,
          params: { path: { id: versionId }, header: { 'Idempotency-Key': key } },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useUpdateRubricSheet(id: number) {
  const invalidate = useInvalidateRubric();
  return useMutation({
    mutationFn: ({ body, etag }: { body: RubricSheetDocument; etag: string }) =>
      unwrap(
        api.PUT('/api/v1/rubric-sheets/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': etag } },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useDeleteRubricSheet(id: number) {
  const invalidate = useInvalidateRubric();
  return useMutation({
    mutationFn: (etag: string) =>
      unwrap(
        api.DELETE('/api/v1/rubric-sheets/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }),
      ),
    onSuccess: invalidate,
  });
}
