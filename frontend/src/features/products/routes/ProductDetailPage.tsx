import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult, QueryState } from '../../../components/QueryState';
import { StatusTag } from '../../../components/StatusTag';
import { Role } from '../../../lib/auth/roles';
import { useSession } from '../../../lib/auth/session';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/format';
import { useCertifications } from '../../certifications/api/certifications';
import {
  CertificationFormModal,
  type CertificationHolder,
} from '../../certifications/components/CertificationFormModal';
import { CertificationTable } from '../../certifications/components/CertificationTable';
import { mayEditInDistrict } from '../../producers/api/permissions';
import { DeleteButton } from '../../producers/components/DeleteButton';
import { HistoryTable } from '../../../components/HistoryTable';
import { useDeleteProduct, useProduct, useProductHistory, type Product } from '../api/products';
import {
  useProductCertificates,
  useProductContracts,
  useProductEntries,
  useProductFairs,
  type Entry,
  type OcopCertificate,
  type SalesContract,
  type TradeEvent,
} from '../api/related';
import { PhotoGallery } from '../components/PhotoGallery';
import { CertificateStatusTag, ProductStars, ProductStatusTag } from '../components/ProductTags';
import { EmptyText } from '../../../components/EmptyText';

/** Sales contracts, fairs, photos, certificates and the history are read by officials (not commune officers). */
const OFFICIALS = [Role.OFFICE, Role.DISTRICT_OFFICER, Role.DISTRICT_COUNCIL, Role.PROVINCIAL_COUNCIL];

function Overview({ p }: { p: Product }) {
  const { t } = useTranslation(['products', 'common']);
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        {
          key: 'producer',
          label: t('field.producer'),
          children: <Link to={`/producers/${p.producerId}`}>{p.producerName}</Link>,
        },
        { key: 'group', label: t('field.group'), children: p.groupName },
        { key: 'set', label: t('field.productSet'), children: `${p.productSetNumber}. ${p.productSetName}` },
        { key: 'yearEntered', label: t('field.yearEntered'), children: p.yearEntered },
        { key: 'stars', label: t('field.stars'), children: <ProductStars stars={p.currentStars} /> },
        {
          key: 'certificateStatus',
          label: t('field.certificateStatus'),
          children: <CertificateStatusTag status={p.certificateStatus} />,
        },
        { key: 'status', label: t('field.status'), children: <ProductStatusTag status={p.status} /> },
        { key: 'district', label: t('field.district'), children: p.districtName ?? '—' },
        { key: 'communeToday', label: t('field.communeToday'), children: p.communeToday?.name ?? '—' },
        { key: 'legalBasis', label: t('field.legalBasis'), children: p.legalBasisCode },
        {
          key: 'updatedAt',
          label: t('field.updatedAt'),
          children: `${formatDateTime(p.updatedAt)} (${p.updatedBy})`,
        },
        {
          key: 'description',
          label: t('field.description'),
          span: 'filled',
          children: p.description ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>
              {p.description}
            </Typography.Paragraph>
          ) : (
            '—'
          ),
        },
      ]}
    />
  );
}

function Certifications({ p, editable }: { p: Product; editable: boolean }) {
  const { t } = useTranslation(['products', 'certifications', 'common']);
  const own = useCertifications({ productId: p.id, size: 100, sort: 'expiresOn' });
  const producers = useCertifications({ producerId: p.producerId, size: 100, sort: 'expiresOn' });
  const facility = producers.data?.items.filter((c) => c.productId === null || c.productId === undefined);
  const [editing, setEditing] = useState<{ id?: number; holder?: CertificationHolder }>();
  if (own.isError) return <ErrorResult error={own.error} onRetry={() => void own.refetch()} />;
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('productCertifications')}
      </Typography.Title>
      {editable && (
        <Button
          icon={<PlusOutlined />}
          style={{ marginBottom: 12 }}
          onClick={() =>
            setEditing({ holder: { productId: p.id, productName: `${p.name} — ${p.producerName}` } })
          }
        >
          {t('certifications:form.createTitle')}
        </Button>
      )}
      <CertificationTable
        items={own.data?.items}
        loading={own.isFetching}
        showHolder={false}
        onEdit={(id) => setEditing({ id })}
      />
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {t('facilityCertifications')}
      </Typography.Title>
      <CertificationTable
        items={facility}
        loading={producers.isFetching}
        showHolder={false}
        onEdit={(id) => setEditing({ id })}
      />
      {editing && (
        <CertificationFormModal
          editId={editing.id}
          holder={editing.holder}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}

const CONTRACT_TONES = {
  DRAFT: 'neutral',
  ACTIVE: 'info',
  COMPLETED: 'success',
  TERMINATED: 'danger',
} as const;

function Contracts({ productId }: { productId: number }) {
  const { t } = useTranslation(['products', 'common']);
  const [page, setPage] = useState(0);
  const contracts = useProductContracts(productId, page);
  if (contracts.isError)
    return <ErrorResult error={contracts.error} onRetry={() => void contracts.refetch()} />;
  const columns: TableColumnsType<SalesContract> = [
    {
      title: t('contracts.number'),
      dataIndex: 'number',
      key: 'number',
      render: (n: string, c) => <Link to={`/sales-contracts/${c.id}`}>{n}</Link>,
    },
    { title: t('contracts.partner'), dataIndex: 'partnerName', key: 'partner' },
    { title: t('contracts.signedOn'), dataIndex: 'signedOn', key: 'signedOn', render: formatDate },
    {
      title: t('contracts.period'),
      key: 'period',
      responsive: ['lg'],
      render: (_, c) => `${formatDate(c.startsOn)} – ${formatDate(c.endsOn) || '…'}`,
    },
    {
      title: t('contracts.value'),
      dataIndex: 'totalValueVnd',
      key: 'value',
      align: 'right',
      render: (v: number | null) => formatMoney(v) || '—',
    },
    {
      title: t('contracts.status'),
      key: 'status',
      render: (_, c) => (
        <StatusTag tone={CONTRACT_TONES[c.status]}>{t(`contractStatus.${c.status}`)}</StatusTag>
      ),
    },
  ];
  return (
    <Table<SalesContract>
      rowKey="id"
      columns={columns}
      dataSource={contracts.data?.items}
      loading={contracts.isFetching}
      scroll={{ x: true }}
      locale={{ emptyText: <EmptyText text={t('common:state.empty')} /> }}
      pagination={{
        current: page + 1,
        pageSize: 20,
        total: contracts.data?.total ?? 0,
        showSizeChanger: false,
        onChange: (n) => setPage(n - 1),
      }}
    />
  );
}

function Fairs({ p }: { p: Product }) {
  const { t } = useTranslation(['products', 'common']);
  const fairs = useProductFairs(p.id, p.producerId);
  if (fairs.isError) return <ErrorResult error={fairs.error} onRetry={() => void fairs.refetch()} />;
  const columns: TableColumnsType<TradeEvent> = [
    {
      title: t('fairs.name'),
      dataIndex: 'name',
      key: 'name',
      render: (n: string, e) => <Link to={`/trade-events/${e.id}`}>{n}</Link>,
    },
    { title: t('fairs.kind'), key: 'kind', render: (_, e) => t(`eventKind.${e.kind}`) },
    { title: t('fairs.host'), dataIndex: 'hostProvince', key: 'host', responsive: ['md'] },
    {
      title: t('fairs.dates'),
      key: 'dates',
      render: (_, e) => `${formatDate(e.startsOn)} – ${formatDate(e.endsOn)}`,
    },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('fairs.hint')}</Typography.Paragraph>
      <Table<TradeEvent>
        rowKey="id"
        columns={columns}
        dataSource={fairs.data}
        loading={fairs.isFetching}
        scroll={{ x: true }}
        locale={{ emptyText: <EmptyText text={t('common:state.empty')} /> }}
        pagination={false}
      />
    </>
  );
}

const OUTCOME_TONES = {
  RECOGNISED: 'success',
  FORWARDED: 'info',
  NOT_RECOGNISED: 'danger',
  NO_QUORUM: 'warning',
} as const;

function Evaluation({ productId }: { productId: number }) {
  const { t } = useTranslation(['products', 'common']);
  const [page, setPage] = useState(0);
  const entries = useProductEntries(productId, page);
  if (entries.isError) return <ErrorResult error={entries.error} onRetry={() => void entries.refetch()} />;
  const columns: TableColumnsType<Entry> = [
    { title: t('evaluation.round'), key: 'round', render: (_, e) => t('roundNo', { id: e.roundId }) },
    { title: t('evaluation.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: formatDate },
    {
      title: t('evaluation.outcome'),
      key: 'outcome',
      render: (_, e) =>
        e.outcome ? (
          <StatusTag tone={OUTCOME_TONES[e.outcome]}>{t(`outcome.${e.outcome}`)}</StatusTag>
        ) : (
          <StatusTag tone="neutral">{t('outcome.pending')}</StatusTag>
        ),
    },
  ];
  return (
    <Table<Entry>
      rowKey="id"
      columns={columns}
      dataSource={entries.data?.items}
      loading={entries.isFetching}
      scroll={{ x: true }}
      locale={{ emptyText: <EmptyText text={t('common:state.empty')} /> }}
      pagination={{
        current: page + 1,
        pageSize: 20,
        total: entries.data?.total ?? 0,
        showSizeChanger: false,
        onChange: (n) => setPage(n - 1),
      }}
    />
  );
}

function Certificates({ productId }: { productId: number }) {
  const { t } = useTranslation(['products', 'common']);
  const [page, setPage] = useState(0);
  const certificates = useProductCertificates(productId, page);
  if (certificates.isError)
    return <ErrorResult error={certificates.error} onRetry={() => void certificates.refetch()} />;
  const columns: TableColumnsType<OcopCertificate> = [
    { title: t('certificates.code'), dataIndex: 'productCode', key: 'code' },
    { title: t('certificates.stars'), key: 'stars', render: (_, c) => <ProductStars stars={c.stars} /> },
    { title: t('certificates.issuedOn'), dataIndex: 'issuedOn', key: 'issuedOn', render: formatDate },
    { title: t('certificates.validUntil'), dataIndex: 'validUntil', key: 'validUntil', render: formatDate },
    {
      title: t('certificates.status'),
      key: 'status',
      render: (_, c) => <CertificateStatusTag status={c.status} />,
    },
    {
      title: t('certificates.decision'),
      key: 'decision',
      responsive: ['lg'],
      render: (_, c) => `${c.decision.number} (${formatDate(c.decision.decidedOn)})`,
    },
  ];
  return (
    <Table<OcopCertificate>
      rowKey="id"
      columns={columns}
      dataSource={certificates.data?.items}
      loading={certificates.isFetching}
      scroll={{ x: true }}
      locale={{ emptyText: <EmptyText text={t('common:state.empty')} /> }}
      pagination={{
        current: page + 1,
        pageSize: 20,
        total: certificates.data?.total ?? 0,
        showSizeChanger: false,
        onChange: (n) => setPage(n - 1),
      }}
    />
  );
}

function History({ id }: { id: number }) {
  const [page, setPage] = useState(0);
  const history = useProductHistory(id, page);
  return <HistoryTable query={history} page={page} onPage={setPage} />;
}

export default function ProductDetailPage() {
  const { t } = useTranslation(['products', 'common']);
  const id = Number(useParams().id);
  const session = useSession();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const product = useProduct(id);
  const remove = useDeleteProduct(id);
  const official = session.hasRole(...OFFICIALS);

  return (
    <QueryState query={product}>
      {({ data: p, etag }) => {
        const editable = mayEditInDistrict(session, p.districtCode);
        const tabs = [
          { key: 'overview', label: t('tabs.overview'), children: <Overview p={p} /> },
          {
            key: 'certifications',
            label: t('tabs.certifications'),
            children: <Certifications p={p} editable={editable} />,
          },
          ...(official
            ? [
                {
                  key: 'photos',
                  label: t('tabs.photos'),
                  children: <PhotoGallery productId={p.id} productName={p.name} editable={editable} />,
                },
                { key: 'contracts', label: t('tabs.contracts'), children: <Contracts productId={p.id} /> },
                { key: 'fairs', label: t('tabs.fairs'), children: <Fairs p={p} /> },
                {
                  key: 'certificates',
                  label: t('tabs.certificates'),
                  children: <Certificates productId={p.id} />,
                },
              ]
            : []),
          { key: 'evaluation', label: t('tabs.evaluation'), children: <Evaluation productId={p.id} /> },
          ...(official
            ? [{ key: 'history', label: t('tabs.history'), children: <History id={p.id} /> }]
            : []),
        ];
        return (
          <>
            <PageHeader
              title={p.name}
              subtitle={<Link to={`/producers/${p.producerId}`}>{p.producerName}</Link>}
              extra={
                editable && (
                  <>
                    <Button icon={<EditOutlined />} onClick={() => void navigate(`/products/${id}/edit`)}>
                      {t('common:action.edit')}
                    </Button>
                    <DeleteButton
                      pending={remove.isPending}
                      onDelete={() => remove.mutateAsync(etag)}
                      onDone={() => void navigate('/products')}
                    />
                  </>
                )
              }
            />
            <Tabs
              tabBarGutter={24}
              activeKey={search.get('tab') ?? 'overview'}
              onChange={(tab) => setSearch(tab === 'overview' ? {} : { tab }, { replace: true })}
              items={tabs}
            />
          </>
        );
      }}
    </QueryState>
  );
}
