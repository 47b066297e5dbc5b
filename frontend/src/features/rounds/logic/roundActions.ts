import type { AdminUnitType, EvaluationLevel, Round, RoundStatus } from '../api/rounds';

export type RoundAction =
  | 'edit'
  | 'council'
  | 'addEntry'
  | 'withdrawEntry'
  | 'eliminations'
  | 'dossierCheck'
  | 'startScoring'
  | 'close'
  | 'finalize'
  | 'decision'
  | 'results';

/** What the procedure says of the round's level (ProcedureLevelView); unknown while it loads. */
export interface LevelRules {
  scores: boolean;
  checksDossier: boolean;
  ratesLocalOrigin: boolean;
}

const BEFORE_CLOSE: readonly RoundStatus[] = ['OPEN', 'SCORING'];

/**
 * The actions the API allows on a round in its state, for the OCOP office (every one of them is office-only,
 * as openapi.yaml's operation descriptions say). Callers hide the others: a user never sees a refused action.
 */
export function allowedRoundActions(
  round: Pick<Round, 'status' | 'level' | 'memberCount' | 'decisionId' | 'entryCount'>,
  isOffice: boolean,
  rules?: LevelRules,
): Set<RoundAction> {
  const actions = new Set<RoundAction>();
  const closed = round.status === 'CLOSED' || round.status === 'FINALIZED';
  if (closed) actions.add('results');
  if (!isOffice) return actions;
  const scores = rules?.scores ?? true;
  if (round.status === 'OPEN') {
    actions.add('edit');
    actions.add('addEntry');
    actions.add('withdrawEntry');
    if (scores) actions.add('council');
    // A level that scores needs its council first (409 otherwise).
    if (!scores || round.memberCount > 0) actions.add('startScoring');
  }
  if (BEFORE_CLOSE.includes(round.status)) {
    if (scores) actions.add('eliminations');
    if (rules?.checksDossier && !scores) actions.add('dossierCheck');
  }
  if (round.status === 'SCORING') actions.add('close');
  if (round.status === 'CLOSED') actions.add('finalize');
  // A recognition decision is made at the district, provincial or central level, once.
  if (round.status === 'FINALIZED' && round.decisionId == null && round.level !== 'COMMUNE')
    actions.add('decision');
  return actions;
}

/** Why start scoring is not offered on an OPEN round, if that is the case. */
export function startScoringBlocker(
  round: Pick<Round, 'status' | 'memberCount'>,
  rules?: LevelRules,
): 'noCouncil' | null {
  if (round.status !== 'OPEN') return null;
  return (rules?.scores ?? true) && round.memberCount === 0 ? 'noCouncil' : null;
}

/** The unit types a round of a level is held in: communes and wards, districts and cities, the province. */
export function unitTypesForLevel(level: EvaluationLevel | undefined): AdminUnitType[] {
  switch (level) {
    case 'COMMUNE':
      return ['COMMUNE', 'WARD', 'TOWNSHIP'];
    case 'DISTRICT':
      return ['DISTRICT', 'CITY', 'TOWN'];
    case 'PROVINCIAL':
    case 'CENTRAL':
      return ['PROVINCE'];
    default:
      return [];
  }
}

const ORDER: readonly EvaluationLevel[] = ['COMMUNE', 'DISTRICT', 'PROVINCIAL', 'CENTRAL'];

/** The level a forwarded product goes to: the next one the procedure has. */
export function nextLevel(
  level: EvaluationLevel,
  procedureLevels: readonly EvaluationLevel[],
): EvaluationLevel | undefined {
  return ORDER.slice(ORDER.indexOf(level) + 1).find((l) => procedureLevels.includes(l));
}

/** Whether a round's status is one of the states given. */
export function isIn(status: RoundStatus, ...states: RoundStatus[]): boolean {
  return states.includes(status);
}
