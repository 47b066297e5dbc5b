import { Card, Flex, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUPPORT_STATUSES, useSupportSummary } from '../api/supportRequests';

/** The requests in the user's scope for a year (all years when none): how many, from how many producers, by status. */
export function SummaryHeader({ year }: { year: number | undefined }) {
  const { t } = useTranslation('support');
  const summary = useSupportSummary(year);
  if (summary.isError) return null;
  if (summary.isPending) return <Skeleton active paragraph={{ rows: 1 }} />;
  const s = summary.data;
  const byStatus = Object.fromEntries(
    SUPPORT_STATUSES.map((status) => [status, s.byType.reduce((n, x) => n + (x.byStatus[status] ?? 0), 0)]),
  );
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex gap={32} wrap align="center" data-testid="support-summary">
        <Statistic title={t('summary.requests')} value={s.requests} />
        <Statistic title={t('summary.producers')} value={s.producers} />
        {SUPPORT_STATUSES.map((status) => (
          <Statistic key={status} title={t(`status.${status}`)} value={byStatus[status]} />
        ))}
        <Typography.Text type="secondary">
          {t('summary.scope', { scope: s.districtCode ? t('summary.district') : t('summary.province') })}
          {s.year ? ` · ${s.year}` : ''}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
