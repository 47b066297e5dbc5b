import type { Finding, RubricSheet, RubricSheetDocument } from '../api/rubric';

/** A sheet as the API shows it, back in the shape of the official sheet files (what PUT /rubric-sheets takes). */
export function toDocument(sheet: RubricSheet): RubricSheetDocument {
  return {
    sheet: {
      number: sheet.number,
      name: sheet.name,
      industry: sheet.industry,
      group: sheet.groupName,
      managingMinistry: sheet.managingMinistry,
    },
    eliminationConditions: sheet.eliminationConditions.map((c) => c.text),
    parts: sheet.parts.map((p) => ({
      code: p.code,
      title: p.title,
      maxPoints: p.maxPoints,
      criteria: p.criteria.map((c) => ({
        code: c.code,
        sourceNumber: c.sourceNumber,
        group: c.group,
        groupMaxPoints: c.groupMaxPoints,
        subgroup: c.subgroup,
        subgroupMaxPoints: c.subgroupMaxPoints,
        text: c.text,
        maxPoints: c.maxPoints,
        scoringRule: c.scoringRule,
        starMinimums: Object.keys(c.starMinimums).length ? c.starMinimums : null,
        notes: c.notes.length ? c.notes : null,
        options: c.options.map((o) => ({
          text: o.text,
          points: o.points,
          requiredForStars: o.requiredForStars,
          case: o.case,
          note: o.note,
        })),
      })),
    })),
  };
}

/** A blank sheet to start a new one from. */
export function blankDocument(number: number): RubricSheetDocument {
  return {
    sheet: { number, name: '', industry: null, group: null, managingMinistry: null },
    eliminationConditions: [],
    parts: [
      {
        code: 'A',
        title: '',
        maxPoints: 0,
        criteria: [{ code: 'A1', text: '', maxPoints: 0, options: [{ text: '', points: 0 }] }],
      },
    ],
  };
}

/** The document typed in the editor, or the reason it is not one. */
export function parseDocument(text: string): { document?: RubricSheetDocument; error?: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not an object' };
  const doc = value as Partial<RubricSheetDocument>;
  if (!doc.sheet || typeof doc.sheet !== 'object') return { error: '"sheet" is missing' };
  if (!Array.isArray(doc.parts) || doc.parts.length === 0) return { error: '"parts" is missing' };
  return { document: doc as RubricSheetDocument };
}

/** Findings grouped by severity, errors first; each group keeps the API's order. */
export function bySeverity(
  findings: readonly Finding[],
): { severity: Finding['severity']; findings: Finding[] }[] {
  return (['ERROR', 'WARNING'] as const)
    .map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) }))
    .filter((g) => g.findings.length > 0);
}

/** The codes of ERROR findings not yet accepted: what a deliberate publication must list. */
export function unacceptedErrorCodes(findings: readonly Finding[]): string[] {
  return [...new Set(findings.filter((f) => f.severity === 'ERROR' && !f.accepted).map((f) => f.code))];
}
