import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Col,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ErrorResult } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { Role } from '../../../lib/auth/roles';
import { IfRole } from '../../../lib/auth/RequireRole';
import { useSession } from '../../../lib/auth/session';
import { newIdempotencyKey, useApiForm } from '../../../lib/forms/useApiForm';
import { emptyLabel, serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import {
  POS_KINDS,
  useDeletePointOfSale,
  usePointOfSale,
  usePointsOfSale,
  useSavePointOfSale,
  type PointOfSale,
  type PointOfSaleKind,
  type PointOfSaleQuery,
} from '../api/pointsOfSale';
import { AnyProductPicker, CommunePicker } from '../components/Pickers';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { COMMERCE_WRITERS, mayWriteInDistrict } from '../lib/access';
import { nullIfBlank } from '../lib/forms';
import { EmptyText } from '../../../components/EmptyText';

export default function PointOfSaleListPage() {
  const { t } = useTranslation(['commerce', 'common']);
  const session = useSession();
  const { message } = App.useApp();
  const { params, query, update } = useListParams({ sort: 'name' });
  const points = usePointsOfSale(query as PointOfSaleQuery);
  const remove = useDeletePointOfSale();
  const [editing, setEditing] = useState<{ id?: number } | null>(null);

  const columns: TableColumnsType<PointOfSale> = [
    {
      title: t('pos.field.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(params, 'name'),
      render: (name: string) => <strong>{name}</strong>,
    },
    {
      title: t('pos.field.kind'),
      dataIndex: 'kind',
      key: 'kind',
      sorter: true,
      sortOrder: sortOrderOf(params, 'kind'),
      render: (kind: PointOfSaleKind) => t(`pos.kind.${kind}`),
    },
    {
      title: t('pos.field.unitOwn'),
      dataIndex: 'adminUnitName',
      key: 'adminUnitCode',
      sorter: true,
      sortOrder: sortOrderOf(params, 'adminUnitCode'),
      responsive: ['md'],
    },
    { title: t('pos.field.address'), dataIndex: 'address', key: 'address', responsive: ['xl'] },
    { title: t('pos.field.operator'), dataIndex: 'operator', key: 'operator', responsive: ['lg'] },
    {
      title: t('pos.field.productCount'),
      key: 'products',
      align: 'right',
      render: (_, p) => (
        <Typography.Text title={p.products.map((x) => x.productName).join(', ')}>
          {p.products.length}
        </Typography.Text>
      ),
    },
    {
      title: <VisuallyHidden>{t('common:action.edit')}</VisuallyHidden>,
      key: 'actions',
      width: 110,
      render: (_, p) =>
        mayWriteInDistrict(session, p.adminUnitCode) && (
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
        title={t('pos.title')}
        subtitle={t('pos.subtitle')}
        extra={
          <IfRole roles={COMMERCE_WRITERS}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
              {t('pos.create')}
            </Button>
          </IfRole>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchBox value={params.q} onSearch={(q) => update({ q })} />
        <Select
          allowClear
          aria-label={t('pos.field.kind')}
          placeholder={t('pos.filterKind')}
          style={{ minWidth: 200 }}
          value={params.filters.kind}
          onChange={(kind?: string) => update({ kind })}
          options={POS_KINDS.map((value) => ({ value, label: t(`pos.kind.${value}`) }))}
        />
      </Flex>
      {points.isError ? (
        <ErrorResult error={points.error} onRetry={() => void points.refetch()} />
      ) : (
        <Table<PointOfSale>
          rowKey="id"
          columns={columns}
          dataSource={points.data?.items}
          loading={points.isFetching}
          scroll={{ x: true }}
          locale={{
            emptyText: <EmptyText text={emptyLabel(params)} />,
          }}
          {...serverTableProps<PointOfSale>(params, update, points.data?.total)}
        />
      )}
      {editing && <PointOfSaleFormModal id={editing.id} onClose={() => setEditing(null)} />}
    </>
  );
}

interface PosFormValues {
  name: string;
  kind: PointOfSaleKind;
  address?: string | null;
  adminUnitCode?: string;
  operator?: string | null;
  productIds: number[];
}

function valuesOf(p: PointOfSale): PosFormValues {
  return {
    name: p.name,
    kind: p.kind,
    address: p.address,
    adminUnitCode: p.adminUnitCode,
    operator: p.operator,
    productIds: p.products.map((x) => x.productId),
  };
}

/**
 * Create or edit a point of sale. The office places it in a commune of today; a district officer may only work in
 * their own district, so their points stay in it.
 */
function PointOfSaleFormModal({ id, onClose }: { id?: number; onClose: () => void }) {
  const { t } = useTranslation(['commerce', 'common']);
  const { message } = App.useApp();
  const session = useSession();
  const { form, error, setError, showProblem } = useApiForm<PosFormValues>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const current = usePointOfSale(id);
  const save = useSavePointOfSale();
  const loading = id !== undefined && current.isPending;
  const office = session.hasRole(Role.OFFICE);
  const view = current.data?.data;
  const knownProducts = useMemo(
    () =>
      (view?.products ?? []).map((x) => ({
        value: x.productId,
        label: `${x.productName} — ${x.producerName}`,
      })),
    [view],
  );

  const submit = (values: PosFormValues) => {
    setError(null);
    save.mutate(
      {
        id,
        etag: current.data?.etag,
        idempotencyKey,
        body: {
          name: values.name.trim(),
          kind: values.kind,
          address: nullIfBlank(values.address),
          adminUnitCode: (office ? values.adminUnitCode : (view?.adminUnitCode ?? session.unit)) ?? '',
          operator: nullIfBlank(values.operator),
          productIds: values.productIds,
        },
      },
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
    if (fresh.data) form.setFieldsValue(valuesOf(fresh.data.data));
    setError(null);
  };

  return (
    <Modal
      open
      title={t(id ? 'pos.edit' : 'pos.create')}
      onCancel={onClose}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      okButtonProps={{ htmlType: 'submit', form: 'pos-form', loading: save.isPending, disabled: loading }}
      destroyOnHidden
      width={680}
    >
      {current.isError ? (
        <ErrorResult error={current.error} />
      ) : loading ? (
        <Spin />
      ) : (
        <>
          <ProblemAlert error={error} onReload={() => void reload()} />
          <Form<PosFormValues>
            id="pos-form"
            form={form}
            layout="vertical"
            initialValues={view ? valuesOf(view) : { kind: 'OCOP_SHOP', productIds: [] }}
            onFinish={submit}
            disabled={save.isPending}
          >
            <Form.Item
              name="name"
              label={t('pos.field.name')}
              rules={[{ required: true, whitespace: true }, { max: 300 }]}
            >
              <Input />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item name="kind" label={t('pos.field.kind')} rules={[{ required: true }]}>
                  <Select options={POS_KINDS.map((value) => ({ value, label: t(`pos.kind.${value}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                {office ? (
                  <Form.Item name="adminUnitCode" label={t('pos.field.unit')} rules={[{ required: true }]}>
                    <CommunePicker
                      known={view ? { value: view.adminUnitCode, label: view.adminUnitName } : undefined}
                    />
                  </Form.Item>
                ) : (
                  <Form.Item label={t('pos.field.unitOwn')}>
                    <Input
                      disabled
                      aria-label={t('pos.field.unitOwn')}
                      value={view?.adminUnitName ?? session.unit ?? ''}
                    />
                  </Form.Item>
                )}
              </Col>
            </Row>
            <Form.Item name="address" label={t('pos.field.address')} rules={[{ max: 500 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="operator" label={t('pos.field.operator')} rules={[{ max: 300 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="productIds" label={t('pos.field.products')}>
              <AnyProductPicker known={knownProducts} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
