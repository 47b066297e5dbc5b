import type { Tone } from '../../../components/StatusTag';
import type { DossierCheckRequest, Entry, LocalOriginItem } from '../api/dossiers';

/** The local-origin items the commune rates (26/2026), in the order of the decision. */
export const LOCAL_ORIGIN_ITEMS: readonly LocalOriginItem[] = [
  'PRODUCT_AND_RAW_MATERIAL_ORIGIN',
  'LOCAL_LABOUR',
  'IDEA_ORIGIN',
  'LOCAL_IDENTITY',
];

/** Where a dossier stands for the commune: to check, checked (passed or failed), forwarded to the province, closed. */
export type DossierState = 'PENDING' | 'PASSED' | 'FAILED' | 'FORWARDED' | 'CLOSED';

export function dossierState(entry: Pick<Entry, 'dossierCheck' | 'outcome'>): DossierState {
  if (entry.outcome === 'FORWARDED') return 'FORWARDED';
  if (entry.outcome) return 'CLOSED';
  if (!entry.dossierCheck) return 'PENDING';
  return entry.dossierCheck.status;
}

export const STATE_TONE: Record<DossierState, Tone> = {
  PENDING: 'warning',
  PASSED: 'success',
  FAILED: 'danger',
  FORWARDED: 'info',
  CLOSED: 'neutral',
};

/** The check can be recorded (or recorded again) until the round closes: then the entry has its outcome. */
export function canCheckDossier(entry: Pick<Entry, 'outcome'>): boolean {
  return entry.outcome == null;
}

/** The dossier check form as the officer fills it in. */
export interface DossierCheckValues {
  status: 'PASSED' | 'FAILED';
  note?: string;
  ratings: Record<LocalOriginItem, { confirmed: boolean; note?: string }>;
}

export function emptyRatings(): DossierCheckValues['ratings'] {
  return Object.fromEntries(
    LOCAL_ORIGIN_ITEMS.map((item) => [item, { confirmed: false, note: '' }]),
  ) as DossierCheckValues['ratings'];
}

/** The form's values from the check recorded before, or blank for a dossier not yet checked. */
export function initialValues(entry: Pick<Entry, 'dossierCheck'>): DossierCheckValues {
  const ratings = emptyRatings();
  for (const r of entry.dossierCheck?.localOrigin ?? [])
    ratings[r.item] = { confirmed: r.confirmed, note: r.note ?? '' };
  return {
    status: entry.dossierCheck?.status ?? 'PASSED',
    note: entry.dossierCheck?.note ?? '',
    ratings,
  };
}

const blankToNull = (text: string | undefined | null) => (text && text.trim() ? text.trim() : null);

/** The API's DossierCheckRequest: PASSED carries every local-origin item once; FAILED a note and no ratings. */
export function toDossierCheckRequest(values: DossierCheckValues): DossierCheckRequest {
  if (values.status === 'FAILED')
    return { status: 'FAILED', note: blankToNull(values.note), localOrigin: null };
  return {
    status: 'PASSED',
    note: blankToNull(values.note),
    localOrigin: LOCAL_ORIGIN_ITEMS.map((item) => ({
      item,
      confirmed: !!values.ratings[item]?.confirmed,
      note: blankToNull(values.ratings[item]?.note),
    })),
  };
}
