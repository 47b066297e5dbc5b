import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../components/QueryState';
import type { Schemas } from '../../../lib/api/client';
import { formatDateTime } from '../../../lib/format';

type AuditEntry = Schemas['AuditEntry'];
type Page = Schemas['PageAuditEntry'];

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') {
    const text = JSON.stringify(value);
    return text.length > 160 ? `${text.slice(0, 157)}…` : text;
  }
  return String(value);
}

/** A record's audit trail: who did what and when, with each changed field's before → after. */
export function HistoryTable({
  query,
  page,
  onPage,
}: {
  query: { data?: Page; isFetching: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation(['rounds', 'common']);
  if (query.isError) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const columns: TableColumnsType<AuditEntry> = [
    { title: t('history.at'), dataIndex: 'at', key: 'at', render: formatDateTime, width: 150 },
    { title: t('history.actor'), dataIndex: 'actor', key: 'actor', width: 140 },
    { title: t('history.action'), dataIndex: 'action', key: 'action', width: 160 },
    {
      title: t('history.changes'),
      key: 'changes',
      render: (_, a) => (
        <>
          {Object.entries(a.changes ?? {}).map(([field, change]) => (
            <div key={field}>
              <Typography.Text strong>{field}</Typography.Text>: {show(change?.from)} → {show(change?.to)}
            </div>
          ))}
          {a.note && <Typography.Text type="secondary">{a.note}</Typography.Text>}
        </>
      ),
    },
  ];
  return (
    <Table<AuditEntry>
      rowKey={(a, i) => `${a.at}-${a.action}-${i}`}
      size="small"
      columns={columns}
      dataSource={query.data?.items}
      loading={query.isFetching}
      scroll={{ x: true }}
      locale={{ emptyText: t('common:state.empty') }}
      pagination={{
        current: page + 1,
        pageSize: 20,
        total: query.data?.total ?? 0,
        showSizeChanger: false,
        onChange: (p) => onPage(p - 1),
      }}
    />
  );
}
