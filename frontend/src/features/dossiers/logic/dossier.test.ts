import { describe, expect, it } from 'vitest';
import { canCheckDossier, dossierState, initialValues, toDossierCheckRequest } from './dossier';

const check = (status: 'PASSED' | 'FAILED') => ({
  status,
  note: 'Hồ sơ đầy đủ',
  localOrigin: [{ item: 'LOCAL_LABOUR' as const, confirmed: true, note: '12 lao động tại xã' }],
  checkedBy: 'co-cauke',
  checkedAt: '2026-08-10T02:00:00Z',
});

describe('dossierState', () => {
  it('is PENDING until the commune checks it, then its status', () => {
    expect(dossierState({ dossierCheck: null, outcome: null })).toBe('PENDING');
    expect(dossierState({ dossierCheck: check('PASSED'), outcome: null })).toBe('PASSED');
    expect(dossierState({ dossierCheck: check('FAILED'), outcome: null })).toBe('FAILED');
  });
  it('is FORWARDED once the round closed and sent it to the province', () => {
    expect(dossierState({ dossierCheck: check('PASSED'), outcome: 'FORWARDED' })).toBe('FORWARDED');
    expect(dossierState({ dossierCheck: check('FAILED'), outcome: 'NOT_RECOGNISED' })).toBe('CLOSED');
  });
  it('can be checked until the round closes', () => {
    expect(canCheckDossier({ outcome: null })).toBe(true);
    expect(canCheckDossier({ outcome: 'FORWARDED' })).toBe(false);
  });
});

describe('toDossierCheckRequest', () => {
  it('sends every local-origin item once with a PASSED check', () => {
    const values = initialValues({ dossierCheck: null });
    values.ratings.LOCAL_LABOUR = { confirmed: true, note: '  12 lao động  ' };
    const body = toDossierCheckRequest({ ...values, note: ' ' });
    expect(body.status).toBe('PASSED');
    expect(body.note).toBeNull();
    expect(body.localOrigin?.map((r) => r.item)).toEqual([
      'PRODUCT_AND_RAW_MATERIAL_ORIGIN',
      'LOCAL_LABOUR',
      'IDEA_ORIGIN',
      'LOCAL_IDENTITY',
    ]);
    expect(body.localOrigin?.[1]).toEqual({ item: 'LOCAL_LABOUR', confirmed: true, note: '12 lao động' });
    expect(body.localOrigin?.[0]).toEqual({
      item: 'PRODUCT_AND_RAW_MATERIAL_ORIGIN',
      confirmed: false,
      note: null,
    });
  });
  it('sends a FAILED check with its note and no ratings', () => {
    const body = toDossierCheckRequest({
      ...initialValues({ dossierCheck: null }),
      status: 'FAILED',
      note: 'Thiếu hồ sơ',
    });
    expect(body).toEqual({ status: 'FAILED', note: 'Thiếu hồ sơ', localOrigin: null });
  });
  it('starts the form from the check recorded before', () => {
    const values = initialValues({ dossierCheck: check('PASSED') });
    expect(values.ratings.LOCAL_LABOUR).toEqual({ confirmed: true, note: '12 lao động tại xã' });
    expect(values.ratings.IDEA_ORIGIN.confirmed).toBe(false);
  });
});
