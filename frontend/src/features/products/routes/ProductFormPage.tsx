import { App, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { NotAllowed, QueryState } from '../../../components/QueryState';
import type { Versioned } from '../../../lib/api/client';
import { useSession } from '../../../lib/auth/session';
import { newIdempotencyKey, useApiForm } from '../../../lib/forms/useApiForm';
import { mayCreate, mayEditInDistrict } from '../../producers/api/permissions';
import {
  PRODUCT_STATUSES,
  useCreateProduct,
  useProduct,
  useProductSets,
  useUpdateProduct,
  type Product,
  type ProductRequest,
} from '../api/products';
import { ProducerPicker } from '../components/RecordPickers';

type FormValues = Omit<ProductRequest, 'description'> & { description?: string | null };

function toForm(p: Product): FormValues {
  return {
    name: p.name,
    description: p.description,
    producerId: p.producerId,
    productSetId: p.productSetId,
    yearEntered: p.yearEntered,
    status: p.status,
  };
}

function ProductForm({
  current,
  onReload,
}: {
  current?: Versioned<Product>;
  onReload?: () => Promise<Versioned<Product> | undefined>;
}) {
  const { t } = useTranslation(['products', 'common']);
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { message } = App.useApp();
  const { form, error, setError, showProblem } = useApiForm<FormValues>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [etag, setEtag] = useState(current?.etag);
  const create = useCreateProduct();
  const update = useUpdateProduct(current?.data.id ?? 0);
  const sets = useProductSets();
  const pending = create.isPending || update.isPending;
  const presetProducer = Number(search.get('producerId')) || undefined;

  const bases = [...new Set((sets.data?.items ?? []).map((s) => s.legalBasisCode))];
  const setOptions = bases.map((basis) => ({
    label: basis,
    title: basis,
    options: (sets.data?.items ?? [])
      .filter((s) => s.legalBasisCode === basis)
      .map((s) => ({ value: s.id, label: `${s.number}. ${s.name} (${s.groupName})` })),
  }));

  const submit = async (values: FormValues) => {
    setError(null);
    const body: ProductRequest = {
      ...values,
      name: values.name.trim(),
      description: values.description?.trim() || null,
    };
    try {
      const saved = current
        ? await update.mutateAsync({ body, etag: etag ?? current.etag })
        : await create.mutateAsync({ body, idempotencyKey });
      void message.success(current ? t('common:state.saved') : t('form.created'));
      void navigate(`/products/${saved.data.id}`);
    } catch (e) {
      showProblem(e);
    }
  };

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      style={{ maxWidth: 760 }}
      initialValues={
        current
          ? toForm(current.data)
          : { status: 'ACTIVE', yearEntered: new Date().getFullYear(), producerId: presetProducer }
      }
      onFinish={(v) => void submit(v)}
      scrollToFirstError
    >
      <ProblemAlert
        error={error}
        onReload={
          onReload
            ? async () => {
                const fresh = await onReload();
                if (!fresh) return;
                setEtag(fresh.etag);
                form.setFieldsValue(toForm(fresh.data));
                setError(null);
              }
            : undefined
        }
      />
      <Form.Item
        name="name"
        label={t('field.name')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 300 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="producerId"
        label={t('field.producer')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <ProducerPicker
          currentLabel={current?.data.producerName}
          placeholder={t('form.producerSearch')}
          ariaLabel={t('field.producer')}
        />
      </Form.Item>
      <Form.Item
        name="productSetId"
        label={t('field.productSet')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={sets.isFetching}
          options={setOptions}
          aria-label={t('field.productSet')}
        />
      </Form.Item>
      <Space wrap size={16}>
        <Form.Item
          name="yearEntered"
          label={t('field.yearEntered')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber min={2018} max={2100} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item
          name="status"
          label={t('field.status')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select
            style={{ minWidth: 200 }}
            options={PRODUCT_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
          />
        </Form.Item>
      </Space>
      <Form.Item name="description" label={t('field.description')}>
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 3 }} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={pending} disabled={pending}>
          {t('common:action.save')}
        </Button>
        <Button onClick={() => void navigate(current ? `/products/${current.data.id}` : '/products')}>
          {t('common:action.cancel')}
        </Button>
      </Space>
    </Form>
  );
}

export function ProductCreatePage() {
  const { t } = useTranslation('products');
  const session = useSession();
  if (!mayCreate(session)) return <NotAllowed />;
  return (
    <>
      <PageHeader title={t('form.createTitle')} />
      <ProductForm />
    </>
  );
}

export function ProductEditPage() {
  const { t } = useTranslation('products');
  const id = Number(useParams().id);
  const session = useSession();
  const product = useProduct(id);
  return (
    <QueryState query={product}>
      {(current) =>
        mayEditInDistrict(session, current.data.districtCode) ? (
          <>
            <PageHeader title={t('form.editTitle', { name: current.data.name })} />
            <ProductForm current={current} onReload={async () => (await product.refetch()).data} />
          </>
        ) : (
          <NotAllowed />
        )
      }
    </QueryState>
  );
}
