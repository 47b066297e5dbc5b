import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned, type Schemas } from '../../../lib/api/client';
import type { operations } from '../../../lib/api/schema';

export type Certification = Schemas['CertificationView'];
export type CertificationRequest = Schemas['CertificationRequest'];
export type CertificationType = Schemas['CertificationType'];
export type CertificationQuery = NonNullable<operations['listCertifications']['parameters']['query']>;

export const CERTIFICATION_TYPES: CertificationType[] = [
  'IP_TRADEMARK',
  'IP_COLLECTIVE_MARK',
  'IP_CERTIFICATION_MARK',
  'IP_GEOGRAPHICAL_INDICATION',
  'BARCODE',
  'QUALITY_SELF_DECLARATION',
  'QUALITY_STANDARD',
  'FOOD_SAFETY',
  'VIETGAP',
  'HACCP',
  'ISO_22000',
  'ORGANIC',
  'OTHER',
];

export const certificationKeys = {
  all: ['certifications'] as const,
  list: (query: CertificationQuery) => ['certifications', 'list', query] as const,
  one: (id: number) => ['certifications', id] as const,
};

export function useCertifications(query: CertificationQuery, enabled = true) {
  return useQuery({
    queryKey: certificationKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/certifications', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One certification with its ETag; read fresh before an edit so If-Match is current. */
export function useCertification(id: number | undefined) {
  return useQuery({
    queryKey: certificationKeys.one(id ?? 0),
    queryFn: ({ signal }) =>
      unwrapVersioned(api.GET('/api/v1/certifications/{id}', { params: { path: { id: id! } }, signal })),
    enabled: id !== undefined,
    staleTime: 0,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: certificationKeys.all }),
      // A product's or producer's history records its certifications.
      client.invalidateQueries({ queryKey: ['products'] }),
      client.invalidateQueries({ queryKey: ['producers'] }),
    ]);
}

export function useCreateCertification() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CertificationRequest; idempotencyKey: string }) =>
      unwrapVersioned(
        api.POST('/api/v1/certifications', {
          body,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useUpdateCertification() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body, etag }: { id: number; body: CertificationRequest; etag: string }) =>
      unwrapVersioned(
        api.PUT('/api/v1/certifications/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': etag } },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useDeleteCertification() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, etag }: { id: number; etag: string }) =>
      unwrap(
        api.DELETE('/api/v1/certifications/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }),
      ),
    onSuccess: invalidate,
  });
}

/** Reads the current ETag of a certification (for a delete or an upload from a list row). */
export async function currentEtag(id: number): Promise<string> {
  return (await unwrapVersioned(api.GET('/api/v1/certifications/{id}', { params: { path: { id } } }))).etag;
}

export function useUploadEvidence() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, file, etag }: { id: number; file: File; etag?: string }) => {
      const form = new FormData();
      form.append('file', file);
      return unwrapVersioned(
        api.PUT('/api/v1/certifications/{id}/evidence', {
          params: { path: { id }, header: { 'If-Match': etag ?? (await currentEtag(id)) } },
          body: {},
          bodySerializer: () => form,
        }),
      );
    },
    onSuccess: invalidate,
  });
}
