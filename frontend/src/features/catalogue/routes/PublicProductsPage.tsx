import { Card, Col, Empty, Flex, Pagination, Row, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { formatDate } from '../../../lib/format';
import { useListParams } from '../../../lib/list/useListParams';
import { CertificateStatusTag } from '../../certificate/components/CertificateStatusTag';
import { Stars } from '../../certificate/components/Stars';
import { CERTIFICATE_STATUSES, certificateStatusKey } from '../../certificate/status';
import {
  GROUP_CODES,
  useFormerDistricts,
  usePublicProducts,
  type PublicProduct,
  type PublicProductQuery,
} from '../api/catalogue';

const SORTS = ['productName', '-stars', '-validUntil', '-issuedOn'];

function ProductCard({ product: p }: { product: PublicProduct }) {
  const { t } = useTranslation(['catalogue', 'certificate']);
  return (
    <Card size="small" style={{ height: '100%' }} data-testid="public-product">
      <Flex vertical gap={4}>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {p.productName}
        </Typography.Title>
        <Flex gap={8} align="center" wrap>
          <Stars count={p.stars} />
          <CertificateStatusTag status={p.certificateStatus} />
        </Flex>
        <Typography.Text>{p.producerName}</Typography.Text>
        <Typography.Text type="secondary">
          {[p.groupName, p.districtName].filter(Boolean).join(' · ')}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('products.validUntil', { date: formatDate(p.validUntil) })}
        </Typography.Text>
        <Link
          to={`/public/certificates/${encodeURIComponent(p.publicCode)}`}
          aria-label={`${t('products.lookup')}: ${p.productName}`}
        >
          {t('products.lookup')}
        </Link>
      </Flex>
    </Card>
  );
}

/** The public catalogue of certified products: search as you type, filters, paging; no login. */
export default function PublicProductsPage() {
  const { t } = useTranslation(['catalogue', 'certificate', 'common']);
  const { params, query, update } = useListParams({ sort: 'productName', size: 12 });
  const products = usePublicProducts(query as PublicProductQuery);
  const districts = useFormerDistricts();
  const filtered = Boolean(params.q) || Object.keys(params.filters).length > 0;

  return (
    <>
      <PageHeader
        title={t('products.title')}
        subtitle={t('products.subtitle')}
        extra={<Link to="/public/certificates">{t('lookup.title')}</Link>}
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchBox
          value={params.q}
          onSearch={(q) => update({ q })}
          placeholder={t('products.searchPlaceholder')}
        />
        <Select
          allowClear
          aria-label={t('certificate:certificate.stars')}
          placeholder={t('products.filter.stars')}
          style={{ minWidth: 140 }}
          value={params.filters.stars}
          onChange={(stars?: string) => update({ stars })}
          options={['3', '4', '5'].map((v) => ({
            value: v,
            label: t('certificate:starsWords', { count: Number(v) }),
          }))}
        />
        <Select
          allowClear
          aria-label={t('products.group')}
          placeholder={t('products.filter.group')}
          style={{ minWidth: 200 }}
          value={params.filters.groupCode}
          onChange={(groupCode?: string) => update({ groupCode })}
          options={GROUP_CODES.map((value) => ({ value, label: t(`group.${value}`) }))}
        />
        <Select
          allowClear
          aria-label={t('certificate:certificate.status')}
          placeholder={t('products.filter.status')}
          style={{ minWidth: 160 }}
          value={params.filters.status}
          onChange={(status?: string) => update({ status })}
          options={CERTIFICATE_STATUSES.map((value) => ({ value, label: t(certificateStatusKey(value)) }))}
        />
        <Select
          allowClear
          aria-label={t('products.place')}
          placeholder={t('products.filter.district')}
          style={{ minWidth: 220 }}
          loading={districts.isPending}
          value={params.filters.districtCode}
          onChange={(districtCode?: string) => update({ districtCode })}
          options={(districts.data?.items ?? []).map((d) => ({ value: d.code, label: d.name }))}
        />
        <Select
          aria-label={t('products.filter.sort')}
          style={{ minWidth: 200 }}
          value={params.sort}
          onChange={(sort: string) => update({ sort })}
          options={SORTS.map((value) => ({ value, label: t(`products.sort.${value}`) }))}
        />
      </Flex>
      {products.isPending ? (
        <Skeleton active aria-busy="true" aria-label={t('common:state.loading')} />
      ) : products.isError ? (
        <ErrorResult error={products.error} onRetry={() => void products.refetch()} />
      ) : products.data.items.length === 0 ? (
        <Empty description={t(filtered ? 'common:state.emptyFiltered' : 'common:state.empty')} />
      ) : (
        <div style={{ opacity: products.isPlaceholderData ? 0.5 : 1 }} aria-busy={products.isFetching}>
          <Row gutter={[16, 16]}>
            {products.data.items.map((p) => (
              <Col xs={24} sm={12} lg={8} key={p.productId}>
                <ProductCard product={p} />
              </Col>
            ))}
          </Row>
          <Flex justify="end" style={{ marginTop: 16 }}>
            <Pagination
              current={params.page + 1}
              pageSize={params.size}
              total={products.data.total}
              showSizeChanger
              pageSizeOptions={[12, 24, 48, 96]}
              showTotal={(count) => t('products.count', { count })}
              locale={{ items_per_page: t('common:pager.perPage') }}
              onChange={(page, size) =>
                update(
                  size !== params.size
                    ? { page: undefined, size: size === 12 ? undefined : size }
                    : { page: page - 1 === 0 ? undefined : page - 1 },
                  false,
                )
              }
            />
          </Flex>
        </div>
      )}
    </>
  );
}
