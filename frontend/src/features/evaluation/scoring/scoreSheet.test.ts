import { describe, expect, it } from 'vitest';
import {
  InvalidChoice,
  capByStarMinimums,
  choicesOf,
  choose,
  computeTotals,
  emptySelection,
  meanOf,
  optionIdsOf,
  previewScore,
  selectionOf,
  spreadOf,
  starsFor,
  type Criterion,
  type SheetPart,
  type StarBand,
} from './scoreSheet';

function criterion(
  id: number,
  code: string,
  points: (number | null)[],
  extra: Partial<Criterion> = {},
): Criterion {
  return {
    id,
    code,
    sourceNumber: null,
    group: null,
    groupMaxPoints: null,
    subgroup: null,
    subgroupMaxPoints: null,
    text: `Tiêu chí ${code}`,
    maxPoints: Math.max(0, ...points.map((p) => p ?? 0)),
    scoringRule: 'ONE_OPTION',
    cases: [],
    starMinimums: {},
    notes: [],
    options: points.map((p, i) => ({
      id: id * 10 + i,
      text: `Mức ${i}`,
      points: p,
      requiredForStars: null,
      case: null,
      note: null,
    })),
    ...extra,
  };
}

// Part A: A1 (0/2/4, 4★ needs 2, 5★ needs 4), A2 (0/3/6); part B: B1 (0/5/10), B2 sum-of-selected (2 + 3).
const A1 = criterion(1, 'A1', [0, 2, 4], { starMinimums: { '5': 4, '4': 2 } });
const A2 = criterion(2, 'A2', [0, 3, 6]);
const B1 = criterion(3, 'B1', [0, 5, 10]);
const B2 = criterion(4, 'B2', [2, 3], { scoringRule: 'SUM_OF_SELECTED' });
const PARTS: SheetPart[] = [
  { code: 'A', title: 'Phần A', maxPoints: 10, bestTotal: 10, criteria: [A1, A2] },
  { code: 'B', title: 'Phần B', maxPoints: 15, bestTotal: 15, criteria: [B1, B2] },
];
// 1048/148 bands: 1★ 0–30, 2★ 30–50, 3★ 50–70, 4★ 70–90, 5★ 90–100.
const BANDS: StarBand[] = [
  { stars: 5, minScore: 90, maxScoreExclusive: null },
  { stars: 1, minScore: 0, maxScoreExclusive: 30 },
  { stars: 3, minScore: 50, maxScoreExclusive: 70 },
  { stars: 2, minScore: 30, maxScoreExclusive: 50 },
  { stars: 4, minScore: 70, maxScoreExclusive: 90 },
];

describe('computeTotals (SheetTotals)', () => {
  it('adds the chosen options by part and lists the unanswered criteria', () => {
    const t = computeTotals(PARTS, [12, 31]);
    expect(t.parts).toEqual({ A: 4, B: 5 });
    expect(t.total).toBe(9);
    expect(t.unanswered).toEqual(['A2']);
    // B2 (sum of selected) with nothing ticked is an answer worth 0
    expect(t.points.get(4)).toBe(0);
    expect(t.points.has(2)).toBe(false);
  });

  it('adds up every ticked option of a SUM_OF_SELECTED criterion', () => {
    const t = computeTotals(PARTS, [10, 20, 30, 40, 41]);
    expect(t.parts).toEqual({ A: 0, B: 5 });
    expect(t.unanswered).toEqual([]);
  });

  it('refuses two options of a one-option criterion, unknown and repeated options, options without points', () => {
    expect(() => computeTotals(PARTS, [10, 11])).toThrow(/A1: choose one option, not several/);
    expect(() => computeTotals(PARTS, [999])).toThrow(/option 999 is not on this sheet/);
    expect(() => computeTotals(PARTS, [40, 40])).toThrow(/option 40 is chosen twice/);
    const noPoints = criterion(5, 'C1', [null, 1]);
    const parts = [{ code: 'C', title: 'C', maxPoints: 1, bestTotal: 1, criteria: [noPoints] }];
    expect(() => computeTotals(parts, [50])).toThrow(InvalidChoice);
  });

  it('names options of two cases of a criterion with alternative scales', () => {
    const cased = criterion(6, 'D1', [1, 2], { cases: ['a', 'b'] });
    cased.options = cased.options.map((o, i) => ({ ...o, case: i === 0 ? 'a' : 'b' }));
    const parts = [{ code: 'D', title: 'D', maxPoints: 2, bestTotal: 2, criteria: [cased] }];
    expect(() => computeTotals(parts, [60, 61])).toThrow(/options of two cases/);
  });
});

describe('starsFor (StarRating)', () => {
  it('uses half-open bands, the top band reaching 100', () => {
    expect(starsFor(BANDS, 0)).toBe(1);
    expect(starsFor(BANDS, 29.99)).toBe(1);
    expect(starsFor(BANDS, 30)).toBe(2);
    expect(starsFor(BANDS, 49)).toBe(2);
    expect(starsFor(BANDS, 50)).toBe(3);
    expect(starsFor(BANDS, 69.99)).toBe(3);
    expect(starsFor(BANDS, 70)).toBe(4);
    expect(starsFor(BANDS, 89)).toBe(4);
    expect(starsFor(BANDS, 90)).toBe(5);
    expect(starsFor(BANDS, 100)).toBe(5);
  });

  it('covers nothing outside 0–100 or in a gap', () => {
    expect(starsFor(BANDS, 101)).toBeNull();
    expect(starsFor(BANDS, -1)).toBeNull();
    expect(starsFor([{ stars: 1, minScore: 0, maxScoreExclusive: 30 }], 40)).toBeNull();
  });
});

describe('capByStarMinimums (StarMinimums)', () => {
  it('keeps the band when every minimum up to it is met', () => {
    expect(capByStarMinimums(5, [A1], new Map([[1, 4]]))).toEqual({ stars: 5, shortfalls: [] });
  });

  it('drops to the highest star whose minimums are all met', () => {
    expect(capByStarMinimums(5, [A1], new Map([[1, 2]]))).toEqual({
      stars: 4,
      shortfalls: [{ criterionCode: 'A1', stars: 5, minPoints: 4, points: 2 }],
    });
    const result = capByStarMinimums(5, [A1], new Map([[1, 0]]));
    expect(result.stars).toBe(3);
    expect(result.shortfalls.map((s) => s.stars)).toEqual([4, 5]);
  });

  it('checks no level above the band, and counts an unanswered criterion as 0', () => {
    expect(capByStarMinimums(3, [A1], new Map())).toEqual({ stars: 3, shortfalls: [] });
    expect(capByStarMinimums(4, [A1], new Map()).stars).toBe(3);
  });
});

describe('previewScore (score-preview)', () => {
  // A sheet out of 100: one criterion worth 0–80 and a marked one worth 0–20 (4★ needs 10, 5★ needs 20).
  const big = criterion(7, 'E1', [0, 40, 60, 70, 80]);
  const marked = criterion(8, 'E2', [0, 10, 20], { starMinimums: { '4': 10, '5': 20 } });
  const sheet: SheetPart[] = [
    { code: 'E', title: 'E', maxPoints: 100, bestTotal: 100, criteria: [big, marked] },
  ];

  it('gives the band and the stars after the minimums', () => {
    const p = previewScore(sheet, BANDS, [74, 81]);
    expect(p.total).toBe(90);
    expect(p.bandStars).toBe(5);
    expect(p.stars).toBe(4);
    expect(p.shortfalls).toEqual([{ criterionCode: 'E2', stars: 5, minPoints: 20, points: 10 }]);
    expect(p.complete).toBe(true);
  });

  it('a 4★ total with the marked criterion at 0 ranks 3★', () => {
    const p = previewScore(sheet, BANDS, [74, 80]);
    expect([p.total, p.bandStars, p.stars]).toEqual([80, 4, 3]);
  });

  it('an eliminated product gets no stars; a partial sheet is not complete', () => {
    expect(previewScore(sheet, BANDS, [74, 82], true).stars).toBeNull();
    const partial = previewScore(sheet, BANDS, [72]);
    expect(partial.complete).toBe(false);
    expect(partial.unanswered).toEqual(['E2']);
    expect(partial.total).toBe(60);
  });
});

describe('selection', () => {
  it('one option replaces the other; sum-of-selected toggles', () => {
    let s = emptySelection();
    s = choose(s, A1, 11);
    s = choose(s, A1, 12);
    expect(s.get(1)).toEqual([12]);
    s = choose(s, B2, 40);
    s = choose(s, B2, 41);
    expect(s.get(4)).toEqual([40, 41]);
    s = choose(s, B2, 40);
    s = choose(s, B2, 41);
    expect(s.has(4)).toBe(false);
  });

  it('converts to and from the API choices', () => {
    const s = selectionOf([
      { criterionId: 1, optionId: 12 },
      { criterionId: 4, optionId: 40 },
      { criterionId: 4, optionId: 41 },
    ]);
    expect(optionIdsOf(s)).toEqual([12, 40, 41]);
    expect(choicesOf(s)).toEqual([
      { criterionId: 1, optionId: 12 },
      { criterionId: 4, optionId: 40 },
      { criterionId: 4, optionId: 41 },
    ]);
  });
});

describe('spreadOf', () => {
  it('gives min, max and the two-decimal mean (half up) of totals and parts', () => {
    const s = spreadOf(
      [
        { total: 70, partTotals: { A: 30, B: 40 } },
        { total: 71, partTotals: { A: 30, B: 41 } },
        { total: 75, partTotals: { A: 33, B: 42 } },
      ],
      ['A', 'B'],
    );
    expect(s?.total).toEqual({ min: 70, max: 75, mean: 72, spread: 5 });
    expect(s?.parts.A).toEqual({ min: 30, max: 33, mean: 31, spread: 3 });
    expect(s?.parts.B?.mean).toBe(41);
    expect(spreadOf([], ['A'])).toBeNull();
  });

  it('rounds half up like the backend', () => {
    expect(meanOf(211, 3)).toBe(70.33);
    expect(meanOf(139, 2)).toBe(69.5);
    expect(meanOf(20999, 300)).toBe(70);
    expect(meanOf(2, 3)).toBe(0.67);
  });
});
