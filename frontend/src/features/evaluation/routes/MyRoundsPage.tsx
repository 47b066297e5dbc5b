import { Empty, Flex, Select, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { StatusTag, type Tone } from '../../../components/StatusTag';
import { useSession } from '../../../lib/auth/session';
import { compareVi, formatDate, matchesVi } from '../../../lib/format';
import { useListParams } from '../../../lib/list/useListParams';
import { useMyRounds, type CouncilMember, type Round, type RoundStatus } from '../api/council';

const STATUSES: RoundStatus[] = ['SCORING', 'OPEN', 'CLOSED', 'FINALIZED'];
// Rounds to work on come first: scoring, then open, then the past.
const STATUS_ORDER: Record<RoundStatus, number> = { SCORING: 0, OPEN: 1, CLOSED: 2, FINALIZED: 3 };

export function roundStatusTone(status: RoundStatus): Tone {
  return status === 'SCORING'
    ? 'warning'
    : status === 'OPEN'
      ? 'info'
      : status === 'CLOSED'
        ? 'neutral'
        : 'success';
}

type Row = { round: Round; seat: CouncilMember };

/**
 * The rounds the signed-in council member sits on. Membership is found per round (the API lists rounds, and each
 * round's council), so this short list is searched, filtered, sorted and paged here, with its state in the URL.
 */
export default function MyRoundsPage() {
  const { t } = useTranslation(['evaluation', 'common']);
  const session = useSession();
  const mine = useMyRounds(session);
  const { params, update } = useListParams({ sort: 'status' });

  const rows = useMemo(() => {
    const status = params.filters.status;
    return (mine.data ?? []).filter(
      (r) => (!status || r.round.status === status) && (!params.q || matchesVi(r.round.name, params.q)),
    );
  }, [mine.data, params.filters.status, params.q]);

  const desc = params.sort?.startsWith('-') ?? false;
  const sortKey = params.sort?.replace(/^-/, '');
  const order = (key: string) =>
    sortKey === key ? (desc ? ('descend' as const) : ('ascend' as const)) : null;

  const columns: TableColumnsType<Row> = [
    {
      title: t('myRounds.field.name'),
      key: 'name',
      sorter: (a, b) => compareVi(a.round.name, b.round.name),
      sortOrder: order('name'),
      render: (_, { round }) => <Link to={`/council/rounds/${round.id}`}>{round.name}</Link>,
    },
    {
      title: t('myRounds.field.level'),
      key: 'level',
      responsive: ['lg'],
      render: (_, { round }) => `${t(`level.${round.level}`)} · ${round.adminUnitName}`,
    },
    {
      title: t('myRounds.field.year'),
      key: 'year',
      sorter: (a, b) => a.round.year - b.round.year,
      sortOrder: order('year'),
      render: (_, { round }) => round.year,
    },
    {
      title: t('myRounds.field.status'),
      key: 'status',
      sorter: (a, b) =>
        STATUS_ORDER[a.round.status] - STATUS_ORDER[b.round.status] || b.round.year - a.round.year,
      sortOrder: order('status'),
      render: (_, { round }) => (
        <StatusTag tone={roundStatusTone(round.status)}>{t(`roundStatus.${round.status}`)}</StatusTag>
      ),
    },
    {
      title: t('myRounds.field.period'),
      key: 'period',
      responsive: ['md'],
      render: (_, { round }) => `${formatDate(round.opensOn)} – ${formatDate(round.closesOn)}`,
    },
    {
      title: t('myRounds.field.seat'),
      key: 'seat',
      render: (_, { seat }) => (
        <StatusTag tone={seat.chair ? 'info' : 'neutral'}>
          {t(seat.chair ? 'seat.chair' : 'seat.member')}
        </StatusTag>
      ),
    },
    {
      title: t('myRounds.field.entries'),
      key: 'entries',
      align: 'right',
      responsive: ['md'],
      render: (_, { round }) => round.entryCount,
    },
  ];

  return (
    <>
      <PageHeader title={t('myRounds.title')} subtitle={t('myRounds.subtitle')} />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchBox value={params.q} onSearch={(q) => update({ q })} />
        <Select
          allowClear
          aria-label={t('myRounds.field.status')}
          placeholder={t('myRounds.filterStatus')}
          style={{ minWidth: 200 }}
          value={params.filters.status}
          onChange={(status?: string) => update({ status })}
          options={STATUSES.map((value) => ({ value, label: t(`roundStatus.${value}`) }))}
        />
      </Flex>
      {mine.isError ? (
        <ErrorResult error={mine.error} onRetry={() => void mine.refetch()} />
      ) : (
        <Table<Row>
          rowKey={(r) => r.round.id}
          columns={columns}
          dataSource={rows}
          loading={mine.isPending}
          locale={{
            emptyText: (
              <Empty
                description={
                  params.q || params.filters.status ? t('common:state.emptyFiltered') : t('myRounds.empty')
                }
              />
            ),
          }}
          onChange={(pagination, _filters, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const key = s?.order ? `${s.order === 'descend' ? '-' : ''}${String(s.columnKey)}` : undefined;
            update(
              {
                sort: key ?? 'status',
                page: (pagination.current ?? 1) - 1 || undefined,
                size: pagination.pageSize,
              },
              false,
            );
          }}
          pagination={{
            current: params.page + 1,
            pageSize: params.size,
            total: rows.length,
            showSizeChanger: true,
            hideOnSinglePage: false,
            showTotal: (count) => t('common:state.total', { count }),
          }}
        />
      )}
    </>
  );
}
