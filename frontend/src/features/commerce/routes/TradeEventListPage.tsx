import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { IfRole } from '../../../lib/auth/RequireRole';
import { formatDate } from '../../../lib/format';
import { emptyLabel, serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import {
  EVENT_KINDS,
  useTradeEvents,
  type TradeEvent,
  type TradeEventKind,
  type TradeEventQuery,
} from '../api/tradeEvents';
import { TradeEventFormModal } from '../components/TradeEventFormModal';
import { OFFICE_ONLY } from '../lib/access';
import { yearOptions } from '../lib/forms';
import { EmptyText } from '../../../components/EmptyText';

export default function TradeEventListPage() {
  const { t } = useTranslation(['commerce', 'common']);
  const navigate = useNavigate();
  const { params, query, update } = useListParams({ sort: '-startsOn' });
  const events = useTradeEvents(query as TradeEventQuery);
  const [creating, setCreating] = useState(false);
  const [host, setHost] = useState(params.filters.hostProvince ?? '');

  const columns: TableColumnsType<TradeEvent> = [
    {
      title: t('event.field.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(params, 'name'),
      render: (name: string, e) => <Link to={`/trade-events/${e.id}`}>{name}</Link>,
    },
    {
      title: t('event.field.kind'),
      dataIndex: 'kind',
      key: 'kind',
      sorter: true,
      sortOrder: sortOrderOf(params, 'kind'),
      render: (kind: TradeEventKind) => t(`event.kind.${kind}`),
      responsive: ['md'],
    },
    {
      title: t('event.field.hostProvince'),
      dataIndex: 'hostProvince',
      key: 'hostProvince',
      sorter: true,
      sortOrder: sortOrderOf(params, 'hostProvince'),
    },
    { title: t('event.field.venue'), dataIndex: 'venue', key: 'venue', responsive: ['xl'] },
    {
      title: t('event.field.startsOn'),
      dataIndex: 'startsOn',
      key: 'startsOn',
      sorter: true,
      sortOrder: sortOrderOf(params, 'startsOn'),
      render: formatDate,
    },
    {
      title: t('event.field.endsOn'),
      dataIndex: 'endsOn',
      key: 'endsOn',
      sorter: true,
      sortOrder: sortOrderOf(params, 'endsOn'),
      render: formatDate,
      responsive: ['lg'],
    },
  ];

  return (
    <>
      <PageHeader
        title={t('event.title')}
        subtitle={t('event.subtitle')}
        extra={
          <IfRole roles={OFFICE_ONLY}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('event.create')}
            </Button>
          </IfRole>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchBox value={params.q} onSearch={(q) => update({ q })} />
        <Select
          allowClear
          aria-label={t('event.field.kind')}
          placeholder={t('event.filterKind')}
          style={{ minWidth: 170 }}
          value={params.filters.kind}
          onChange={(kind?: string) => update({ kind })}
          options={EVENT_KINDS.map((value) => ({ value, label: t(`event.kind.${value}`) }))}
        />
        <Select
          allowClear
          aria-label={t('event.field.year')}
          placeholder={t('event.filterYear')}
          style={{ minWidth: 120 }}
          value={params.filters.year ? Number(params.filters.year) : undefined}
          onChange={(year?: number) => update({ year })}
          options={yearOptions()}
        />
        <Input.Search
          allowClear
          aria-label={t('event.filterHost')}
          placeholder={t('event.filterHost')}
          style={{ maxWidth: 240 }}
          value={host}
          onChange={(e) => setHost(e.target.value)}
          onSearch={(v) => update({ hostProvince: v.trim() || undefined })}
        />
      </Flex>
      {events.isError ? (
        <ErrorResult error={events.error} onRetry={() => void events.refetch()} />
      ) : (
        <Table<TradeEvent>
          rowKey="id"
          columns={columns}
          dataSource={events.data?.items}
          loading={events.isFetching}
          scroll={{ x: true }}
          locale={{
            emptyText: <EmptyText text={emptyLabel(params)} />,
          }}
          {...serverTableProps<TradeEvent>(params, update, events.data?.total)}
        />
      )}
      {creating && (
        <TradeEventFormModal
          onClose={() => setCreating(false)}
          onCreated={(e) => void navigate(`/trade-events/${e.id}`)}
        />
      )}
    </>
  );
}
