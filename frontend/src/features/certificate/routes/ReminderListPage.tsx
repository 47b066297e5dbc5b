import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { problemMessage } from '../../../components/ProblemAlert';
import { ErrorResult } from '../../../components/QueryState';
import { formatDate, formatDateTime } from '../../../lib/format';
import { serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import { useReminders, useRunReminders, type Reminder, type ReminderQuery } from '../api/certificates';
import { EmptyText } from '../../../components/EmptyText';

export default function ReminderListPage() {
  const { t } = useTranslation(['certificate', 'common']);
  const { message } = App.useApp();
  const { params, query, update } = useListParams({ sort: '-recordedAt' });
  const reminders = useReminders(query as ReminderQuery);
  const run = useRunReminders();

  const columns: TableColumnsType<Reminder> = [
    {
      title: t('certificate.productCode'),
      dataIndex: 'productCode',
      render: (code: string, r) => <Link to={`/ocop-certificates/${r.certificateId}`}>{code}</Link>,
    },
    { title: t('certificate.product'), dataIndex: 'productName' },
    {
      title: t('certificate.validUntil'),
      dataIndex: 'validUntil',
      key: 'validUntil',
      sorter: true,
      sortOrder: sortOrderOf(params, 'validUntil'),
      render: formatDate,
    },
    {
      title: t('reminders.recordedAt'),
      dataIndex: 'recordedAt',
      key: 'recordedAt',
      sorter: true,
      sortOrder: sortOrderOf(params, 'recordedAt'),
      render: formatDateTime,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('reminders.title')}
        subtitle={t('reminders.subtitle')}
        extra={
          <Button
            icon={<ReloadOutlined />}
            loading={run.isPending}
            disabled={run.isPending}
            onClick={() =>
              run.mutate(undefined, {
                onSuccess: (counts) => {
                  const count = Object.values(counts).reduce((a, b) => a + b, 0);
                  void message.success(t('reminders.ran', { count }));
                },
                onError: (e) => void message.error(problemMessage(e, t)),
              })
            }
          >
            {t('reminders.run')}
          </Button>
        }
      />
      {reminders.isError ? (
        <ErrorResult error={reminders.error} onRetry={() => void reminders.refetch()} />
      ) : (
        <Table<Reminder>
          rowKey={(r) => `${r.certificateId}:${r.recordedAt}`}
          columns={columns}
          dataSource={reminders.data?.items}
          loading={reminders.isFetching}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText text={t('common:state.empty')} /> }}
          {...serverTableProps<Reminder>(params, update, reminders.data?.total)}
        />
      )}
    </>
  );
}
