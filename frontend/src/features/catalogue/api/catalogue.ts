import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';
import type { operations } from '../../../lib/api/schema';

export type PublicProduct = Schemas['PublicProduct'];
export type PublicCertificate = Schemas['PublicCertificate'];
export type PublicProductQuery = NonNullable<operations['searchCertifiedProducts']['parameters']['query']>;

export const GROUP_CODES = ['FOOD', 'BEVERAGE', 'HERBAL', 'HANDICRAFT', 'TEXTILE', 'ORNAMENTAL', 'TOURISM'];

export const catalogueKeys = {
  products: (q: PublicProductQuery) => ['public', 'products', q] as const,
  certificate: (code: string) => ['public', 'certificates', code] as const,
  districts: ['public', 'districts'] as const,
};

/** Certified products for everyone (no login): each with the stars and validity of its latest certificate. */
export function usePublicProducts(query: PublicProductQuery) {
  return useQuery({
    queryKey: catalogueKeys.products(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/public/products', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** A certificate by its public lookup code (the code beside the QR on a label, e.g. K7M2Q9XW4T). */
export function usePublicCertificate(code: string) {
  return useQuery({
    queryKey: catalogueKeys.certificate(code),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/public/certificates/{code}', { params: { path: { code } }, signal })),
    enabled: code.length > 0,
  });
}

/** The districts of Trà Vinh as they were before the 2025 reform (the catalogue's district filter). */
export function useFormerDistricts() {
  return useQuery({
    queryKey: catalogueKeys.districts,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/admin-units', {
          params: { query: { parentCode: '84', asOf: '2025-06-30', size: 50, sort: 'name' } },
          signal,
        }),
      ),
    staleTime: Infinity,
  });
}
