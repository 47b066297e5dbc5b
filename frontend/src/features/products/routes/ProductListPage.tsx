import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Select, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { UnitSelect } from '../../../components/UnitSelect';
import { Role } from '../../../lib/auth/roles';
import { useSession } from '../../../lib/auth/session';
import { serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import { CERTIFICATION_TYPES } from '../../certifications/api/certifications';
import { mayCreate } from '../../producers/api/permissions';
import { LAST_DAY_OF_DISTRICTS, OLD_PROVINCE, PROVINCE_TODAY } from '../../producers/api/units';
import { ExportButtons } from '../../producers/components/ExportButtons';
import {
  CERTIFICATE_STATUSES,
  PRODUCT_STATUSES,
  useProductGroups,
  useProducts,
  type Product,
  type ProductQuery,
} from '../api/products';
import { CertificateStatusTag, ProductStars, ProductStatusTag } from '../components/ProductTags';
import { EmptyText } from '../../../components/EmptyText';

export default function ProductListPage() {
  const { t } = useTranslation(['products', 'certifications', 'common']);
  const session = useSession();
  const navigate = useNavigate();
  const { params, query, update } = useListParams({ sort: 'name' });
  const products = useProducts(query as ProductQuery);
  const groups = useProductGroups();
  const districtScoped = session.hasRole(Role.DISTRICT_OFFICER, Role.DISTRICT_COUNCIL) && !!session.unit;
  const communeScoped = session.hasRole(Role.COMMUNE_OFFICER) && !session.hasRole(Role.OFFICE);
  const groupOptions = [
    ...new Map((groups.data?.items ?? []).map((g) => [g.code, { value: g.code, label: g.name }])).values(),
  ];
  const f = params.filters;

  const columns: TableColumnsType<Product> = [
    {
      title: t('field.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(params, 'name'),
      render: (name: string, p) => <Link to={`/products/${p.id}`}>{name}</Link>,
    },
    {
      title: t('field.producer'),
      dataIndex: 'producerName',
      key: 'producerName',
      sorter: true,
      sortOrder: sortOrderOf(params, 'producerName'),
      responsive: ['md'],
    },
    { title: t('field.group'), dataIndex: 'groupName', key: 'group', responsive: ['xl'] },
    {
      title: t('field.district'),
      key: 'districtCode',
      sorter: true,
      sortOrder: sortOrderOf(params, 'districtCode'),
      responsive: ['lg'],
      render: (_, p) => p.districtName ?? p.communeToday?.name,
    },
    {
      title: t('field.yearEntered'),
      dataIndex: 'yearEntered',
      key: 'yearEntered',
      sorter: true,
      sortOrder: sortOrderOf(params, 'yearEntered'),
    },
    { title: t('field.stars'), key: 'stars', render: (_, p) => <ProductStars stars={p.currentStars} /> },
    {
      title: t('field.certificateStatus'),
      key: 'certificateStatus',
      render: (_, p) => <CertificateStatusTag status={p.certificateStatus} />,
      responsive: ['lg'],
    },
    {
      title: t('field.status'),
      dataIndex: 'status',
      key: 'status',
      sorter: true,
      sortOrder: sortOrderOf(params, 'status'),
      render: (_, p) => <ProductStatusTag status={p.status} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          <>
            <ExportButtons path="/api/v1/products/export" query={query} fileName="san-pham-ocop" />
            {mayCreate(session) && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/products/new')}>
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
          aria-label={t('field.stars')}
          placeholder={t('filter.stars')}
          style={{ minWidth: 130 }}
          value={f.stars}
          onChange={(stars?: string) => update({ stars })}
          options={['3', '4', '5'].map((value) => ({
            value,
            label: t('stars.option', { count: Number(value) }),
          }))}
        />
        <Select
          allowClear
          aria-label={t('field.group')}
          placeholder={t('filter.group')}
          style={{ minWidth: 200 }}
          loading={groups.isFetching}
          value={f.groupCode}
          onChange={(groupCode?: string) => update({ groupCode })}
          options={groupOptions}
        />
        <Select
          allowClear
          aria-label={t('field.status')}
          placeholder={t('filter.status')}
          style={{ minWidth: 160 }}
          value={f.status}
          onChange={(status?: string) => update({ status })}
          options={PRODUCT_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
        <InputNumber
          aria-label={t('filter.year')}
          placeholder={t('filter.year')}
          min={2018}
          max={2100}
          style={{ width: 130 }}
          value={f.year ? Number(f.year) : null}
          onChange={(year) => update({ year: year ?? undefined })}
        />
        <Select
          allowClear
          aria-label={t('field.certificateStatus')}
          placeholder={t('filter.certificateStatus')}
          style={{ minWidth: 190 }}
          value={f.certificateStatus}
          onChange={(certificateStatus?: string) => update({ certificateStatus })}
          options={CERTIFICATE_STATUSES.map((value) => ({ value, label: t(`certificateStatus.${value}`) }))}
        />
        <Select
          allowClear
          aria-label={t('field.certificationType')}
          placeholder={t('filter.certificationType')}
          style={{ minWidth: 200 }}
          value={f.certificationType}
          onChange={(certificationType?: string) => update({ certificationType })}
          options={CERTIFICATION_TYPES.map((value) => ({ value, label: t(`certifications:type.${value}`) }))}
        />
        {!districtScoped && !communeScoped && (
          <UnitSelect
            parentCode={OLD_PROVINCE}
            asOf={LAST_DAY_OF_DISTRICTS}
            ariaLabel={t('field.district')}
            placeholder={t('filter.district')}
            value={f.districtCode}
            onChange={(districtCode) => update({ districtCode })}
          />
        )}
        {!communeScoped && (
          <UnitSelect
            parentCode={PROVINCE_TODAY}
            ariaLabel={t('field.communeToday')}
            placeholder={t('filter.communeToday')}
            value={f.communeCode}
            onChange={(communeCode) => update({ communeCode })}
          />
        )}
      </Flex>
      {products.isError ? (
        <ErrorResult error={products.error} onRetry={() => void products.refetch()} />
      ) : (
        <Table<Product>
          rowKey="id"
          columns={columns}
          dataSource={products.data?.items}
          loading={products.isFetching}
          scroll={{ x: true }}
          locale={{
            emptyText: (
              <EmptyText
                text={t(
                  params.q || Object.keys(f).length ? 'common:state.emptyFiltered' : 'common:state.empty',
                )}
              />
            ),
          }}
          {...serverTableProps<Product>(params, update, products.data?.total, products.data?.totalCapped)}
        />
      )}
    </>
  );
}
