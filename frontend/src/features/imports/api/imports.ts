import { useMutation, useQuery } from '@tanstack/react-query';
import { api, download, unwrap, type Schemas } from '../../../lib/api/client';
import { ApiError } from '../../../lib/api/problem';

export type ImportReport = Schemas['ImportReport'];
export type ImportJob = Schemas['ImportJobView'];
export type ImportError = Schemas['ImportError'];
export type ImportKind = 'producers' | 'products' | 'certifications';
export const IMPORT_KINDS: ImportKind[] = ['producers', 'products', 'certifications'];

export function downloadTemplate(kind: ImportKind): Promise<void> {
  return download(`/api/v1/imports/templates/${kind}`, `mau-nhap-${kind}.xlsx`);
}

function upload(kind: ImportKind, file: File, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file);
  return api.POST('/api/v1/imports/{kind}', {
    params: { path: { kind }, query: { dryRun } },
    body: {},
    bodySerializer: () => form,
  });
}

/** The report of a refused commit (422): the rows' errors, as a dry run gives them. */
export function refusedReport(error: unknown): ImportReport | undefined {
  if (!(error instanceof ApiError) || error.status !== 422) return undefined;
  const report = (error.problem as { report?: ImportReport }).report;
  return report ?? undefined;
}

export function useDryRun() {
  return useMutation({
    mutationFn: ({ kind, file }: { kind: ImportKind; file: File }) =>
      unwrap(upload(kind, file, true)) as Promise<ImportReport>,
  });
}

export function useCommitImport() {
  return useMutation({
    mutationFn: ({ kind, file }: { kind: ImportKind; file: File }) =>
      unwrap(upload(kind, file, false)) as Promise<ImportJob>,
  });
}

/** The job, polled every second while it runs. */
export function useImportJob(id: number | undefined) {
  return useQuery({
    queryKey: ['imports', 'jobs', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/imports/jobs/{id}', { params: { path: { id: id! } }, signal })),
    enabled: id !== undefined,
    refetchInterval: (query) => (query.state.data?.status === 'RUNNING' ? 1000 : false),
  });
}
