import { App, DatePicker, Form, Input, Modal, Select, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ErrorResult } from '../../../components/QueryState';
import { newIdempotencyKey, useApiForm } from '../../../lib/forms/useApiForm';
import { ProducerPicker } from '../../commerce/components/Pickers';
import { DATE_FORMAT, isoDate, toDayjs } from '../../commerce/lib/forms';
import {
  SUPPORT_TYPES,
  useSaveSupportRequest,
  useSupportRequest,
  type SupportRequest,
  type SupportType,
} from '../api/supportRequests';

interface SupportFormValues {
  producerId?: number;
  type?: SupportType;
  description: string;
  requestedOn?: Dayjs;
}

function valuesOf(r: SupportRequest): SupportFormValues {
  return {
    producerId: r.producerId,
    type: r.type,
    description: r.description,
    requestedOn: toDayjs(r.requestedOn),
  };
}

/** Record (id absent) or correct a support request; a district officer picks among their district's producers. */
export function SupportRequestFormModal({
  id,
  onClose,
  onCreated,
}: {
  id?: number;
  onClose: () => void;
  onCreated?: (r: SupportRequest) => void;
}) {
  const { t } = useTranslation(['support', 'common']);
  const { message } = App.useApp();
  const { form, error, setError, showProblem } = useApiForm<SupportFormValues>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const current = useSupportRequest(id);
  const save = useSaveSupportRequest();
  const loading = id !== undefined && current.isPending;
  const view = current.data?.data;

  const submit = (values: SupportFormValues) => {
    setError(null);
    save.mutate(
      {
        id,
        etag: current.data?.etag,
        idempotencyKey,
        body: {
          producerId: values.producerId ?? 0,
          type: values.type ?? 'OTHER',
          description: values.description.trim(),
          requestedOn: isoDate(values.requestedOn) ?? '',
        },
      },
      {
        onSuccess: (saved) => {
          void message.success(t(id ? 'saved' : 'created'));
          onClose();
          if (!id) onCreated?.(saved);
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
      title={t(id ? 'edit' : 'create')}
      onCancel={onClose}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      okButtonProps={{ htmlType: 'submit', form: 'support-form', loading: save.isPending, disabled: loading }}
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
          <Form<SupportFormValues>
            id="support-form"
            form={form}
            layout="vertical"
            initialValues={view ? valuesOf(view) : { description: '', requestedOn: dayjs() }}
            onFinish={submit}
            disabled={save.isPending}
          >
            <Form.Item name="producerId" label={t('field.producer')} rules={[{ required: true }]}>
              <ProducerPicker known={view ? [{ value: view.producerId, label: view.producerName }] : []} />
            </Form.Item>
            <Form.Item name="type" label={t('field.type')} rules={[{ required: true }]}>
              <Select options={SUPPORT_TYPES.map((value) => ({ value, label: t(`type.${value}`) }))} />
            </Form.Item>
            <Form.Item
              name="description"
              label={t('field.description')}
              rules={[{ required: true, whitespace: true }, { max: 4000 }]}
            >
              <Input.TextArea rows={4} />
            </Form.Item>
            <Form.Item name="requestedOn" label={t('field.requestedOn')} rules={[{ required: true }]}>
              <DatePicker
                format={DATE_FORMAT}
                style={{ width: '100%' }}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
