import { describe, expect, it } from 'vitest';
import { allowedRoundActions, nextLevel, startScoringBlocker, unitTypesForLevel } from './roundActions';

const round = (over: Partial<Parameters<typeof allowedRoundActions>[0]> = {}) => ({
  status: 'OPEN' as const,
  level: 'PROVINCIAL' as const,
  memberCount: 3,
  decisionId: null,
  entryCount: 2,
  ...over,
});
const scoring = { scores: true, checksDossier: true, ratesLocalOrigin: false };
const commune = { scores: false, checksDossier: true, ratesLocalOrigin: true };

describe('allowedRoundActions', () => {
  it('offers the office the OPEN actions: edit, council, entries, start scoring', () => {
    const a = allowedRoundActions(round(), true, scoring);
    expect([...a].sort()).toEqual(
      ['addEntry', 'council', 'edit', 'eliminations', 'startScoring', 'withdrawEntry'].sort(),
    );
  });
  it('does not offer start scoring before a scoring level has its council', () => {
    expect(allowedRoundActions(round({ memberCount: 0 }), true, scoring).has('startScoring')).toBe(false);
    expect(startScoringBlocker(round({ memberCount: 0 }), scoring)).toBe('noCouncil');
  });
  it('lets a commune round (26/2026: no scoring) start without a council, with dossier checks', () => {
    const a = allowedRoundActions(round({ level: 'COMMUNE', memberCount: 0 }), true, commune);
    expect(a.has('startScoring')).toBe(true);
    expect(a.has('council')).toBe(false);
    expect(a.has('dossierCheck')).toBe(true);
    expect(a.has('eliminations')).toBe(false);
  });
  it('closes only while SCORING, finalizes only when CLOSED', () => {
    expect([...allowedRoundActions(round({ status: 'SCORING' }), true, scoring)].sort()).toEqual(
      ['close', 'eliminations'].sort(),
    );
    expect([...allowedRoundActions(round({ status: 'CLOSED' }), true, scoring)].sort()).toEqual(
      ['finalize', 'results'].sort(),
    );
  });
  it('records the decision once, on a FINALIZED round above the commune', () => {
    expect(allowedRoundActions(round({ status: 'FINALIZED' }), true).has('decision')).toBe(true);
    expect(allowedRoundActions(round({ status: 'FINALIZED', decisionId: 5 }), true).has('decision')).toBe(
      false,
    );
    expect(allowedRoundActions(round({ status: 'FINALIZED', level: 'COMMUNE' }), true).has('decision')).toBe(
      false,
    );
  });
  it('gives other roles no action, only the results of a closed round', () => {
    expect([...allowedRoundActions(round(), false, scoring)]).toEqual([]);
    expect([...allowedRoundActions(round({ status: 'FINALIZED' }), false)]).toEqual(['results']);
  });
});

describe('levels and units', () => {
  it('holds a round in a unit of the matching type', () => {
    expect(unitTypesForLevel('COMMUNE')).toContain('WARD');
    expect(unitTypesForLevel('DISTRICT')).toContain('CITY');
    expect(unitTypesForLevel('CENTRAL')).toEqual(['PROVINCE']);
    expect(unitTypesForLevel(undefined)).toEqual([]);
  });
  it('forwards to the next level the procedure has', () => {
    expect(nextLevel('COMMUNE', ['COMMUNE', 'PROVINCIAL'])).toBe('PROVINCIAL');
    expect(nextLevel('DISTRICT', ['DISTRICT', 'PROVINCIAL', 'CENTRAL'])).toBe('PROVINCIAL');
    expect(nextLevel('CENTRAL', ['DISTRICT', 'PROVINCIAL', 'CENTRAL'])).toBeUndefined();
  });
});
