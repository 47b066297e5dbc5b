import { Flex, InputNumber, Select, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { formatDate } from '../../../lib/format';
import { serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import { useCertificates, type Certificate, type CertificateQuery } from '../api/certificates';
import { CertificateStatusTag } from '../components/CertificateStatusTag';
import { Stars } from '../components/Stars';
import { CERTIFICATE_STATUSES, certificateStatusKey } from '../status';
import { EmptyText } from '../../../components/EmptyText';

export default function CertificateListPage() {
  const { t } = useTranslation(['certificate', 'common']);
  const { params, query, update } = useListParams({ sort: '-issuedOn' });
  const certificates = useCertificates(query as CertificateQuery);

  const sorted = (key: string) => ({ key, sorter: true, sortOrder: sortOrderOf(params, key) });
  const columns: TableColumnsType<Certificate> = [
    {
      title: t('certificate.productCode'),
      dataIndex: 'productCode',
      ...sorted('productCode'),
      render: (code: string, c) => <Link to={`/ocop-certificates/${c.id}`}>{code}</Link>,
    },
    { title: t('certificate.product'), dataIndex: 'productName', ...sorted('productName') },
    { title: t('certificate.producer'), dataIndex: 'producerName', responsive: ['lg'] },
    {
      title: t('certificate.stars'),
      dataIndex: 'stars',
      ...sorted('stars'),
      render: (n: number) => <Stars count={n} />,
    },
    {
      title: t('certificate.issuedOn'),
      dataIndex: 'issuedOn',
      ...sorted('issuedOn'),
      render: formatDate,
      responsive: ['md'],
    },
    {
      title: t('certificate.validUntil'),
      dataIndex: 'validUntil',
      ...sorted('validUntil'),
      render: formatDate,
    },
    {
      title: t('certificate.status'),
      dataIndex: 'status',
      key: 'status',
      render: (s: Certificate['status']) => <CertificateStatusTag status={s} />,
    },
  ];

  const filtered = Boolean(params.q) || Object.keys(params.filters).length > 0;
  return (
    <>
      <PageHeader title={t('certificates.title')} subtitle={t('certificates.subtitle')} />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchBox
          value={params.q}
          onSearch={(q) => update({ q })}
          placeholder={t('certificates.searchPlaceholder')}
        />
        <Select
          allowClear
          aria-label={t('certificate.status')}
          placeholder={t('certificates.filter.status')}
          style={{ minWidth: 170 }}
          value={params.filters.status}
          onChange={(status?: string) => update({ status })}
          options={CERTIFICATE_STATUSES.map((value) => ({ value, label: t(certificateStatusKey(value)) }))}
        />
        <Select
          allowClear
          aria-label={t('certificate.stars')}
          placeholder={t('certificates.filter.stars')}
          style={{ minWidth: 140 }}
          value={params.filters.stars}
          onChange={(stars?: string) => update({ stars })}
          options={['3', '4', '5'].map((value) => ({
            value,
            label: t('starsWords', { count: Number(value) }),
          }))}
        />
        <InputNumber
          aria-label={t('certificates.filter.year')}
          placeholder={t('certificates.filter.year')}
          min={2000}
          max={2100}
          style={{ width: 130 }}
          value={params.filters.year ? Number(params.filters.year) : null}
          onChange={(year) => update({ year: year ?? undefined })}
        />
      </Flex>
      {certificates.isError ? (
        <ErrorResult error={certificates.error} onRetry={() => void certificates.refetch()} />
      ) : (
        <Table<Certificate>
          rowKey="id"
          columns={columns}
          dataSource={certificates.data?.items}
          loading={certificates.isFetching}
          scroll={{ x: true }}
          locale={{
            emptyText: <EmptyText text={t(filtered ? 'common:state.emptyFiltered' : 'common:state.empty')} />,
          }}
          {...serverTableProps<Certificate>(params, update, certificates.data?.total)}
        />
      )}
    </>
  );
}
