import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { UnitSelect } from '../../../components/UnitSelect';
import { Role } from '../../../lib/auth/roles';
import { useSession } from '../../../lib/auth/session';
import { formatDate } from '../../../lib/format';
import { emptyLabel, serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import { mayCreate } from '../api/permissions';
import { LAST_DAY_OF_DISTRICTS, OLD_PROVINCE, PROVINCE_TODAY } from '../api/units';
import {
  PRODUCER_TYPES,
  useProducers,
  type Producer,
  type ProducerQuery,
  type ProducerType,
} from '../api/producers';
import { ExportButtons } from '../components/ExportButtons';
import { EmptyText } from '../../../components/EmptyText';

export default function ProducerListPage() {
  const { t } = useTranslation(['producers', 'common']);
  const session = useSession();
  const navigate = useNavigate();
  const { params, query, update } = useListParams({ sort: 'name' });
  const producers = useProducers(query as ProducerQuery);
  const districtScoped = session.hasRole(Role.DISTRICT_OFFICER, Role.DISTRICT_COUNCIL) && !!session.unit;
  const communeScoped = session.hasRole(Role.COMMUNE_OFFICER) && !session.hasRole(Role.OFFICE);

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
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          <>
            <ExportButtons path="/api/v1/producers/export" query={query} fileName="chu-the-ocop" />
            {mayCreate(session) && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/producers/new')}>
                {t('common:action.create')}
              </Button>
            )}
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchBox value={params.q} onSearch={(q) => update({ q })} />
        <Select
          allowClear
          aria-label={t('field.type')}
          placeholder={t('filter.type')}
          style={{ minWidth: 180 }}
          value={params.filters.type}
          onChange={(type?: string) => update({ type })}
          options={PRODUCER_TYPES.map((value) => ({ value, label: t(`type.${value}`) }))}
        />
        {!districtScoped && !communeScoped && (
          <UnitSelect
            parentCode={OLD_PROVINCE}
            asOf={LAST_DAY_OF_DISTRICTS}
            ariaLabel={t('field.district')}
            placeholder={t('filter.district')}
            value={params.filters.districtCode}
            onChange={(districtCode) => update({ districtCode })}
          />
        )}
        {!communeScoped && (
          <UnitSelect
            parentCode={PROVINCE_TODAY}
            ariaLabel={t('field.communeToday')}
            placeholder={t('filter.communeToday')}
            value={params.filters.communeCode}
            onChange={(communeCode) => update({ communeCode })}
          />
        )}
      </Flex>
      {producers.isError ? (
        <ErrorResult error={producers.error} onRetry={() => void producers.refetch()} />
      ) : (
        <Table<Producer>
          rowKey="id"
          columns={columns}
          dataSource={producers.data?.items}
          loading={producers.isFetching}
          scroll={{ x: true }}
          locale={{
            emptyText: <EmptyText text={emptyLabel(params)} />,
          }}
          {...serverTableProps<Producer>(params, update, producers.data?.total, producers.data?.totalCapped)}
        />
      )}
    </>
  );
}
