import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../lib/api/client';
import { formatDateTime } from '../lib/format';
import { ErrorResult } from './QueryState';

type AuditEntry = Schemas['AuditEntry'];
type AuditPage = Schemas['PageAuditEntry'];

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') {
    const text = JSON.stringify(value);
    return text.length > 160 ? `${text.slice(0, 157)}…` : text;
  }
  return String(value as string | number | boolean);
}

/** The changes of an audit entry: field: from → to, one a line. */
function ChangeList({ changes }: { changes: AuditEntry['changes'] }) {
  const rows = Object.entries((changes ?? {}) as Record<string, unknown>);
  if (rows.length === 0) return null;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {rows.map(([field, change]) => {
        const c = (change ?? {}) as { from?: unknown; to?: unknown };
        const pair = typeof change === 'object' && change !== null && ('from' in c || 'to' in c);
        return (
          <li key={field}>
            <Typography.Text code>{field}</Typography.Text>{' '}
            {pair ? `${show(c.from)} → ${show(c.to)}` : show(change)}
          </li>
        );
      })}
    </ul>
  );
}

/** Who changed what and when (any record's `/history`), newest first, paged by the API. */
export function HistoryTable({
  query,
  page,
  onPage,
}: {
  query: { data?: AuditPage; isFetching: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (query.isError) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const columns: TableColumnsType<AuditEntry> = [
    { title: t('history.at'), dataIndex: 'at', key: 'at', render: formatDateTime, width: 150 },
    { title: t('history.actor'), dataIndex: 'actor', key: 'actor', width: 140 },
    {
      title: t('history.action'),
      dataIndex: 'action',
      key: 'action',
      width: 150,
      render: (action: string) => t(`history.actions.${action}`, { defaultValue: action }),
    },
    {
      title: t('history.changes'),
      key: 'changes',
      render: (_, e) => (
        <>
          <ChangeList changes={e.changes} />
          {e.note && <Typography.Text type="secondary">{e.note}</Typography.Text>}
        </>
      ),
    },
  ];
  return (
    <Table<AuditEntry>
      rowKey={(e, i) => `${e.at}-${e.action}-${i}`}
      size="small"
      columns={columns}
      dataSource={query.data?.items}
      loading={query.isFetching}
      scroll={{ x: true }}
      locale={{ emptyText: t('state.empty') }}
      pagination={{
        current: page + 1,
        pageSize: query.data?.size ?? 20,
        total: query.data?.total ?? 0,
        showSizeChanger: false,
        hideOnSinglePage: true,
        onChange: (p) => onPage(p - 1),
      }}
    />
  );
}
