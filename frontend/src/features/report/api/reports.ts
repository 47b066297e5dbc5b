import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api, download, unwrap, type Schemas } from '../../../lib/api/client';

export type AnnualReport = Schemas['AnnualReport'];
export type SupportSummary = Schemas['SupportSummary'];
export type ExportFormat = Schemas['ExportFormat'];
export type AdminUnit = Schemas['AdminUnitView'];

/** What an annual report is asked for: a year and, optionally, a unit (the API defaults a scoped user to theirs). */
export interface ReportQuery {
  year: number;
  unit?: string;
  unitAsOf?: string;
}

export const reportKeys = {
  annual: (q: ReportQuery) => ['reports', 'annual', q] as const,
  support: (year?: number) => ['support-requests', 'summary', year ?? 'all'] as const,
  units: (parentCode: string, asOf: string) => ['admin-units', 'children', parentCode, asOf] as const,
};

function annualQuery(q: ReportQuery) {
  return {
    queryKey: reportKeys.annual(q),
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      unwrap(
        api.GET('/api/v1/reports/annual', {
          params: {
            query: {
              year: q.year,
              ...(q.unit ? { unit: q.unit } : {}),
              ...(q.unitAsOf ? { unitAsOf: q.unitAsOf } : {}),
            },
          },
          signal,
        }),
      ),
    staleTime: 60_000,
  };
}

/** The annual report of a year (the previous one stays on screen while another year or unit loads). */
export function useAnnualReport(q: ReportQuery, enabled = true) {
  return useQuery({ ...annualQuery(q), placeholderData: keepPreviousData, enabled });
}

/** The annual reports of several years at once, for the trend; each year loads (and fails) on its own. */
export function useAnnualReports(years: number[]) {
  return useQueries({ queries: years.map((year) => annualQuery({ year })) });
}

/** Support requests by type and status (the API confines a district user to their district). */
export function useSupportSummary(year?: number, enabled = true) {
  return useQuery({
    queryKey: reportKeys.support(year),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/support-requests/summary', {
          params: { query: year ? { year } : {} },
          signal,
        }),
      ),
    enabled,
  });
}

/** The units directly under a unit, as they were on a date (the districts of 2019, the communes of today). */
export function useChildUnits(parentCode: string, asOf: string) {
  return useQuery({
    queryKey: reportKeys.units(parentCode, asOf),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/admin-units', {
          params: { query: { parentCode, asOf, size: 200, sort: 'name' } },
          signal,
        }),
      ),
    staleTime: Infinity,
  });
}

/** Downloads the annual report as XLSX or CSV with the file name the server gives. */
export function downloadAnnualReport(q: ReportQuery, format: ExportFormat): Promise<void> {
  const params = new URLSearchParams({ year: String(q.year), format });
  if (q.unit) params.set('unit', q.unit);
  if (q.unitAsOf) params.set('unitAsOf', q.unitAsOf);
  const ext = format === 'XLSX' ? 'xlsx' : 'csv';
  return download(
    `/api/v1/reports/annual/export?${params.toString()}`,
    `bao-cao-ocop-${q.year}${q.unit ? `-${q.unit}` : ''}.${ext}`,
  );
}
