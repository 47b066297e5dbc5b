import { Flex, Select, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { formatDate } from '../../../lib/format';
import { serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import { useProducers, type Producer, type ProducerQuery, type ProducerType } from '../api/producers';

const TYPES: ProducerType[] = ['ENTERPRISE', 'COOPERATIVE', 'COOPERATIVE_GROUP', 'HOUSEHOLD_BUSINESS'];

export default function ProducerListPage() {
  const { t } = useTranslation(['producers', 'common']);
  const { params, query, update } = useListParams({ sort: 'name' });
  const producers = useProducers(query as ProducerQuery);

  const columns: TableColumnsType<Producer> = [
    {
      title: t('field.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(params, 'name'),
      render: (name: string, p) => <Link to={`/producers/${p.id}`}>{name}</Link>,
    },
    {
      title: t('field.type'),
      dataIndex: 'type',
      key: 'type',
      sorter: true,
      sortOrder: sortOrderOf(params, 'type'),
      render: (type: ProducerType) => t(`type.${type}`),
    },
    { title: t('field.communeToday'), key: 'communeToday', render: (_, p) => p.communeToday?.name },
    {
      title: t('field.district'),
      dataIndex: 'districtName',
      key: 'districtCode',
      sorter: true,
      sortOrder: sortOrderOf(params, 'districtCode'),
      responsive: ['lg'],
    },
    {
      title: t('field.registeredOn'),
      dataIndex: 'registeredOn',
      key: 'registeredOn',
      sorter: true,
      sortOrder: sortOrderOf(params, 'registeredOn'),
      render: formatDate,
    },
  ];

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchBox value={params.q} onSearch={(q) => update({ q })} />
        <Select
          allowClear
          aria-label={t('field.type')}
          placeholder={t('filter.type')}
          style={{ minWidth: 180 }}
          value={params.filters.type}
          onChange={(type?: string) => update({ type })}
          options={TYPES.map((value) => ({ value, label: t(`type.${value}`) }))}
        />
      </Flex>
      {producers.isError ? (
        <ErrorResult error={producers.error} onRetry={() => void producers.refetch()} />
      ) : (
        <Table<Producer>
          rowKey="id"
          columns={columns}
          dataSource={producers.data?.items}
          loading={producers.isFetching}
          locale={{
            emptyText: t(
              params.q || Object.keys(params.filters).length
                ? 'common:state.emptyFiltered'
                : 'common:state.empty',
            ),
          }}
          {...serverTableProps<Producer>(
            params,
            update,
            producers.data?.total,
            t('common:pager.perPage'),
            (count) => t('common:state.total', { count }),
          )}
        />
      )}
    </>
  );
}
