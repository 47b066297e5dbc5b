import type { Schemas } from '../../../lib/api/client';

type AnnualReport = Schemas['AnnualReport'];
type SupportSummary = Schemas['SupportSummary'];

/** The ratings a report can hold, in order (2★ is "not recognised", 3★–5★ are OCOP stars). */
export const STAR_LEVELS = [2, 3, 4, 5] as const;

/** Products by stars with every level listed (a level nobody reached shows as 0, not as a gap). */
export function productsByStars(byStars: Schemas['StarCount'][]): { stars: number; products: number }[] {
  return STAR_LEVELS.map((stars) => ({
    stars,
    products: byStars.filter((s) => s.stars === stars).reduce((sum, s) => sum + s.products, 0),
  }));
}

export interface UnitCount {
  code: string | null;
  name: string;
  products: number;
}

/**
 * Products by place: the districts of the year while there were districts (3★+ products), else the communes of
 * today (every product of the year). Largest first, in Vietnamese order among equals.
 */
export function productsByPlace(
  report: Pick<AnnualReport, 'byDistrict' | 'byCommuneToday'>,
  unnamed: string,
): { kind: 'district' | 'commune'; lines: UnitCount[] } {
  const lines: UnitCount[] =
    report.byDistrict.length > 0
      ? report.byDistrict.map((d) => ({ code: d.districtCode, name: d.districtName, products: d.products }))
      : report.byCommuneToday.map((c) => ({
          code: c.communeCode,
          name: c.communeName ?? unnamed,
          products: c.products,
        }));
  return {
    kind: report.byDistrict.length > 0 ? 'district' : 'commune',
    lines: lines
      .filter((l) => l.products > 0)
      .sort((a, b) => b.products - a.products || a.name.localeCompare(b.name, 'vi')),
  };
}

export interface TrendPoint {
  year: number;
  products: number;
  /** Products rated 3★ and above. */
  certified: number;
  byStars: Record<number, number>;
}

/** One point per year that loaded, oldest first: all products of the year, those rated 3★+, and by stars. */
export function trend(reports: (AnnualReport | undefined)[]): TrendPoint[] {
  return reports
    .filter((r): r is AnnualReport => r !== undefined)
    .map((r) => {
      const stars = productsByStars(r.byStars);
      return {
        year: r.year,
        products: r.summary.products,
        certified: stars.filter((s) => s.stars >= 3).reduce((sum, s) => sum + s.products, 0),
        byStars: Object.fromEntries(stars.map((s) => [s.stars, s.products])),
      };
    })
    .sort((a, b) => a.year - b.year);
}

/** The years of the trend: from the programme's first year in the data up to this year. */
export function trendYears(thisYear: number, first = 2019): number[] {
  const years: number[] = [];
  for (let y = Math.min(first, thisYear); y <= thisYear; y++) years.push(y);
  return years;
}

/** Statuses of a support request that still need the office's work. */
export const OPEN_SUPPORT_STATUSES = ['REQUESTED', 'APPROVED', 'IN_PROGRESS'] as const;

/** Open support requests (requested, approved or in progress): in total, by status and by type (types with none left out). */
export function openSupport(summary: SupportSummary): {
  total: number;
  byStatus: Record<(typeof OPEN_SUPPORT_STATUSES)[number], number>;
  byType: { type: string; open: number }[];
} {
  const byStatus = { REQUESTED: 0, APPROVED: 0, IN_PROGRESS: 0 };
  const byType = summary.byType
    .map((t) => {
      let open = 0;
      for (const s of OPEN_SUPPORT_STATUSES) {
        const n = t.byStatus[s] ?? 0;
        byStatus[s] += n;
        open += n;
      }
      return { type: t.type, open };
    })
    .filter((t) => t.open > 0)
    .sort((a, b) => b.open - a.open);
  return { total: byType.reduce((sum, t) => sum + t.open, 0), byStatus, byType };
}
