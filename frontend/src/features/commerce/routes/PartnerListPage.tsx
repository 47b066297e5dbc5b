import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Spin,
  Table,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ErrorResult } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { IfRole } from '../../../lib/auth/RequireRole';
import { useSession } from '../../../lib/auth/session';
import { newIdempotencyKey, useApiForm } from '../../../lib/forms/useApiForm';
import { emptyLabel, serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import {
  PARTNER_TYPES,
  useDeletePartner,
  usePartner,
  usePartners,
  useSavePartner,
  type Partner,
  type PartnerQuery,
  type PartnerRequest,
  type PartnerType,
} from '../api/partners';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { COMMERCE_WRITERS, mayWritePartner } from '../lib/access';
import { nullIfBlank } from '../lib/forms';
import { EmptyText } from '../../../components/EmptyText';

export default function PartnerListPage() {
  const { t } = useTranslation(['commerce', 'common']);
  const session = useSession();
  const { message } = App.useApp();
  const { params, query, update } = useListParams({ sort: 'name' });
  const partners = usePartners(query as PartnerQuery);
  const remove = useDeletePartner();
  const [editing, setEditing] = useState<{ id?: number } | null>(null);

  const columns: TableColumnsType<Partner> = [
    {
      title: t('partner.field.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(params, 'name'),
      render: (name: string) => <strong>{name}</strong>,
    },
    {
      title: t('partner.field.type'),
      dataIndex: 'type',
      key: 'type',
      sorter: true,
      sortOrder: sortOrderOf(params, 'type'),
      render: (type: PartnerType) => t(`partner.type.${type}`),
    },
    { title: t('partner.field.taxCode'), dataIndex: 'taxCode', key: 'taxCode', responsive: ['md'] },
    { title: t('partner.field.address'), dataIndex: 'address', key: 'address', responsive: ['xl'] },
    {
      title: t('partner.field.contactPerson'),
      key: 'contact',
      responsive: ['lg'],
      render: (_, p) => [p.contactPerson, p.contactPhone].filter(Boolean).join(' · '),
    },
    {
      title: <VisuallyHidden>{t('common:action.edit')}</VisuallyHidden>,
      key: 'actions',
      width: 110,
      render: (_, p) =>
        mayWritePartner(session, p) && (
          <Space size={4}>
            <Button
              type="text"
              icon={<EditOutlined />}
              aria-label={`${t('common:action.edit')} ${p.name}`}
              onClick={() => setEditing({ id: p.id })}
            />
            <Popconfirm
              title={t('common:action.confirmDelete')}
              okText={t('common:action.delete')}
              cancelText={t('common:action.cancel')}
              onConfirm={() =>
                remove.mutateAsync(p.id).then(
                  () => void message.success(t('deleted')),
                  (e: unknown) => void message.error(e instanceof Error ? e.message : String(e)),
                )
              }
            >
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={`${t('common:action.delete')} ${p.name}`}
              />
            </Popconfirm>
          </Space>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('partner.title')}
        subtitle={t('partner.subtitle')}
        extra={
          <IfRole roles={COMMERCE_WRITERS}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
              {t('partner.create')}
            </Button>
          </IfRole>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchBox value={params.q} onSearch={(q) => update({ q })} />
        <Select
          allowClear
          aria-label={t('partner.field.type')}
          placeholder={t('partner.filterType')}
          style={{ minWidth: 200 }}
          value={params.filters.type}
          onChange={(type?: string) => update({ type })}
          options={PARTNER_TYPES.map((value) => ({ value, label: t(`partner.type.${value}`) }))}
        />
      </Flex>
      {partners.isError ? (
        <ErrorResult error={partners.error} onRetry={() => void partners.refetch()} />
      ) : (
        <Table<Partner>
          rowKey="id"
          columns={columns}
          dataSource={partners.data?.items}
          loading={partners.isFetching}
          scroll={{ x: true }}
          locale={{
            emptyText: <EmptyText text={emptyLabel(params)} />,
          }}
          {...serverTableProps<Partner>(params, update, partners.data?.total)}
        />
      )}
      {editing && <PartnerFormModal id={editing.id} onClose={() => setEditing(null)} />}
    </>
  );
}

interface PartnerFormValues {
  type: PartnerType;
  name: string;
  taxCode?: string | null;
  address?: string | null;
  contactPerson?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
}

/** Create (id absent) or edit a partner; one Idempotency-Key per opening, the submit disabled while saving. */
function PartnerFormModal({ id, onClose }: { id?: number; onClose: () => void }) {
  const { t } = useTranslation(['commerce', 'common']);
  const { message } = App.useApp();
  const { form, error, setError, showProblem } = useApiForm<PartnerFormValues>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const current = usePartner(id);
  const save = useSavePartner();
  const loading = id !== undefined && current.isPending;

  const submit = (values: PartnerFormValues) => {
    setError(null);
    const body: PartnerRequest = {
      type: values.type,
      name: values.name.trim(),
      taxCode: nullIfBlank(values.taxCode),
      address: nullIfBlank(values.address),
      contactPerson: nullIfBlank(values.contactPerson),
      contactPhone: nullIfBlank(values.contactPhone),
      contactEmail: nullIfBlank(values.contactEmail),
    };
    save.mutate(
      { id, etag: current.data?.etag, idempotencyKey, body },
      {
        onSuccess: () => {
          void message.success(t(id ? 'saved' : 'created'));
          onClose();
        },
        onError: showProblem,
      },
    );
  };

  const reload = async () => {
    const fresh = await current.refetch();
    if (fresh.data) form.setFieldsValue(fresh.data.data as PartnerFormValues);
    setError(null);
  };

  return (
    <Modal
      open
      title={t(id ? 'partner.edit' : 'partner.create')}
      onCancel={onClose}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      okButtonProps={{ htmlType: 'submit', form: 'partner-form', loading: save.isPending, disabled: loading }}
      destroyOnHidden
      width={640}
    >
      {current.isError ? (
        <ErrorResult error={current.error} />
      ) : loading ? (
        <Spin />
      ) : (
        <>
          <ProblemAlert error={error} onReload={() => void reload()} />
          <Form<PartnerFormValues>
            id="partner-form"
            form={form}
            layout="vertical"
            initialValues={(current.data?.data as PartnerFormValues | undefined) ?? { type: 'DISTRIBUTOR' }}
            onFinish={submit}
            disabled={save.isPending}
          >
            <Form.Item
              name="name"
              label={t('partner.field.name')}
              rules={[{ required: true, whitespace: true }, { max: 300 }]}
            >
              <Input />
            </Form.Item>
            <Form.Item name="type" label={t('partner.field.type')} rules={[{ required: true }]}>
              <Select
                options={PARTNER_TYPES.map((value) => ({ value, label: t(`partner.type.${value}`) }))}
              />
            </Form.Item>
            <Form.Item name="taxCode" label={t('partner.field.taxCode')} rules={[{ max: 14 }]}>
              <Input inputMode="numeric" />
            </Form.Item>
            <Form.Item name="address" label={t('partner.field.address')} rules={[{ max: 500 }]}>
              <Input />
            </Form.Item>
            <Flex gap={12} wrap>
              <Form.Item
                name="contactPerson"
                label={t('partner.field.contactPerson')}
                style={{ flex: 1, minWidth: 200 }}
                rules={[{ max: 200 }]}
              >
                <Input />
              </Form.Item>
              <Form.Item
                name="contactPhone"
                label={t('partner.field.contactPhone')}
                style={{ flex: 1, minWidth: 160 }}
                rules={[{ max: 20 }]}
              >
                <Input inputMode="tel" />
              </Form.Item>
            </Flex>
            <Form.Item
              name="contactEmail"
              label={t('partner.field.contactEmail')}
              rules={[{ type: 'email' }, { max: 254 }]}
            >
              <Input inputMode="email" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
