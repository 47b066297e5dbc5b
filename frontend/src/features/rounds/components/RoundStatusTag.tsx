import { useTranslation } from 'react-i18next';
import { StatusTag, type Tone } from '../../../components/StatusTag';
import type { EntryOutcome, RoundStatus } from '../api/rounds';

const TONE: Record<RoundStatus, Tone> = {
  OPEN: 'info',
  SCORING: 'warning',
  CLOSED: 'neutral',
  FINALIZED: 'success',
};
const OUTCOME_TONE: Record<EntryOutcome, Tone> = {
  RECOGNISED: 'success',
  FORWARDED: 'info',
  NOT_RECOGNISED: 'danger',
  NO_QUORUM: 'warning',
};

export function RoundStatusTag({ status }: { status: RoundStatus }) {
  const { t } = useTranslation('rounds');
  return <StatusTag tone={TONE[status]}>{t(`status.${status}`)}</StatusTag>;
}

export function OutcomeTag({ outcome }: { outcome: EntryOutcome | null | undefined }) {
  const { t } = useTranslation('rounds');
  if (!outcome) return null;
  return <StatusTag tone={OUTCOME_TONE[outcome]}>{t(`outcome.${outcome}`)}</StatusTag>;
}
