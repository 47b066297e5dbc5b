import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../components/QueryState';
import { formatDateTime } from '../../../lib/format';
import type { AuditEntry } from '../api/producers';
import { EmptyText } from './EmptyText';

type Page = { items: AuditEntry[]; total: number; page: number; size: number };

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value as string | number | boolean);
}

/** The changes of an audit entry: field: from → to, one a line. */
export function ChangeList({ changes }: { changes: AuditEntry['changes'] }) {
  if (!changes) return null;
  const rows = Object.entries(changes as Record<string, unknown>);
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

/** Who changed what and when (a record's /history), newest first, paged by the API. */
export function HistoryTable({
  query,
  page,
  onPage,
}: {
  query: { data?: Page; isFetching: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation(['producers', 'common']);
  if (query.isError) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const columns: TableColumnsType<AuditEntry> = [
    { title: t('history.at'), dataIndex: 'at', key: 'at', render: formatDateTime, width: 160 },
    { title: t('history.actor'), dataIndex: 'actor', key: 'actor', width: 140 },
    {
      title: t('history.action'),
      dataIndex: 'action',
      key: 'action',
      width: 140,
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
      rowKey={(e) => `${e.at}-${e.action}-${e.actor}`}
      columns={columns}
      dataSource={query.data?.items}
      loading={query.isFetching}
      scroll={{ x: true }}
      locale={{ emptyText: <EmptyText text={t('common:state.empty')} /> }}
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
