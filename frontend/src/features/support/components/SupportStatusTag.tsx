import { useTranslation } from 'react-i18next';
import { StatusTag, type Tone } from '../../../components/StatusTag';
import type { SupportStatusValue } from '../api/supportRequests';

const TONE: Record<SupportStatusValue, Tone> = {
  REQUESTED: 'warning',
  APPROVED: 'info',
  IN_PROGRESS: 'info',
  DONE: 'success',
  REJECTED: 'danger',
};

export function SupportStatusTag({ status }: { status: SupportStatusValue }) {
  const { t } = useTranslation('support');
  return <StatusTag tone={TONE[status]}>{t(`status.${status}`)}</StatusTag>;
}
