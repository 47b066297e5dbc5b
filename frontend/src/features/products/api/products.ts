import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned, type Schemas } from '../../../lib/api/client';
import { currentAccessToken } from '../../../lib/auth/userManager';
import { runtimeConfig } from '../../../config/runtime';
import { ApiError, toProblem } from '../../../lib/api/problem';
import type { operations } from '../../../lib/api/schema';

export type Product = Schemas['ProductView'];
export type ProductRequest = Schemas['ProductRequest'];
export type ProductStatus = Schemas['ProductStatus'];
export type Photo = Schemas['PhotoView'];
export type ProductQuery = NonNullable<operations['listProducts']['parameters']['query']>;
export type OcopCertificateStatus = Schemas['OcopCertificateStatus'];

export const PRODUCT_STATUSES: ProductStatus[] = ['ACTIVE', 'DISCONTINUED'];
export const CERTIFICATE_STATUSES: OcopCertificateStatus[] = ['VALID', 'EXPIRING', 'EXPIRED', 'REVOKED'];

export const productKeys = {
  all: ['products'] as const,
  list: (query: ProductQuery) => ['products', 'list', query] as const,
  one: (id: number) => ['products', id] as const,
  history: (id: number, page: number) => ['products', id, 'history', page] as const,
  photos: (id: number) => ['products', id, 'photos'] as const,
  related: (id: number, what: string, page: number) => ['products', id, what, page] as const,
};

export function useProducts(query: ProductQuery, enabled = true) {
  return useQuery({
    queryKey: productKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/products', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProduct(id: number) {
  return useQuery({
    queryKey: productKeys.one(id),
    queryFn: ({ signal }) =>
      unwrapVersioned(api.GET('/api/v1/products/{id}', { params: { path: { id } }, signal })),
  });
}

export function useProductHistory(id: number, page: number, enabled = true) {
  return useQuery({
    queryKey: productKeys.history(id, page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/products/{id}/history', {
          params: { path: { id }, query: { page, size: 20, sort: '-at' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Product groups and sets are reference data: the groups of every legal basis. */
export function useProductGroups() {
  return useQuery({
    queryKey: ['product-groups'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/product-groups', { params: { query: { size: 200, sort: 'position' } }, signal }),
      ),
    staleTime: 60 * 60 * 1000,
  });
}

export function useProductSets() {
  return useQuery({
    queryKey: ['product-sets'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/product-sets', { params: { query: { size: 200 } }, signal })),
    staleTime: 60 * 60 * 1000,
  });
}

export function useCreateProduct() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ProductRequest; idempotencyKey: string }) =>
      unwrapVersioned(
        api.POST('/api/v1/products', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: productKeys.all }),
  });
}

export function useUpdateProduct(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: ProductRequest; etag: string }) =>
      unwrapVersioned(
        api.PUT('/api/v1/products/{id}', { body, params: { path: { id }, header: { 'If-Match': etag } } }),
      ),
    onSuccess: (result) => {
      client.setQueryData(productKeys.one(id), result);
      return client.invalidateQueries({ queryKey: productKeys.all });
    },
  });
}

export function useDeleteProduct(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) =>
      unwrap(api.DELETE('/api/v1/products/{id}', { params: { path: { id }, header: { 'If-Match': etag } } })),
    onSuccess: () => {
      client.removeQueries({ queryKey: productKeys.one(id) });
      return client.invalidateQueries({ queryKey: productKeys.all });
    },
  });
}

export function usePhotos(id: number) {
  return useQuery({
    queryKey: productKeys.photos(id),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/products/{id}/photos', {
          params: { path: { id }, query: { size: 100, sort: '-uploadedAt' } },
          signal,
        }),
      ),
  });
}

export function useAddPhoto(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, idempotencyKey }: { file: File; idempotencyKey: string }) => {
      const form = new FormData();
      form.append('file', file);
      return unwrap(
        api.POST('/api/v1/products/{id}/photos', {
          params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
          body: {},
          bodySerializer: () => form,
        }),
      );
    },
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: productKeys.photos(id) }),
        client.invalidateQueries({ queryKey: ['products', id, 'history'] }),
      ]),
  });
}

export function useDeletePhoto(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (photoId: number) =>
      unwrap(api.DELETE('/api/v1/products/{id}/photos/{photoId}', { params: { path: { id, photoId } } })),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: productKeys.photos(id) }),
        client.invalidateQueries({ queryKey: ['products', id, 'history'] }),
      ]),
  });
}

/** An image the API serves behind the bearer token, as an object URL for <img> (revoked when no longer shown). */
export function usePhotoBlob(href: string) {
  return useQuery({
    queryKey: ['photo-blob', href],
    queryFn: async ({ signal }) => {
      const token = await currentAccessToken();
      const url = href.startsWith('http') ? href : `${runtimeConfig().apiUrl}${href}`;
      let response: Response;
      try {
        response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {}, signal });
      } catch (cause) {
        throw ApiError.unreachable(cause);
      }
      if (!response.ok) throw new ApiError(response.status, toProblem(response.status, undefined));
      return response.blob();
    },
    staleTime: Infinity,
    gcTime: 5 * 60 * 1000,
  });
}
