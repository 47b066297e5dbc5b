import { DeleteOutlined, EditOutlined, PlusOutlined, UserDeleteOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Form,
  Modal,
  Popconfirm,
  Skeleton,
  Table,
  type TableColumnsType,
  Descriptions,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ErrorResult } from '../../../components/QueryState';
import { IfRole } from '../../../lib/auth/RequireRole';
import { useSession } from '../../../lib/auth/session';
import { formatDate } from '../../../lib/format';
import { newIdempotencyKey, useApiForm } from '../../../lib/forms/useApiForm';
import {
  useAddParticipant,
  useDeleteTradeEvent,
  useParticipants,
  useRemoveParticipant,
  useTradeEvent,
  type Participant,
} from '../api/tradeEvents';
import { ProducerPicker, ProducerProductPicker } from '../components/Pickers';
import { TradeEventFormModal } from '../components/TradeEventFormModal';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { COMMERCE_WRITERS, OFFICE_ONLY, mayWriteInDistrict } from '../lib/access';
import { EmptyText } from '../../../components/EmptyText';

const PAGE_SIZE = 20;

export default function TradeEventDetailPage() {
  const id = Number(useParams().id);
  const { t } = useTranslation(['commerce', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const session = useSession();
  const event = useTradeEvent(id);
  const [page, setPage] = useState(0);
  const participants = useParticipants(id, page, PAGE_SIZE);
  const removeEvent = useDeleteTradeEvent();
  const removeParticipant = useRemoveParticipant(id);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);

  if (event.isPending) return <Skeleton active aria-busy="true" aria-label={t('common:state.loading')} />;
  if (event.isError) return <ErrorResult error={event.error} onRetry={() => void event.refetch()} />;
  const { data: e, etag } = event.data;

  const columns: TableColumnsType<Participant> = [
    { title: t('event.participant.producer'), dataIndex: 'producerName', key: 'producer' },
    {
      title: t('event.participant.district'),
      dataIndex: 'districtName',
      key: 'district',
      responsive: ['md'],
    },
    {
      title: t('event.participant.products'),
      key: 'products',
      render: (_, p) => p.products.map((x) => x.productName).join(', '),
    },
    {
      title: <VisuallyHidden>{t('event.participant.remove')}</VisuallyHidden>,
      key: 'actions',
      width: 60,
      render: (_, p) =>
        mayWriteInDistrict(session, p.districtCode) && (
          <Popconfirm
            title={t('event.participant.confirmRemove')}
            okText={t('event.participant.remove')}
            cancelText={t('common:action.cancel')}
            onConfirm={() =>
              removeParticipant.mutateAsync(p.id).then(
                () => void message.success(t('event.participant.removed')),
                (err: unknown) => setActionError(err),
              )
            }
          >
            <Button
              type="text"
              danger
              icon={<UserDeleteOutlined />}
              aria-label={`${t('event.participant.remove')}: ${p.producerName}`}
            />
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={e.name}
        subtitle={`${t(`event.kind.${e.kind}`)} · ${e.hostProvince} · ${formatDate(e.startsOn)} – ${formatDate(e.endsOn)}`}
        extra={
          <IfRole roles={OFFICE_ONLY}>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common:action.edit')}
            </Button>
            <Popconfirm
              title={t('common:action.confirmDelete')}
              okText={t('common:action.delete')}
              cancelText={t('common:action.cancel')}
              onConfirm={() =>
                removeEvent.mutateAsync({ id, etag }).then(
                  () => {
                    void message.success(t('deleted'));
                    void navigate('/trade-events');
                  },
                  (err: unknown) => setActionError(err),
                )
              }
            >
              <Button danger icon={<DeleteOutlined />}>
                {t('common:action.delete')}
              </Button>
            </Popconfirm>
          </IfRole>
        }
      />
      <ProblemAlert
        error={actionError}
        onReload={() => {
          setActionError(null);
          void event.refetch();
          void participants.refetch();
        }}
      />
      <Card title={t('event.info')} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t('event.field.kind')}>{t(`event.kind.${e.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('event.field.hostProvince')}>{e.hostProvince}</Descriptions.Item>
          <Descriptions.Item label={t('event.field.venue')}>{e.venue}</Descriptions.Item>
          <Descriptions.Item label={t('event.field.startsOn')}>{formatDate(e.startsOn)}</Descriptions.Item>
          <Descriptions.Item label={t('event.field.endsOn')}>{formatDate(e.endsOn)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('event.participants')}
        extra={
          <IfRole roles={COMMERCE_WRITERS}>
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('event.participant.add')}
            </Button>
          </IfRole>
        }
      >
        {participants.isError ? (
          <ErrorResult error={participants.error} onRetry={() => void participants.refetch()} />
        ) : (
          <Table<Participant>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={participants.data?.items}
            loading={participants.isFetching}
            scroll={{ x: true }}
            locale={{ emptyText: <EmptyText text={t('common:state.empty')} /> }}
            pagination={{
              current: page + 1,
              pageSize: PAGE_SIZE,
              total: participants.data?.total ?? 0,
              onChange: (p) => setPage(p - 1),
              hideOnSinglePage: true,
              showTotal: (count) => t('common:state.total', { count }),
            }}
          />
        )}
      </Card>
      {editing && <TradeEventFormModal id={id} onClose={() => setEditing(false)} />}
      {adding && <AddParticipantModal eventId={id} onClose={() => setAdding(false)} />}
    </>
  );
}

interface ParticipantFormValues {
  producerId?: number;
  productIds: number[];
}

function AddParticipantModal({ eventId, onClose }: { eventId: number; onClose: () => void }) {
  const { t } = useTranslation(['commerce', 'common']);
  const { message } = App.useApp();
  const { form, error, setError, showProblem } = useApiForm<ParticipantFormValues>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const add = useAddParticipant(eventId);
  const producerId = Form.useWatch('producerId', form);

  const submit = (values: ParticipantFormValues) => {
    setError(null);
    add.mutate(
      { idempotencyKey, producerId: values.producerId ?? 0, productIds: values.productIds },
      {
        onSuccess: () => {
          void message.success(t('event.participant.added'));
          onClose();
        },
        onError: showProblem,
      },
    );
  };

  return (
    <Modal
      open
      title={t('event.participant.add')}
      onCancel={onClose}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      okButtonProps={{ htmlType: 'submit', form: 'participant-form', loading: add.isPending }}
      destroyOnHidden
    >
      <ProblemAlert error={error} />
      <Form<ParticipantFormValues>
        id="participant-form"
        form={form}
        layout="vertical"
        initialValues={{ productIds: [] }}
        onFinish={submit}
        onValuesChange={(changed: Partial<ParticipantFormValues>) => {
          if ('producerId' in changed) form.setFieldValue('productIds', []);
        }}
        disabled={add.isPending}
      >
        <Form.Item name="producerId" label={t('event.participant.producer')} rules={[{ required: true }]}>
          <ProducerPicker />
        </Form.Item>
        <Form.Item name="productIds" label={t('event.participant.products')} rules={[{ required: true }]}>
          <ProducerProductPicker<number[]> mode="multiple" producerId={producerId} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
