import { App, DatePicker, Form, Input, Modal, Radio, Select, Skeleton } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ErrorResult } from '../../../components/QueryState';
import { newIdempotencyKey, useApiForm } from '../../../lib/forms/useApiForm';
import { ProducerPicker, ProductPicker } from '../../products/components/RecordPickers';
import {
  CERTIFICATION_TYPES,
  useCertification,
  useCreateCertification,
  useUpdateCertification,
  type Certification,
  type CertificationRequest,
  type CertificationType,
} from '../api/certifications';

interface FormValues {
  holderKind: 'product' | 'producer';
  productId?: number;
  producerId?: number;
  type: CertificationType;
  number: string;
  issuer: string;
  issuedOn: Dayjs;
  expiresOn?: Dayjs | null;
}

function toForm(c: Certification): FormValues {
  return {
    holderKind: c.productId ? 'product' : 'producer',
    productId: c.productId ?? undefined,
    producerId: c.productId ? undefined : (c.producerId ?? undefined),
    type: c.type,
    number: c.number,
    issuer: c.issuer,
    issuedOn: dayjs(c.issuedOn),
    expiresOn: c.expiresOn ? dayjs(c.expiresOn) : null,
  };
}

function toRequest(v: FormValues): CertificationRequest {
  return {
    productId: v.holderKind === 'product' ? (v.productId ?? null) : null,
    producerId: v.holderKind === 'producer' ? (v.producerId ?? null) : null,
    type: v.type,
    number: v.number.trim(),
    issuer: v.issuer.trim(),
    issuedOn: v.issuedOn.format('YYYY-MM-DD'),
    expiresOn: v.expiresOn ? v.expiresOn.format('YYYY-MM-DD') : null,
  };
}

export interface CertificationHolder {
  productId?: number;
  productName?: string;
  producerId?: number;
  producerName?: string;
}

/**
 * Create (with an Idempotency-Key per opening) or edit (If-Match with the ETag read when the form opened; 412
 * offers a reload) a certification. `holder` fixes the product or producer when opened from its page.
 */
export function CertificationFormModal({
  editId,
  holder,
  onClose,
}: {
  editId?: number;
  holder?: CertificationHolder;
  onClose: () => void;
}) {
  const { t } = useTranslation(['certifications', 'common']);
  const current = useCertification(editId);
  if (editId !== undefined && current.isPending)
    return (
      <Modal open title={t('form.editTitle')} onCancel={onClose} footer={null}>
        <Skeleton active />
      </Modal>
    );
  if (editId !== undefined && current.isError)
    return (
      <Modal open title={t('form.editTitle')} onCancel={onClose} footer={null}>
        <ErrorResult error={current.error} />
      </Modal>
    );
  return (
    <CertificationForm
      current={current.data}
      holder={holder}
      onClose={onClose}
      onReload={async () => (await current.refetch()).data}
    />
  );
}

function CertificationForm({
  current,
  holder,
  onClose,
  onReload,
}: {
  current?: { data: Certification; etag: string };
  holder?: CertificationHolder;
  onClose: () => void;
  onReload: () => Promise<{ data: Certification; etag: string } | undefined>;
}) {
  const { t } = useTranslation(['certifications', 'common']);
  const { message } = App.useApp();
  const { form, error, setError, showProblem } = useApiForm<FormValues>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [etag, setEtag] = useState(current?.etag);
  const create = useCreateCertification();
  const update = useUpdateCertification();
  const pending = create.isPending || update.isPending;
  const holderKind = Form.useWatch('holderKind', form);
  const type = Form.useWatch('type', form);
  const issuedOn = Form.useWatch('issuedOn', form);
  const fixedHolder = !!current || !!holder;

  const initial: Partial<FormValues> = current
    ? toForm(current.data)
    : {
        holderKind: holder?.producerId && !holder.productId ? 'producer' : 'product',
        productId: holder?.productId,
        producerId: holder?.productId ? undefined : holder?.producerId,
      };

  const submit = async (values: FormValues) => {
    setError(null);
    try {
      if (current) {
        await update.mutateAsync({
          id: current.data.id,
          body: toRequest(values),
          etag: etag ?? current.etag,
        });
        void message.success(t('common:state.saved'));
      } else {
        await create.mutateAsync({ body: toRequest(values), idempotencyKey });
        void message.success(t('form.created'));
      }
      onClose();
    } catch (e) {
      showProblem(e);
    }
  };

  const productLabel = current?.data.productName ?? holder?.productName;
  const producerLabel = current?.data.producerName ?? holder?.producerName;

  return (
    <Modal
      open
      title={current ? t('form.editTitle') : t('form.createTitle')}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: pending, disabled: pending }}
      destroyOnHidden
      width={640}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => void submit(v)}
      >
        <ProblemAlert
          error={error}
          onReload={async () => {
            const fresh = await onReload();
            if (!fresh) return;
            setEtag(fresh.etag);
            form.setFieldsValue(toForm(fresh.data));
            setError(null);
          }}
        />
        <Form.Item
          name="holderKind"
          label={t('field.holderKind')}
          extra={fixedHolder ? t('form.holderFixed') : undefined}
        >
          <Radio.Group
            disabled={fixedHolder}
            options={[
              { value: 'product', label: t('holderKind.product') },
              { value: 'producer', label: t('holderKind.producer') },
            ]}
          />
        </Form.Item>
        {holderKind === 'producer' ? (
          <Form.Item
            name="producerId"
            label={t('field.producer')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <ProducerPicker
              disabled={fixedHolder}
              currentLabel={producerLabel}
              ariaLabel={t('field.producer')}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="productId"
            label={t('field.product')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <ProductPicker
              disabled={fixedHolder}
              currentLabel={productLabel}
              ariaLabel={t('field.product')}
            />
          </Form.Item>
        )}
        <Form.Item
          name="type"
          label={t('field.type')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select options={CERTIFICATION_TYPES.map((value) => ({ value, label: t(`type.${value}`) }))} />
        </Form.Item>
        <Form.Item
          name="number"
          label={t('field.number')}
          extra={type === 'BARCODE' ? t('form.barcodeHint') : undefined}
          rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 100 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="issuer"
          label={t('field.issuer')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 300 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="issuedOn"
          label={t('field.issuedOn')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="expiresOn"
          label={t('field.expiresOn')}
          extra={t('form.noExpiryHint')}
          dependencies={['issuedOn']}
          rules={[
            {
              validator: (_, value: Dayjs | null | undefined) =>
                !value || !issuedOn || value.isAfter(issuedOn, 'day')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('form.expiresAfter'))),
            },
          ]}
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
