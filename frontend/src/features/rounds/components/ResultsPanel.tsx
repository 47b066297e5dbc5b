import { Alert, Table, Tooltip, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../components/QueryState';
import { StatusTag } from '../../../components/StatusTag';
import { formatNumber } from '../../../lib/format';
import { useRoundResults, type Round, type RoundResult } from '../api/rounds';
import { OutcomeTag } from './RoundStatusTag';

/** A closed round's results, best mean first (the API's default order). */
export function ResultsPanel({ round, enabled }: { round: Round; enabled: boolean }) {
  const { t } = useTranslation(['rounds', 'common']);
  const [page, setPage] = useState(0);
  const [sort, setSort] = useState<string | undefined>();
  const results = useRoundResults(round.id, { page, size: 20, sort }, enabled);
  if (!enabled) return <Alert type="info" showIcon title={t('results.notClosed')} />;
  if (results.isError) return <ErrorResult error={results.error} onRetry={() => void results.refetch()} />;
  const communeLevel = round.level === 'COMMUNE';

  const columns: TableColumnsType<RoundResult> = [
    { title: t('dossiers:field.product'), dataIndex: 'productName', key: 'productName' },
    {
      title: t('dossiers:field.producer'),
      dataIndex: 'producerName',
      key: 'producerName',
      responsive: ['lg'],
    },
    ...(communeLevel
      ? [
          {
            title: t('results.dossier'),
            dataIndex: 'dossierStatus',
            key: 'dossierStatus',
            render: (s: RoundResult['dossierStatus']) => (s ? t(`dossiers:check.${s}`) : '—'),
          },
        ]
      : [
          {
            title: t('results.mean'),
            dataIndex: 'mean',
            key: 'mean',
            sorter: true,
            align: 'right' as const,
            render: (mean: number | null) => formatNumber(mean),
          },
          {
            title: t('results.stars'),
            dataIndex: 'stars',
            key: 'stars',
            sorter: true,
            align: 'right' as const,
            render: (stars: number | null, r: RoundResult) => (
              <>
                {stars ? `${stars}★` : '—'}
                {r.shortfalls && r.shortfalls.length > 0 && (
                  <Tooltip
                    title={r.shortfalls
                      .map((s) => `${s.criterionCode}: ${s.points}/${s.minPoints} (${s.stars}★)`)
                      .join('; ')}
                  >
                    {' '}
                    <StatusTag tone="warning">{t('results.shortfalls')}</StatusTag>
                  </Tooltip>
                )}
              </>
            ),
          },
          {
            title: t('results.submitted'),
            key: 'sheets',
            align: 'right' as const,
            responsive: ['md' as const],
            render: (_: unknown, r: RoundResult) => `${r.submittedSheets}/${r.eligibleMembers}`,
          },
          {
            title: t('results.spread'),
            dataIndex: 'spread',
            key: 'spread',
            align: 'right' as const,
            responsive: ['lg' as const],
            render: (spread: number | null, r: RoundResult) => (
              <>
                {formatNumber(spread)}{' '}
                {r.spreadFlag && <StatusTag tone="warning">{t('results.spreadFlag')}</StatusTag>}
              </>
            ),
          },
        ]),
    {
      title: t('field.outcomes'),
      dataIndex: 'outcome',
      key: 'outcome',
      sorter: true,
      render: (o: RoundResult['outcome']) => <OutcomeTag outcome={o} />,
    },
  ];

  return (
    <Table<RoundResult>
      rowKey="entryId"
      columns={columns}
      dataSource={results.data?.items}
      loading={results.isFetching}
      scroll={{ x: true }}
      locale={{ emptyText: t('common:state.empty') }}
      pagination={{
        current: page + 1,
        pageSize: 20,
        total: results.data?.total ?? 0,
        showSizeChanger: false,
        showTotal: (count) => t('common:state.total', { count }),
      }}
      onChange={(p, _f, sorter) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        setSort(s?.order ? `${s.order === 'descend' ? '-' : ''}${String(s.columnKey)}` : undefined);
        setPage((p.current ?? 1) - 1);
      }}
    />
  );
}
