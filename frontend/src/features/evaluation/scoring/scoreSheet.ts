/**
 * The score sheet's arithmetic in the browser, mirroring the backend's rules exactly so the member sees, while
 * choosing, what the server will store and what the round's result will apply:
 * - `computeTotals` ↔ rubric/SheetTotals: one option per criterion (of one case where a criterion has alternative
 *   scales), a SUM_OF_SELECTED criterion adds up its ticked options (none ticked: 0), part totals in sheet order,
 *   criteria left unanswered listed by code;
 * - `starsFor` ↔ rubric/StarRating: half-open bands minScore ≤ s < maxScoreExclusive, the top band up to 100;
 * - `capByStarMinimums` ↔ rubric/StarMinimums: a criterion marked for a star level must reach its minimum, else the
 *   product gets the highest star whose minimums it all meets (levels above the band are not checked);
 * - `previewScore` ↔ RubricSheetService.preview (POST /rubric-sheets/{id}/score-preview);
 * - `spreadOf` ↔ EntryResultCalculator: means with two decimals, half up; the spread is max − min.
 * Pure functions, no React: unit-tested in scoreSheet.test.ts and cross-checked against the API in e2e.
 */
import type { Schemas } from '../../../lib/api/client';

export type SheetPart = Schemas['RubricSheetPartView'];
export type Criterion = Schemas['RubricCriterionView'];
export type RubricOption = Schemas['RubricOptionView'];
export type StarBand = Schemas['StarBand'];
export type ChoiceInput = Schemas['ScoreChoiceInput'];

/** Criterion id → the ids of its chosen options (one, or any number for SUM_OF_SELECTED). */
export type Selection = ReadonlyMap<number, readonly number[]>;

export interface Totals {
  total: number;
  /** Part code → points, in sheet order. */
  parts: Record<string, number>;
  /** Criterion id → points of its chosen option(s); SUM_OF_SELECTED criteria with nothing ticked count 0. */
  points: Map<number, number>;
  /** Codes of criteria without a chosen option (a complete sheet has none). */
  unanswered: string[];
}

export interface StarShortfall {
  criterionCode: string;
  stars: number;
  minPoints: number;
  points: number;
}

export interface Preview extends Totals {
  /** Stars of the band the total falls in; null when no band covers it (incomplete bands). */
  bandStars: number | null;
  /** Stars after the star minimums; null when eliminated or no band covers the total. */
  stars: number | null;
  shortfalls: StarShortfall[];
  eliminated: boolean;
  complete: boolean;
}

/** Choices that contradict the sheet (the server would answer 400 naming each). */
export class InvalidChoice extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('; '));
    this.name = 'InvalidChoice';
    this.problems = problems;
  }
}

export function criteriaOf(parts: readonly SheetPart[]): Criterion[] {
  return parts.flatMap((p) => p.criteria);
}

/** The total of a sheet from the chosen option ids (SheetTotals.compute). */
export function computeTotals(parts: readonly SheetPart[], optionIds: Iterable<number>): Totals {
  const chosen = chosenByCriterion(parts, optionIds);
  const result: Totals = { total: 0, parts: {}, points: new Map(), unanswered: [] };
  for (const p of parts) {
    let partPoints = 0;
    for (const c of p.criteria) {
      const options = chosen.get(c.id);
      if (!options && c.scoringRule === 'SUM_OF_SELECTED') {
        // Nothing ticked is an answer: none of the contents is there, 0 points.
        result.points.set(c.id, 0);
      } else if (!options) {
        result.unanswered.push(c.code);
      } else {
        const sum = options.reduce((s, o) => s + (o.points ?? 0), 0);
        result.points.set(c.id, sum);
        partPoints += sum;
      }
    }
    result.parts[p.code] = partPoints;
    result.total += partPoints;
  }
  return result;
}

function chosenByCriterion(
  parts: readonly SheetPart[],
  optionIds: Iterable<number>,
): Map<number, RubricOption[]> {
  const criterionOf = new Map<number, Criterion>();
  const optionById = new Map<number, RubricOption>();
  for (const c of criteriaOf(parts)) {
    for (const o of c.options) {
      criterionOf.set(o.id, c);
      optionById.set(o.id, o);
    }
  }
  const problems: string[] = [];
  const seen = new Set<number>();
  const chosen = new Map<number, RubricOption[]>();
  for (const id of optionIds) {
    const c = criterionOf.get(id);
    if (seen.has(id)) {
      problems.push(`option ${id} is chosen twice`);
      continue;
    }
    seen.add(id);
    if (!c) {
      problems.push(`option ${id} is not on this sheet`);
      continue;
    }
    const option = optionById.get(id) as RubricOption;
    const already = chosen.get(c.id) ?? [];
    chosen.set(c.id, already);
    if (already.length > 0 && c.scoringRule !== 'SUM_OF_SELECTED') {
      problems.push(
        (already[0]?.case ?? null) === (option.case ?? null)
          ? `${c.code}: choose one option, not several`
          : `${c.code}: options of two cases are chosen; score within the one case that applies`,
      );
    } else if (option.points === null || option.points === undefined) {
      problems.push(`${c.code}: option ${id} has no points in the source and cannot be scored`);
    } else {
      already.push(option);
    }
  }
  if (problems.length > 0) throw new InvalidChoice(problems);
  for (const [k, v] of chosen) if (v.length === 0) chosen.delete(k);
  return chosen;
}

/** The star band of a score (StarRating.starsFor); null outside 0–100 or where the bands leave a gap. */
export function starsFor(bands: readonly StarBand[], score: number): number | null {
  if (score < 0 || score > 100) return null;
  const sorted = [...bands].sort((a, b) => a.minScore - b.minScore);
  for (const b of sorted) {
    const max = b.maxScoreExclusive;
    if (score >= b.minScore && (max === null || max === undefined || score < max)) return b.stars;
  }
  return null;
}

/** The star levels a criterion has a minimum for, ascending: [[4, 2], [5, 3]]. */
export function starMinimumsOf(criterion: Criterion): [stars: number, minPoints: number][] {
  return Object.entries(criterion.starMinimums ?? {})
    .map(([stars, min]) => [Number(stars), min] as [number, number])
    .sort((a, b) => a[0] - b[0]);
}

/** The star-minimum gate (StarMinimums.cap): points per criterion id, absent = 0. */
export function capByStarMinimums(
  bandStars: number,
  criteria: readonly Criterion[],
  points: ReadonlyMap<number, number>,
): { stars: number; shortfalls: StarShortfall[] } {
  const shortfalls: StarShortfall[] = [];
  let stars = bandStars;
  for (const c of criteria) {
    const got = points.get(c.id) ?? 0;
    for (const [level, min] of starMinimumsOf(c)) {
      if (level <= bandStars && got < min) {
        shortfalls.push({ criterionCode: c.code, stars: level, minPoints: min, points: got });
        stars = Math.min(stars, level - 1);
      }
    }
  }
  return { stars, shortfalls };
}

/** What the sheet with these options scores and ranks (the score-preview endpoint, also for a partial sheet). */
export function previewScore(
  parts: readonly SheetPart[],
  bands: readonly StarBand[],
  optionIds: Iterable<number>,
  eliminated = false,
): Preview {
  const totals = computeTotals(parts, optionIds);
  const bandStars = starsFor(bands, totals.total);
  const gate =
    bandStars === null
      ? { stars: null, shortfalls: [] }
      : capByStarMinimums(bandStars, criteriaOf(parts), totals.points);
  return {
    ...totals,
    bandStars,
    stars: eliminated ? null : gate.stars,
    shortfalls: gate.shortfalls,
    eliminated,
    complete: totals.unanswered.length === 0,
  };
}

// ---- the member's selection ----

export function emptySelection(): Selection {
  return new Map();
}

/** A sheet's stored choices as a selection. */
export function selectionOf(choices: readonly { criterionId: number; optionId: number }[]): Selection {
  const out = new Map<number, number[]>();
  for (const c of choices) out.set(c.criterionId, [...(out.get(c.criterionId) ?? []), c.optionId]);
  return out;
}

/**
 * The selection after the member picks an option: a one-option criterion takes it in place of what was chosen (so
 * choosing in another case drops the first case's option); a SUM_OF_SELECTED criterion ticks or unticks it.
 */
export function choose(selection: Selection, criterion: Criterion, optionId: number): Selection {
  const next = new Map(selection);
  const current = selection.get(criterion.id) ?? [];
  if (criterion.scoringRule === 'SUM_OF_SELECTED') {
    const ticked = current.includes(optionId)
      ? current.filter((id) => id !== optionId)
      : [...current, optionId];
    if (ticked.length === 0) next.delete(criterion.id);
    else next.set(criterion.id, ticked);
  } else {
    next.set(criterion.id, [optionId]);
  }
  return next;
}

export function optionIdsOf(selection: Selection): number[] {
  return [...selection.values()].flat();
}

/** The request body's choices (PUT /score-sheets/{id}). */
export function choicesOf(selection: Selection): ChoiceInput[] {
  return [...selection.entries()].flatMap(([criterionId, ids]) =>
    ids.map((optionId) => ({ criterionId, optionId })),
  );
}

export function sameSelection(a: Selection, b: Selection): boolean {
  const key = (s: Selection) =>
    choicesOf(s)
      .map((c) => `${c.criterionId}:${c.optionId}`)
      .sort()
      .join(',');
  return key(a) === key(b);
}

// ---- the council's spread ----

export interface Stat {
  min: number;
  max: number;
  mean: number;
  /** max − min */
  spread: number;
}

/** The mean with two decimals, half up (EntryResultCalculator.mean: 69.995 → 70.00). */
export function meanOf(sum: number, count: number): number {
  return Math.round((sum * 100) / count) / 100;
}

function stat(values: number[]): Stat {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return {
    min,
    max,
    mean: meanOf(
      values.reduce((a, b) => a + b, 0),
      values.length,
    ),
    spread: max - min,
  };
}

/** Min, max and mean of the totals and of each part over the sheets given (the submitted, counting ones). */
export function spreadOf(
  sheets: readonly { total: number; partTotals: Record<string, number> }[],
  partCodes: readonly string[],
): { total: Stat; parts: Record<string, Stat> } | null {
  if (sheets.length === 0) return null;
  const parts: Record<string, Stat> = {};
  for (const code of partCodes) parts[code] = stat(sheets.map((s) => s.partTotals[code] ?? 0));
  return { total: stat(sheets.map((s) => s.total)), parts };
}
