import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Space, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult, QueryState } from '../../../components/QueryState';
import { problemMessage } from '../../../components/ProblemAlert';
import { download } from '../../../lib/api/client';
import { Role } from '../../../lib/auth/roles';
import { useSession } from '../../../lib/auth/session';
import { formatDate, formatDateTime } from '../../../lib/format';
import {
  useCertificates,
  useDecision,
  useDecisionHistory,
  type AuditEntry,
  type Certificate,
} from '../api/certificates';
import { CertificateStatusTag } from '../components/CertificateStatusTag';
import { Stars } from '../components/Stars';
import { EmptyText } from '../../../components/EmptyText';

const HISTORY_READERS = [Role.OFFICE, Role.DISTRICT_OFFICER, Role.DISTRICT_COUNCIL, Role.PROVINCIAL_COUNCIL];

function DecisionCertificates({ decisionId }: { decisionId: number }) {
  const { t } = useTranslation(['certificate', 'common']);
  const certificates = useCertificates({ decisionId, size: 200, sort: 'productName' });
  const columns: TableColumnsType<Certificate> = [
    {
      title: t('certificate.productCode'),
      dataIndex: 'productCode',
      render: (code: string, c) => <Link to={`/ocop-certificates/${c.id}`}>{code}</Link>,
    },
    { title: t('certificate.product'), dataIndex: 'productName' },
    { title: t('certificate.producer'), dataIndex: 'producerName', responsive: ['lg'] },
    { title: t('certificate.stars'), dataIndex: 'stars', render: (n: number) => <Stars count={n} /> },
    { title: t('certificate.validUntil'), dataIndex: 'validUntil', render: formatDate, responsive: ['md'] },
    {
      title: t('certificate.status'),
      dataIndex: 'status',
      render: (s: Certificate['status']) => <CertificateStatusTag status={s} />,
    },
  ];
  if (certificates.isError)
    return <ErrorResult error={certificates.error} onRetry={() => void certificates.refetch()} />;
  return (
    <Table<Certificate>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={certificates.data?.items}
      loading={certificates.isFetching}
      scroll={{ x: true }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: <EmptyText text={t('common:state.empty')} /> }}
    />
  );
}

/** The decision's product list as printed (PDF) and as a spreadsheet (XLSX). */
function DecisionDownloads({ decisionId }: { decisionId: number }) {
  const { t } = useTranslation(['certificate', 'common']);
  const { message } = App.useApp();
  const get = (format: 'pdf' | 'xlsx') =>
    download(
      `/api/v1/recognition-decisions/${decisionId}/products/${format}`,
      `quyet-dinh-${decisionId}-san-pham-ocop.${format}`,
    ).catch((e: unknown) => message.error(problemMessage(e, t)));
  return (
    <Space size={8} wrap>
      <Button size="small" icon={<FilePdfOutlined />} onClick={() => void get('pdf')}>
        {t('decision.productsPdf')}
      </Button>
      <Button size="small" icon={<FileExcelOutlined />} onClick={() => void get('xlsx')}>
        {t('decision.productsXlsx')}
      </Button>
    </Space>
  );
}

export default function DecisionDetailPage() {
  const { t } = useTranslation(['certificate', 'common']);
  const session = useSession();
  const id = Number(useParams().id);
  const decision = useDecision(id);
  const readsHistory = session.hasRole(...HISTORY_READERS);
  const history = useDecisionHistory(id, readsHistory);

  return (
    <QueryState query={decision}>
      {(d) => (
        <>
          <PageHeader title={t('decision.title', { number: d.number })} subtitle={formatDate(d.decidedOn)} />
          <Card size="small" style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'number', label: t('decision.number'), children: d.number },
                { key: 'decidedOn', label: t('decision.decidedOn'), children: formatDate(d.decidedOn) },
                { key: 'signer', label: t('decision.signer'), children: d.signer },
                { key: 'level', label: t('decision.level'), children: t(`level.${d.level}`) },
                { key: 'unit', label: t('decision.adminUnitCode'), children: d.adminUnitCode },
                { key: 'basis', label: t('decision.legalBasisCode'), children: d.legalBasisCode },
                {
                  key: 'round',
                  label: t('decision.evaluationRound'),
                  // The round's page is the office's (rounds/); others read its number only.
                  children: d.evaluationRoundId ? (
                    session.hasRole(Role.OFFICE) ? (
                      <Link to={`/rounds/${d.evaluationRoundId}`}>#{d.evaluationRoundId}</Link>
                    ) : (
                      `#${d.evaluationRoundId}`
                    )
                  ) : (
                    t('decision.fromPaper')
                  ),
                },
                { key: 'count', label: t('decision.certificateCount'), children: d.certificateCount },
              ]}
            />
          </Card>
          <Card
            size="small"
            title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('decision.certificates')}</h2>}
            extra={<DecisionDownloads decisionId={d.id} />}
            style={{ marginBottom: 16 }}
          >
            <DecisionCertificates decisionId={d.id} />
          </Card>
          {readsHistory && (
            <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('decision.history')}</h2>}>
              <QueryState query={history}>
                {(page) => (
                  <Table<AuditEntry>
                    size="small"
                    rowKey={(e) => `${e.at}:${e.action}`}
                    dataSource={page.items}
                    pagination={false}
                    locale={{ emptyText: <EmptyText text={t('common:state.empty')} /> }}
                    columns={[
                      { title: t('decision.historyAt'), dataIndex: 'at', render: formatDateTime },
                      { title: t('decision.historyAction'), dataIndex: 'action' },
                      { title: t('decision.historyActor'), dataIndex: 'actor' },
                    ]}
                  />
                )}
              </QueryState>
            </Card>
          )}
        </>
      )}
    </QueryState>
  );
}
