import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  EditOutlined,
  LikeOutlined,
  PlayCircleOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Skeleton, Timeline, Typography, Descriptions } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ErrorResult } from '../../../components/QueryState';
import { useSession } from '../../../lib/auth/session';
import { formatDate, formatDateTime } from '../../../lib/format';
import { HistoryTable } from '../../../components/HistoryTable';
import {
  useSupportHistory,
  useSupportRequest,
  useSupportStep,
  type SupportStep,
} from '../api/supportRequests';
import { SupportRequestFormModal } from '../components/SupportRequestFormModal';
import { SupportStatusTag } from '../components/SupportStatusTag';
import { supportActions } from '../lib/workflow';

const ICONS: Record<SupportStep, ReactNode> = {
  approve: <LikeOutlined />,
  start: <PlayCircleOutlined />,
  complete: <CheckCircleOutlined />,
  reject: <CloseCircleOutlined />,
};

const COLORS: Record<string, string> = {
  REQUESTED: 'gray',
  APPROVED: 'blue',
  IN_PROGRESS: 'blue',
  DONE: 'green',
  REJECTED: 'red',
};

export default function SupportRequestDetailPage() {
  const id = Number(useParams().id);
  const { t } = useTranslation(['support', 'commerce', 'common']);
  const { message } = App.useApp();
  const session = useSession();
  const request = useSupportRequest(id);
  const stepMutation = useSupportStep(id);
  const [historyPage, setHistoryPage] = useState(0);
  const history = useSupportHistory(id, historyPage);
  const [step, setStep] = useState<SupportStep | null>(null);
  const [editing, setEditing] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [form] = Form.useForm<{ note?: string }>();

  if (request.isPending) return <Skeleton active aria-busy="true" aria-label={t('common:state.loading')} />;
  if (request.isError) return <ErrorResult error={request.error} onRetry={() => void request.refetch()} />;
  const r = request.data.data;
  const actions = supportActions(r.status, session, r.districtCode);
  const steps = (['approve', 'start', 'complete', 'reject'] as const).filter((s) => actions.includes(s));

  const runStep = ({ note }: { note?: string }) => {
    if (!step) return;
    setActionError(null);
    stepMutation.mutate(
      { step, note },
      {
        onSuccess: () => {
          void message.success(t(`done.${step}`));
          setStep(null);
        },
        onError: (e) => {
          setStep(null);
          setActionError(e);
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title={t('detailTitle', { id: r.id })}
        subtitle={
          <>
            <SupportStatusTag status={r.status} /> {r.producerName} · {t(`type.${r.type}`)}
          </>
        }
        extra={
          <>
            {actions.includes('edit') && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('common:action.edit')}
              </Button>
            )}
            {steps.map((s) => (
              <Button
                key={s}
                icon={ICONS[s]}
                type={s === 'reject' ? 'default' : 'primary'}
                danger={s === 'reject'}
                onClick={() => setStep(s)}
              >
                {t(`action.${s}`)}
              </Button>
            ))}
          </>
        }
      />
      <ProblemAlert
        error={actionError}
        onReload={() => {
          setActionError(null);
          void request.refetch();
        }}
      />
      <Card title={t('info')} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('field.producer')}>
            <Link to={`/producers/${r.producerId}`}>{r.producerName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('field.district')}>{r.districtName}</Descriptions.Item>
          <Descriptions.Item label={t('field.type')}>{t(`type.${r.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('field.requestedOn')}>{formatDate(r.requestedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('field.status')}>
            <SupportStatusTag status={r.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('field.description')} span={2}>
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {r.description}
            </Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('steps')} style={{ marginBottom: 16 }}>
        <Timeline
          data-testid="support-steps"
          items={r.steps.map((s) => ({
            color: COLORS[s.status],
            content: (
              <>
                <strong>{t(`status.${s.status}`)}</strong> · {formatDateTime(s.at)} · {s.actor}
                {s.note && <div>{s.note}</div>}
              </>
            ),
          }))}
        />
      </Card>
      <Card title={t('history')}>
        <HistoryTable query={history} page={historyPage} onPage={setHistoryPage} />
      </Card>
      {editing && <SupportRequestFormModal id={r.id} onClose={() => setEditing(false)} />}
      <Modal
        open={step !== null}
        title={step ? t(`action.${step}`) : ''}
        okText={step ? t(`action.${step}`) : ''}
        cancelText={t('common:action.cancel')}
        okButtonProps={{
          htmlType: 'submit',
          form: 'support-step-form',
          loading: stepMutation.isPending,
          danger: step === 'reject',
        }}
        onCancel={() => setStep(null)}
        destroyOnHidden
      >
        {step && <p>{t(`confirm.${step}`)}</p>}
        <Form id="support-step-form" form={form} layout="vertical" onFinish={runStep} preserve={false}>
          <Form.Item
            name="note"
            label={step === 'reject' ? t('field.reason') : t('field.note')}
            rules={
              step === 'reject'
                ? [{ required: true, whitespace: true, message: t('reasonRequired') }, { max: 2000 }]
                : [{ max: 2000 }]
            }
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
