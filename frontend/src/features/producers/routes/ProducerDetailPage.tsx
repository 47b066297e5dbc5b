import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Table, Tabs, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult, QueryState } from '../../../components/QueryState';
import { useSession } from '../../../lib/auth/session';
import { formatDate, formatDateTime } from '../../../lib/format';
import { ProductStars, ProductStatusTag } from '../../products/components/ProductTags';
import { useProducts, type Product } from '../../products/api/products';
import { mayEditInDistrict } from '../api/permissions';
import { useDeleteProducer, useProducer, useProducerHistory, type Producer } from '../api/producers';
import { DeleteButton } from '../components/DeleteButton';
import { HistoryTable } from '../../../components/HistoryTable';
import { EmptyText } from '../../../components/EmptyText';

type Unit = Producer['commune'];

function UnitName({ unit, none }: { unit: Unit; none: string }) {
  return unit ? <>{unit.name}</> : <>{none}</>;
}

function ProducerProducts({ producerId }: { producerId: number }) {
  const { t } = useTranslation(['products', 'common']);
  const [page, setPage] = useState(0);
  const products = useProducts({ producerId, page, size: 20, sort: 'name' });
  if (products.isError) return <ErrorResult error={products.error} onRetry={() => void products.refetch()} />;
  const columns: TableColumnsType<Product> = [
    {
      title: t('field.name'),
      dataIndex: 'name',
      key: 'name',
      render: (name: string, p) => <Link to={`/products/${p.id}`}>{name}</Link>,
    },
    { title: t('field.group'), dataIndex: 'groupName', key: 'group', responsive: ['md'] },
    { title: t('field.yearEntered'), dataIndex: 'yearEntered', key: 'yearEntered' },
    { title: t('field.stars'), key: 'stars', render: (_, p) => <ProductStars stars={p.currentStars} /> },
    { title: t('field.status'), key: 'status', render: (_, p) => <ProductStatusTag status={p.status} /> },
  ];
  return (
    <Table<Product>
      rowKey="id"
      columns={columns}
      dataSource={products.data?.items}
      loading={products.isFetching}
      scroll={{ x: true }}
      locale={{ emptyText: <EmptyText text={t('common:state.empty')} /> }}
      pagination={{
        current: page + 1,
        pageSize: 20,
        total: products.data?.total ?? 0,
        showSizeChanger: false,
        onChange: (p) => setPage(p - 1),
      }}
    />
  );
}

function ProducerHistory({ id }: { id: number }) {
  const [page, setPage] = useState(0);
  const history = useProducerHistory(id, page);
  return <HistoryTable query={history} page={page} onPage={setPage} />;
}

export default function ProducerDetailPage() {
  const { t } = useTranslation(['producers', 'common']);
  const id = Number(useParams().id);
  const session = useSession();
  const navigate = useNavigate();
  const producer = useProducer(id);
  const remove = useDeleteProducer(id);

  if (!Number.isInteger(id) || id < 1) return <ErrorResult error={new Error(t('common:problem.notFound'))} />;

  return (
    <QueryState query={producer}>
      {({ data: p, etag }) => {
        const editable = mayEditInDistrict(session, p.districtCode);
        return (
          <>
            <PageHeader
              title={p.name}
              subtitle={t(`type.${p.type}`)}
              extra={
                editable && (
                  <>
                    <Button icon={<EditOutlined />} onClick={() => void navigate(`/producers/${id}/edit`)}>
                      {t('common:action.edit')}
                    </Button>
                    <DeleteButton
                      pending={remove.isPending}
                      onDelete={() => remove.mutateAsync(etag)}
                      onDone={() => void navigate('/producers')}
                    />
                  </>
                )
              }
            />
            <Tabs
              items={[
                {
                  key: 'info',
                  label: t('detail.tabs.info'),
                  children: (
                    <Descriptions
                      bordered
                      size="small"
                      column={{ xs: 1, sm: 1, md: 2 }}
                      items={[
                        { key: 'type', label: t('field.type'), children: t(`type.${p.type}`) },
                        {
                          key: 'registeredOn',
                          label: t('field.registeredOn'),
                          children: formatDate(p.registeredOn),
                        },
                        { key: 'district', label: t('field.district'), children: p.districtName ?? '—' },
                        {
                          key: 'commune',
                          label: t('field.commune'),
                          children: <UnitName unit={p.commune} none={t('detail.noCommune')} />,
                        },
                        {
                          key: 'communeToday',
                          label: t('field.communeToday'),
                          children: <UnitName unit={p.communeToday} none={t('detail.noCommune')} />,
                        },
                        { key: 'taxCode', label: t('field.taxCode'), children: p.taxCode ?? '—' },
                        {
                          key: 'representative',
                          label: t('field.representative'),
                          children: p.representative ?? '—',
                        },
                        { key: 'phone', label: t('field.phone'), children: p.phone ?? '—' },
                        { key: 'email', label: t('field.email'), children: p.email ?? '—' },
                        { key: 'address', label: t('field.address'), children: p.address ?? '—' },
                        { key: 'createdBy', label: t('field.createdBy'), children: p.createdBy },
                        {
                          key: 'updatedAt',
                          label: t('field.updatedAt'),
                          children: `${formatDateTime(p.updatedAt)} (${p.updatedBy})`,
                        },
                      ]}
                    />
                  ),
                },
                {
                  key: 'products',
                  label: t('detail.tabs.products'),
                  children: <ProducerProducts producerId={id} />,
                },
                { key: 'history', label: t('detail.tabs.history'), children: <ProducerHistory id={id} /> },
              ]}
            />
          </>
        );
      }}
    </QueryState>
  );
}
