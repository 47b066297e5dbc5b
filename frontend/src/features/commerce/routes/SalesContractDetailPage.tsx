import {
  CheckCircleOutlined,
  DeleteOutlined,
  EditOutlined,
  PlayCircleOutlined,
  StopOutlined,
} from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Input,
  Modal,
  Popconfirm,
  Skeleton,
  Table,
  Typography,
  type TableColumnsType,
  Descriptions,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ErrorResult } from '../../../components/QueryState';
import { useSession } from '../../../lib/auth/session';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../../lib/format';
import {
  useContractTransition,
  useDeleteSalesContract,
  useSalesContract,
  useSalesContractHistory,
  type ContractTransition,
  type SalesContractLine,
} from '../api/salesContracts';
import { ContractStatusTag } from '../components/ContractStatusTag';
import { HistoryTable } from '../../../components/HistoryTable';
import { mayWriteInDistrict } from '../lib/access';
import { contractActions } from '../lib/contracts';

const ICONS: Record<ContractTransition, ReactNode> = {
  activate: <PlayCircleOutlined />,
  complete: <CheckCircleOutlined />,
  terminate: <StopOutlined />,
};

export default function SalesContractDetailPage() {
  const id = Number(useParams().id);
  const { t } = useTranslation(['commerce', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const session = useSession();
  const contract = useSalesContract(id);
  const transition = useContractTransition(id);
  const remove = useDeleteSalesContract();
  const [historyPage, setHistoryPage] = useState(0);
  const history = useSalesContractHistory(id, historyPage);
  const [step, setStep] = useState<ContractTransition | null>(null);
  const [note, setNote] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);

  if (contract.isPending) return <Skeleton active aria-busy="true" aria-label={t('common:state.loading')} />;
  if (contract.isError) return <ErrorResult error={contract.error} onRetry={() => void contract.refetch()} />;
  const { data: c, etag } = contract.data;
  const allowed = mayWriteInDistrict(session, c.districtCode) ? contractActions(c.status) : [];
  const steps = (['activate', 'complete', 'terminate'] as const).filter((s) => allowed.includes(s));

  const runStep = () => {
    if (!step) return;
    setActionError(null);
    transition.mutate(
      { action: step, etag, note },
      {
        onSuccess: () => {
          void message.success(t(`contract.done.${step}`));
          setStep(null);
          setNote('');
        },
        onError: (e) => {
          setStep(null);
          setActionError(e);
        },
      },
    );
  };

  const lineColumns: TableColumnsType<SalesContractLine> = [
    { title: t('contract.field.product'), dataIndex: 'productName', key: 'product' },
    {
      title: t('contract.field.quantity'),
      dataIndex: 'quantity',
      key: 'quantity',
      align: 'right',
      render: (q: number) => formatNumber(q),
    },
    { title: t('contract.field.unit'), dataIndex: 'unit', key: 'unit' },
    {
      title: t('contract.field.unitPrice'),
      dataIndex: 'unitPriceVnd',
      key: 'unitPrice',
      align: 'right',
      render: (v: number | null) => (v === null ? t('contract.noPrice') : formatMoney(v)),
    },
    {
      title: t('contract.field.value'),
      dataIndex: 'valueVnd',
      key: 'value',
      align: 'right',
      render: (v: number | null) => formatMoney(v),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('contract.detailTitle', { number: c.number })}
        subtitle={
          <>
            <ContractStatusTag status={c.status} /> {c.partnerName} · {c.producerName}
          </>
        }
        extra={
          <>
            {allowed.includes('edit') && (
              <Button icon={<EditOutlined />} onClick={() => void navigate(`/sales-contracts/${c.id}/edit`)}>
                {t('common:action.edit')}
              </Button>
            )}
            {steps.map((s) => (
              <Button
                key={s}
                icon={ICONS[s]}
                type={s === 'terminate' ? 'default' : 'primary'}
                danger={s === 'terminate'}
                onClick={() => {
                  setNote('');
                  setStep(s);
                }}
              >
                {t(`contract.action.${s}`)}
              </Button>
            ))}
            {allowed.includes('delete') && (
              <Popconfirm
                title={t('common:action.confirmDelete')}
                okText={t('common:action.delete')}
                cancelText={t('common:action.cancel')}
                onConfirm={() =>
                  remove.mutateAsync({ id: c.id, etag }).then(
                    () => {
                      void message.success(t('deleted'));
                      void navigate('/sales-contracts');
                    },
                    (e: unknown) => setActionError(e),
                  )
                }
              >
                <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                  {t('common:action.delete')}
                </Button>
              </Popconfirm>
            )}
          </>
        }
      />
      <ProblemAlert
        error={actionError}
        onReload={() => {
          setActionError(null);
          void contract.refetch();
        }}
      />
      <Card title={t('contract.info')} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t('contract.field.number')}>{c.number}</Descriptions.Item>
          <Descriptions.Item label={t('contract.field.status')}>
            <ContractStatusTag status={c.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('contract.field.total')}>
            <Typography.Text strong data-testid="contract-total">
              {formatMoney(c.totalValueVnd)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('contract.field.partner')}>{c.partnerName}</Descriptions.Item>
          <Descriptions.Item label={t('contract.field.producer')}>
            <Link to={`/producers/${c.producerId}`}>{c.producerName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('contract.field.district')}>{c.districtName}</Descriptions.Item>
          <Descriptions.Item label={t('contract.field.signedOn')}>{formatDate(c.signedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('contract.field.startsOn')}>{formatDate(c.startsOn)}</Descriptions.Item>
          <Descriptions.Item label={t('contract.field.endsOn')}>{formatDate(c.endsOn)}</Descriptions.Item>
          <Descriptions.Item label={t('history.actor')}>
            {c.updatedBy} · {formatDateTime(c.updatedAt)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('contract.field.lines')} style={{ marginBottom: 16 }}>
        <Table<SalesContractLine>
          rowKey={(l) => `${l.productId}-${l.unit}-${l.quantity}`}
          size="small"
          columns={lineColumns}
          dataSource={c.lines}
          pagination={false}
          scroll={{ x: true }}
          summary={() =>
            c.totalValueVnd !== null && (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={4}>
                  <strong>{t('contract.field.total')}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  <strong>{formatMoney(c.totalValueVnd)}</strong>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )
          }
        />
      </Card>
      <Card title={t('contract.history')}>
        <HistoryTable query={history} page={historyPage} onPage={setHistoryPage} />
      </Card>
      <Modal
        open={step !== null}
        title={step ? t(`contract.action.${step}`) : ''}
        okText={step ? t(`contract.action.${step}`) : ''}
        cancelText={t('common:action.cancel')}
        okButtonProps={{ loading: transition.isPending, danger: step === 'terminate' }}
        onOk={runStep}
        onCancel={() => setStep(null)}
      >
        {step && <p>{t(`contract.confirm.${step}`)}</p>}
        <label htmlFor="transition-note">{t('contract.field.note')}</label>
        <Input.TextArea
          id="transition-note"
          rows={3}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Modal>
    </>
  );
}
