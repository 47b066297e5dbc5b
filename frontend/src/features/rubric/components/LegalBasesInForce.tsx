import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useLegalBasisInForce, type LegalBasis } from '../../rounds/api/rounds';

function describe(basis: LegalBasis | undefined, none: string, from: (date: string) => string) {
  if (!basis) return none;
  return `${basis.decisionNumber} — ${basis.title} (${basis.code}, ${from(formatDate(basis.inForceFrom))})`;
}

/** The legal basis in force on the version's first day and today (GET /legal-bases/in-force?on=). */
export function LegalBasesInForce({ effectiveFrom }: { effectiveFrom: string }) {
  const { t } = useTranslation('rubric');
  const onStart = useLegalBasisInForce(effectiveFrom);
  const today = useLegalBasisInForce(undefined);
  const from = (date: string) => t('inForce.from', { date });
  return (
    <Card size="small" title={t('inForce.title')} style={{ marginTop: 16 }}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('inForce.onStart', { date: formatDate(effectiveFrom) })}>
          {onStart.isPending ? '…' : describe(onStart.data, t('inForce.none'), from)}
        </Descriptions.Item>
        <Descriptions.Item label={t('inForce.today')}>
          {today.isPending ? '…' : describe(today.data, t('inForce.none'), from)}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
