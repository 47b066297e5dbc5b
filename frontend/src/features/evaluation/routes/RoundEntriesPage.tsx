import { ArrowLeftOutlined, CrownOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult, QueryState } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { StatusTag } from '../../../components/StatusTag';
import { useSession } from '../../../lib/auth/session';
import { formatDate } from '../../../lib/format';
import { serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import {
  useCouncil,
  useMySheets,
  useRound,
  useRoundEntries,
  type Entry,
  type RoundEntryQuery,
} from '../api/council';
import { TOUCH } from '../components/ScoreSheetForm';
import { roundStatusTone } from './MyRoundsPage';

/** A round the member sits on: its council and its entries, with where the member stands on each. */
export default function RoundEntriesPage() {
  const { t } = useTranslation(['evaluation', 'common']);
  const id = Number(useParams().id);
  const session = useSession();
  const navigate = useNavigate();
  const round = useRound(id);
  const council = useCouncil(id);
  const { params, query, update } = useListParams({ sort: 'productName' });
  const entries = useRoundEntries(id, query as RoundEntryQuery);
  const mySheets = useMySheets(id, session.username);

  if (round.isError) return <ErrorResult error={round.error} onRetry={() => void round.refetch()} />;

  const seat = council.data?.members.find((m) => m.username === session.username);
  const scoring = round.data?.status === 'SCORING';

  const columns: TableColumnsType<Entry> = [
    {
      title: t('round.field.product'),
      dataIndex: 'productName',
      key: 'productName',
      sorter: true,
      sortOrder: sortOrderOf(params, 'productName'),
      render: (name: string, e) => <Link to={`/council/entries/${e.id}`}>{name}</Link>,
    },
    {
      title: t('round.field.producer'),
      dataIndex: 'producerName',
      key: 'producerName',
      sorter: true,
      sortOrder: sortOrderOf(params, 'producerName'),
      responsive: ['md'],
    },
    {
      title: t('round.field.set'),
      key: 'set',
      responsive: ['xl'],
      render: (_, e) => `${e.snapshot.productSetNumber}. ${e.snapshot.productSetName}`,
    },
    {
      title: t('round.field.mySheet'),
      key: 'mySheet',
      render: (_, e) => {
        const s = mySheets.data?.get(e.id);
        if (!s) return <StatusTag tone="neutral">{t('sheetStatus.NONE')}</StatusTag>;
        return (
          <StatusTag tone={s.status === 'SUBMITTED' ? 'success' : 'warning'}>
            {t(`sheetStatus.${s.status}`)} · {s.total}
          </StatusTag>
        );
      },
    },
    {
      title: t('round.field.submitted'),
      key: 'submitted',
      align: 'right',
      responsive: ['lg'],
      render: (_, e) =>
        t('round.submittedOf', { submitted: e.submittedSheets, members: round.data?.memberCount ?? 0 }),
    },
    {
      title: t('round.field.action'),
      key: 'action',
      render: (_, e) => {
        const s = mySheets.data?.get(e.id);
        const toScore = scoring && seat !== undefined && s?.status !== 'SUBMITTED';
        return (
          <Button
            type={toScore ? 'primary' : 'default'}
            style={TOUCH}
            onClick={() => void navigate(`/council/entries/${e.id}`)}
            aria-label={`${toScore ? t('round.score') : t('round.view')}: ${e.productName}`}
          >
            {toScore ? t('round.score') : t('round.view')}
          </Button>
        );
      },
    },
  ];

  return (
    <>
      <Link to="/council" style={{ display: 'inline-flex', alignItems: 'center', minHeight: 44 }}>
        <ArrowLeftOutlined aria-hidden style={{ marginInlineEnd: 6 }} /> {t('round.back')}
      </Link>
      <QueryState query={round}>
        {(r) => (
          <>
            <PageHeader
              title={r.name}
              subtitle={`${t(`level.${r.level}`)} · ${r.adminUnitName} · ${formatDate(r.opensOn)} – ${formatDate(r.closesOn)}`}
              extra={
                <Flex gap={8} align="center" wrap>
                  <StatusTag tone={roundStatusTone(r.status)}>{t(`roundStatus.${r.status}`)}</StatusTag>
                  {seat && <StatusTag tone="info">{t(seat.chair ? 'seat.chair' : 'seat.member')}</StatusTag>}
                </Flex>
              }
            />
            {!scoring && (
              <Alert type="info" showIcon title={t('round.notScoring')} style={{ marginBottom: 16 }} />
            )}
            <Card size="small" title={t('round.council')} style={{ marginBottom: 16 }}>
              {council.isError ? (
                <ErrorResult error={council.error} />
              ) : (
                <>
                  <Flex gap={8} wrap style={{ marginBottom: 8 }}>
                    {(council.data?.members ?? []).map((m) => (
                      <StatusTag key={m.username} tone={m.chair ? 'info' : 'neutral'}>
                        {m.chair && <CrownOutlined aria-hidden />} {m.fullName}
                        {m.position ? ` — ${m.position}` : ''}
                        {m.chair ? ` (${t('seat.chair')})` : ''}
                      </StatusTag>
                    ))}
                  </Flex>
                  {council.data && (
                    <Descriptions
                      size="small"
                      column={{ xs: 1, md: 2 }}
                      items={[
                        {
                          key: 'quorum',
                          children: t('round.quorum', { percent: council.data.quorumPercent }),
                        },
                        {
                          key: 'spread',
                          children: t('round.spreadLimit', { limit: council.data.spreadLimit }),
                        },
                      ]}
                    />
                  )}
                </>
              )}
            </Card>
          </>
        )}
      </QueryState>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('round.entries')}
      </Typography.Title>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchBox
          value={params.q}
          onSearch={(q) => update({ q })}
          placeholder={t('round.searchPlaceholder')}
        />
      </Flex>
      {entries.isError ? (
        <ErrorResult error={entries.error} onRetry={() => void entries.refetch()} />
      ) : (
        <Table<Entry>
          rowKey="id"
          columns={columns}
          dataSource={entries.data?.items}
          loading={entries.isFetching}
          data-testid="round-entries"
          locale={{ emptyText: t(params.q ? 'common:state.emptyFiltered' : 'common:state.empty') }}
          {...serverTableProps<Entry>(params, update, entries.data?.total)}
        />
      )}
    </>
  );
}
