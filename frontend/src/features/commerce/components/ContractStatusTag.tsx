import { useTranslation } from 'react-i18next';
import { StatusTag, type Tone } from '../../../components/StatusTag';
import type { SalesContractStatus } from '../api/salesContracts';

const TONE: Record<SalesContractStatus, Tone> = {
  DRAFT: 'neutral',
  ACTIVE: 'info',
  COMPLETED: 'success',
  TERMINATED: 'danger',
};

export function ContractStatusTag({ status }: { status: SalesContractStatus }) {
  const { t } = useTranslation('commerce');
  return <StatusTag tone={TONE[status]}>{t(`contract.status.${status}`)}</StatusTag>;
}
