import { App, Col, DatePicker, Form, Input, Modal, Row, Select, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ErrorResult } from '../../../components/QueryState';
import { newIdempotencyKey, useApiForm } from '../../../lib/forms/useApiForm';
import {
  EVENT_KINDS,
  useSaveTradeEvent,
  useTradeEvent,
  type TradeEvent,
  type TradeEventKind,
} from '../api/tradeEvents';
import { DATE_FORMAT, isoDate, nullIfBlank, toDayjs } from '../lib/forms';

interface EventFormValues {
  name: string;
  kind: TradeEventKind;
  hostProvince: string;
  venue?: string | null;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
}

function valuesOf(e: TradeEvent): EventFormValues {
  return {
    name: e.name,
    kind: e.kind,
    hostProvince: e.hostProvince,
    venue: e.venue,
    startsOn: toDayjs(e.startsOn),
    endsOn: toDayjs(e.endsOn),
  };
}

/** Create (id absent) or edit a trade event (the office only). */
export function TradeEventFormModal({
  id,
  onClose,
  onCreated,
}: {
  id?: number;
  onClose: () => void;
  onCreated?: (event: TradeEvent) => void;
}) {
  const { t } = useTranslation(['commerce', 'common']);
  const { message } = App.useApp();
  const { form, error, setError, showProblem } = useApiForm<EventFormValues>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const current = useTradeEvent(id);
  const save = useSaveTradeEvent();
  const loading = id !== undefined && current.isPending;

  const submit = (values: EventFormValues) => {
    setError(null);
    save.mutate(
      {
        id,
        etag: current.data?.etag,
        idempotencyKey,
        body: {
          name: values.name.trim(),
          kind: values.kind,
          hostProvince: values.hostProvince.trim(),
          venue: nullIfBlank(values.venue),
          startsOn: isoDate(values.startsOn) ?? '',
          endsOn: isoDate(values.endsOn) ?? '',
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
      title={t(id ? 'event.edit' : 'event.create')}
      onCancel={onClose}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      okButtonProps={{ htmlType: 'submit', form: 'event-form', loading: save.isPending, disabled: loading }}
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
          <Form<EventFormValues>
            id="event-form"
            form={form}
            layout="vertical"
            initialValues={current.data ? valuesOf(current.data.data) : { kind: 'FAIR' }}
            onFinish={submit}
            disabled={save.isPending}
          >
            <Form.Item
              name="name"
              label={t('event.field.name')}
              rules={[{ required: true, whitespace: true }, { max: 300 }]}
            >
              <Input />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item name="kind" label={t('event.field.kind')} rules={[{ required: true }]}>
                  <Select
                    options={EVENT_KINDS.map((value) => ({ value, label: t(`event.kind.${value}`) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="hostProvince"
                  label={t('event.field.hostProvince')}
                  rules={[{ required: true, whitespace: true }, { max: 100 }]}
                >
                  <Input />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="venue" label={t('event.field.venue')} rules={[{ max: 500 }]}>
              <Input />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item name="startsOn" label={t('event.field.startsOn')} rules={[{ required: true }]}>
                  <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="endsOn" label={t('event.field.endsOn')} rules={[{ required: true }]}>
                  <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </>
      )}
    </Modal>
  );
}
