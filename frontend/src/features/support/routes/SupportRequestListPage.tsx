import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { IfRole } from '../../../lib/auth/RequireRole';
import { formatDate } from '../../../lib/format';
import { emptyLabel, serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import { COMMERCE_WRITERS } from '../../commerce/lib/access';
import { yearOptions } from '../../commerce/lib/forms';
import {
  SUPPORT_STATUSES,
  SUPPORT_TYPES,
  useSupportRequests,
  type SupportQuery,
  type SupportRequest,
  type SupportType,
} from '../api/supportRequests';
import { SummaryHeader } from '../components/SummaryHeader';
import { SupportRequestFormModal } from '../components/SupportRequestFormModal';
import { SupportStatusTag } from '../components/SupportStatusTag';
import { EmptyText } from '../../../components/EmptyText';

export default function SupportRequestListPage() {
  const { t } = useTranslation(['support', 'common']);
  const navigate = useNavigate();
  const { params, query, update } = useListParams({ sort: '-requestedOn' });
  const requests = useSupportRequests(query as SupportQuery);
  const [creating, setCreating] = useState(false);
  const year = params.filters.year ? Number(params.filters.year) : undefined;

  const columns: TableColumnsType<SupportRequest> = [
    {
      title: t('field.producer'),
      dataIndex: 'producerName',
      key: 'producerName',
      sorter: true,
      sortOrder: sortOrderOf(params, 'producerName'),
      render: (name: string, r) => <Link to={`/support-requests/${r.id}`}>{name}</Link>,
    },
    {
      title: t('field.type'),
      dataIndex: 'type',
      key: 'type',
      sorter: true,
      sortOrder: sortOrderOf(params, 'type'),
      render: (type: SupportType) => t(`type.${type}`),
    },
    {
      title: t('field.description'),
      dataIndex: 'description',
      key: 'description',
      responsive: ['xl'],
      render: (text: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, maxWidth: 360 }}>
          {text}
        </Typography.Paragraph>
      ),
    },
    { title: t('field.district'), dataIndex: 'districtName', key: 'district', responsive: ['lg'] },
    {
      title: t('field.requestedOn'),
      dataIndex: 'requestedOn',
      key: 'requestedOn',
      sorter: true,
      sortOrder: sortOrderOf(params, 'requestedOn'),
      render: formatDate,
    },
    {
      title: t('field.status'),
      dataIndex: 'status',
      key: 'status',
      sorter: true,
      sortOrder: sortOrderOf(params, 'status'),
      render: (status: SupportRequest['status']) => <SupportStatusTag status={status} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          <IfRole roles={COMMERCE_WRITERS}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('create')}
            </Button>
          </IfRole>
        }
      />
      <SummaryHeader year={year} />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchBox value={params.q} onSearch={(q) => update({ q })} placeholder={t('searchPlaceholder')} />
        <Select
          allowClear
          aria-label={t('field.status')}
          placeholder={t('filter.status')}
          style={{ minWidth: 170 }}
          value={params.filters.status}
          onChange={(status?: string) => update({ status })}
          options={SUPPORT_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
        <Select
          allowClear
          aria-label={t('field.type')}
          placeholder={t('filter.type')}
          style={{ minWidth: 220 }}
          value={params.filters.type}
          onChange={(type?: string) => update({ type })}
          options={SUPPORT_TYPES.map((value) => ({ value, label: t(`type.${value}`) }))}
        />
        <Select
          allowClear
          aria-label={t('field.year')}
          placeholder={t('filter.year')}
          style={{ minWidth: 120 }}
          value={year}
          onChange={(y?: number) => update({ year: y })}
          options={yearOptions(2018)}
        />
      </Flex>
      {requests.isError ? (
        <ErrorResult error={requests.error} onRetry={() => void requests.refetch()} />
      ) : (
        <Table<SupportRequest>
          rowKey="id"
          columns={columns}
          dataSource={requests.data?.items}
          loading={requests.isFetching}
          scroll={{ x: true }}
          locale={{
            emptyText: <EmptyText text={emptyLabel(params)} />,
          }}
          {...serverTableProps<SupportRequest>(params, update, requests.data?.total)}
        />
      )}
      {creating && (
        <SupportRequestFormModal
          onClose={() => setCreating(false)}
          onCreated={(r) => void navigate(`/support-requests/${r.id}`)}
        />
      )}
    </>
  );
}
