import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../components/QueryState';
import { formatDateTime } from '../../../lib/format';
import type { AuditEntry } from '../api/history';
import { EmptyText } from './EmptyText';

interface HistoryPage {
  items: AuditEntry[];
  total: number;
  size: number;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value as string | number | boolean);
}

/** Field → from → to, one per line; long values (a contract's lines) are cut short. */
function Changes({ changes }: { changes: AuditEntry['changes'] }) {
  if (!changes) return null;
  const entries = Object.entries(changes);
  if (entries.length === 0) return null;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
      {entries.map(([field, change]) => {
        const c = change as { from?: unknown; to?: unknown };
        return (
          <li key={field}>
            <Typography.Text code>{field}</Typography.Text>{' '}
            <Typography.Text ellipsis style={{ maxWidth: 420 }}>
              {show(c.from)} → {show(c.to)}
            </Typography.Text>
          </li>
        );
      })}
    </ul>
  );
}

/** Who changed what and when (a record's `/history`), newest first, paged on the server. */
export function HistoryTable({
  query,
  page,
  onPage,
}: {
  query: {
    data?: HistoryPage;
    isFetching: boolean;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation(['commerce', 'common']);
  if (query.isError) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const columns: TableColumnsType<AuditEntry> = [
    { title: t('history.at'), dataIndex: 'at', key: 'at', render: formatDateTime, width: 150 },
    { title: t('history.actor'), dataIndex: 'actor', key: 'actor', width: 130 },
    {
      title: t('history.action'),
      dataIndex: 'action',
      key: 'action',
      width: 150,
      render: (action: string) => t(`history.actions.${action}`, { defaultValue: action }),
    },
    { title: t('history.note'), dataIndex: 'note', key: 'note' },
    {
      title: t('history.changes'),
      key: 'changes',
      responsive: ['lg'],
      render: (_, entry) => <Changes changes={entry.changes} />,
    },
  ];
  return (
    <Table<AuditEntry>
      rowKey={(e) => `${e.at}-${e.action}-${e.actor}`}
      size="small"
      columns={columns}
      dataSource={query.data?.items}
      loading={query.isFetching}
      locale={{ emptyText: <EmptyText text={t('common:state.empty')} /> }}
      scroll={{ x: true }}
      pagination={{
        current: page + 1,
        pageSize: query.data?.size ?? 10,
        total: query.data?.total ?? 0,
        onChange: (p) => onPage(p - 1),
        hideOnSinglePage: true,
      }}
    />
  );
}
