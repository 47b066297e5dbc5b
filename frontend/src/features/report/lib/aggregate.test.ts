import type { Schemas } from '../../../lib/api/client';
import { openSupport, productsByPlace, productsByStars, trend, trendYears } from './aggregate';

type AnnualReport = Schemas['AnnualReport'];

function report(year: number, byStars: [number, number][], products: number): AnnualReport {
  return {
    year,
    unitCode: null,
    unitName: null,
    unitType: null,
    unitValidFrom: null,
    unitValidTo: null,
    summary: { units: 0, communes: 0, producers: 0, products, ratedProducts: 0 },
    byStars: byStars.map(([stars, n]) => ({ stars, products: n })),
    byDistrict: [],
    byFormerProvince: [],
    byCommuneToday: [],
    byGroup: [],
    certifications: { byType: [], productsWithIp: 0, productsWithBarcodeAndQuality: 0 },
    contracts: { count: 0, products: 0, totalValueVnd: 0 },
    tradeEvents: { count: 0, items: [] },
    support: { requests: 0, producers: 0, byTypeAndStatus: [] },
    upgradable: [],
    expiringNextYear: [],
  };
}

describe('dashboard aggregation', () => {
  it('lists every star level, a missing one as 0', () => {
    expect(
      productsByStars([
        { stars: 4, products: 3 },
        { stars: 2, products: 9 },
        { stars: 3, products: 27 },
      ]),
    ).toEqual([
      { stars: 2, products: 9 },
      { stars: 3, products: 27 },
      { stars: 4, products: 3 },
      { stars: 5, products: 0 },
    ]);
  });

  it('shows districts while there were districts, largest first, Vietnamese order among equals', () => {
    const r = {
      byDistrict: [
        { districtCode: '845', districtName: 'Huyện Cầu Kè', products: 3 },
        { districtCode: '842', districtName: 'Thành phố Trà Vinh', products: 12 },
        { districtCode: '844', districtName: 'Huyện Càng Long', products: 3 },
        { districtCode: '850', districtName: 'Huyện Duyên Hải', products: 0 },
      ],
      byCommuneToday: [{ communeCode: '29308', communeName: 'Xã Cầu Kè', products: 4, ratedProducts: 3 }],
    };
    const places = productsByPlace(r, '?');
    expect(places.kind).toBe('district');
    expect(places.lines.map((l) => `${l.name}: ${l.products}`)).toEqual([
      'Thành phố Trà Vinh: 12',
      'Huyện Càng Long: 3',
      'Huyện Cầu Kè: 3',
    ]);
  });

  it('shows the communes of today when the year has no districts, naming the unplaced line', () => {
    const places = productsByPlace(
      {
        byDistrict: [],
        byCommuneToday: [
          { communeCode: '29308', communeName: 'Xã Cầu Kè', products: 2, ratedProducts: 2 },
          { communeCode: null, communeName: null, products: 1, ratedProducts: 0 },
        ],
      },
      '(không xác định)',
    );
    expect(places.kind).toBe('commune');
    expect(places.lines.map((l) => l.name)).toEqual(['Xã Cầu Kè', '(không xác định)']);
  });

  it('builds the trend oldest first from the years that loaded, 3★ and above as certified', () => {
    const points = trend([
      report(
        2026,
        [
          [3, 4],
          [4, 1],
        ],
        5,
      ),
      undefined,
      report(
        2019,
        [
          [2, 9],
          [3, 27],
          [4, 3],
        ],
        39,
      ),
    ]);
    expect(points.map((p) => [p.year, p.products, p.certified])).toEqual([
      [2019, 39, 30],
      [2026, 5, 5],
    ]);
    expect(points[0]?.byStars).toEqual({ 2: 9, 3: 27, 4: 3, 5: 0 });
  });

  it('takes the trend years from 2019 to this year', () => {
    expect(trendYears(2022)).toEqual([2019, 2020, 2021, 2022]);
    expect(trendYears(2019)).toEqual([2019]);
  });

  it('counts open support requests (requested, approved, in progress) by type, the busiest first', () => {
    const open = openSupport({
      year: null,
      districtCode: null,
      requests: 12,
      producers: 8,
      byType: [
        {
          type: 'TRAINING',
          requests: 5,
          producers: 4,
          byStatus: { REQUESTED: 1, APPROVED: 0, IN_PROGRESS: 1, DONE: 3, REJECTED: 0 },
        },
        {
          type: 'PACKAGING_DESIGN',
          requests: 6,
          producers: 3,
          byStatus: { REQUESTED: 2, APPROVED: 1, IN_PROGRESS: 1, DONE: 1, REJECTED: 1 },
        },
        { type: 'FINANCE', requests: 1, producers: 1, byStatus: { DONE: 1 } },
      ],
    });
    expect(open.total).toBe(6);
    expect(open.byStatus).toEqual({ REQUESTED: 3, APPROVED: 1, IN_PROGRESS: 2 });
    expect(open.byType).toEqual([
      { type: 'PACKAGING_DESIGN', open: 4 },
      { type: 'TRAINING', open: 2 },
    ]);
  });
});
