import { describe, expect, it } from 'vitest';
import type { Finding, RubricSheet } from '../api/rubric';
import { bySeverity, parseDocument, toDocument, unacceptedErrorCodes } from './sheetDocument';

const finding = (severity: 'ERROR' | 'WARNING', code: string, accepted = false): Finding => ({
  severity,
  code,
  subject: 'C',
  message: `${code} message`,
  accepted,
  acceptedBy: null,
  acceptedAt: null,
  acceptanceReason: null,
});

const sheet = {
  id: 51,
  rubricVersionId: 1,
  legalBasisCode: 'DECISION_148_2023',
  status: 'DRAFT',
  productSetId: 33,
  number: 7,
  name: 'Chế biến từ rau, củ, quả, hạt',
  industry: 'Thực phẩm',
  groupName: 'Thực phẩm chế biến',
  managingMinistry: null,
  totalPoints: 3,
  valid: true,
  findings: [],
  eliminationConditions: [{ id: 12, text: 'Giả mạo hồ sơ' }],
  parts: [
    {
      code: 'A',
      title: 'Sản phẩm và sức mạnh cộng đồng',
      maxPoints: 3,
      bestTotal: 3,
      criteria: [
        {
          id: 301,
          code: 'A1.3',
          sourceNumber: 'c)',
          group: '1. TỔ CHỨC SẢN XUẤT',
          groupMaxPoints: 18,
          subgroup: null,
          subgroupMaxPoints: null,
          text: 'Năng lực sản xuất',
          maxPoints: 3,
          scoringRule: 'ONE_OPTION',
          cases: [],
          starMinimums: { '4': 2 },
          notes: [],
          options: [{ id: 1201, text: 'Trung bình', points: 2, requiredForStars: 4, case: null, note: null }],
        },
      ],
    },
  ],
  version: 0,
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'system',
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'system',
} as unknown as RubricSheet;

describe('toDocument', () => {
  it('gives back the official file shape: sheet info, conditions as text, parts → criteria → options', () => {
    const doc = toDocument(sheet);
    expect(doc.sheet).toEqual({
      number: 7,
      name: 'Chế biến từ rau, củ, quả, hạt',
      industry: 'Thực phẩm',
      group: 'Thực phẩm chế biến',
      managingMinistry: null,
    });
    expect(doc.eliminationConditions).toEqual(['Giả mạo hồ sơ']);
    const criterion = doc.parts[0]?.criteria[0];
    expect(criterion?.starMinimums).toEqual({ '4': 2 });
    expect(criterion?.notes).toBeNull();
    expect(criterion?.options[0]).toEqual({
      text: 'Trung bình',
      points: 2,
      requiredForStars: 4,
      case: null,
      note: null,
    });
    expect(criterion).not.toHaveProperty('id');
  });
});

describe('parseDocument', () => {
  it('accepts a document and explains what is wrong otherwise', () => {
    expect(parseDocument(JSON.stringify(toDocument(sheet))).document?.sheet.number).toBe(7);
    expect(parseDocument('{').error).toBeTruthy();
    expect(parseDocument('[]').error).toBe('not an object');
    expect(parseDocument('{"sheet":{"number":1,"name":"x"}}').error).toBe('"parts" is missing');
  });
});

describe('findings', () => {
  it('groups errors first, then warnings', () => {
    const groups = bySeverity([finding('WARNING', 'SOURCE'), finding('ERROR', 'PART_TOTAL')]);
    expect(groups.map((g) => g.severity)).toEqual(['ERROR', 'WARNING']);
    expect(bySeverity([])).toEqual([]);
  });
  it('lists the ERROR codes a publication must accept, once each', () => {
    expect(
      unacceptedErrorCodes([
        finding('ERROR', 'PART_TOTAL'),
        finding('ERROR', 'PART_TOTAL'),
        finding('ERROR', 'SHEET_TOTAL', true),
        finding('WARNING', 'SOURCE'),
      ]),
    ).toEqual(['PART_TOTAL']);
  });
});
