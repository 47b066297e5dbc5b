import { Alert, App, Button, DatePicker, Flex, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { NotAllowed, QueryState } from '../../../components/QueryState';
import { UnitSelect } from '../../../components/UnitSelect';
import type { Versioned } from '../../../lib/api/client';
import { Role } from '../../../lib/auth/roles';
import { useSession } from '../../../lib/auth/session';
import { newIdempotencyKey, useApiForm } from '../../../lib/forms/useApiForm';
import { mayCreate, mayEditInDistrict } from '../api/permissions';
import {
  PRODUCER_TYPES,
  useCreateProducer,
  useProducer,
  useUpdateProducer,
  type Producer,
  type ProducerRequest,
} from '../api/producers';
import { LAST_DAY_OF_DISTRICTS, OLD_PROVINCE, PROVINCE_TODAY, onDistrictMap } from '../api/units';

interface FormValues {
  type: Producer['type'];
  name: string;
  taxCode?: string;
  representative?: string;
  phone?: string;
  email?: string;
  address?: string;
  registeredOn?: Dayjs;
  districtCode?: string;
  communeCode?: string;
}

function toForm(p: Producer): FormValues {
  return {
    type: p.type,
    name: p.name,
    taxCode: p.taxCode,
    representative: p.representative,
    phone: p.phone,
    email: p.email,
    address: p.address,
    registeredOn: dayjs(p.registeredOn),
    districtCode: p.districtCode ?? undefined,
    communeCode: p.communeCode ?? undefined,
  };
}

function toRequest(v: FormValues): ProducerRequest {
  const blank = (s: string | undefined) => (s && s.trim() ? s.trim() : null);
  const registeredOn = v.registeredOn?.format('YYYY-MM-DD');
  return {
    type: v.type,
    name: v.name,
    taxCode: blank(v.taxCode),
    representative: blank(v.representative),
    phone: blank(v.phone),
    email: blank(v.email),
    address: blank(v.address),
    ...(registeredOn ? { registeredOn } : {}),
    districtCode: onDistrictMap(registeredOn) ? blank(v.districtCode) : null,
    communeCode: blank(v.communeCode),
  };
}

function ProducerForm({
  current,
  onReload,
}: {
  current?: Versioned<Producer>;
  onReload?: () => Promise<Versioned<Producer> | undefined>;
}) {
  const { t } = useTranslation(['producers', 'common']);
  const session = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { form, error, setError, showProblem } = useApiForm<FormValues>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const create = useCreateProducer();
  const update = useUpdateProducer(current?.data.id ?? 0);
  const [etag, setEtag] = useState(current?.etag);
  const districtOfficer = !session.hasRole(Role.OFFICE);
  const registeredOn = Form.useWatch('registeredOn', form);
  const districtCode = Form.useWatch('districtCode', form);
  const day = registeredOn?.format('YYYY-MM-DD');
  const oldMap = onDistrictMap(day);
  const pending = create.isPending || update.isPending;

  const initial: Partial<FormValues> = current
    ? toForm(current.data)
    : districtOfficer
      ? { districtCode: session.unit ?? undefined }
      : { registeredOn: dayjs() };

  const submit = async (values: FormValues) => {
    setError(null);
    const body = toRequest(values);
    try {
      if (current) {
        const saved = await update.mutateAsync({ body, etag: etag ?? current.etag });
        void message.success(t('common:state.saved'));
        void navigate(`/producers/${saved.data.id}`);
      } else {
        const saved = await create.mutateAsync({ body, idempotencyKey });
        void message.success(t('form.created'));
        void navigate(`/producers/${saved.data.id}`);
      }
    } catch (e) {
      showProblem(e);
    }
  };

  const reload = onReload
    ? async () => {
        const fresh = await onReload();
        if (!fresh) return;
        setEtag(fresh.etag);
        form.setFieldsValue(toForm(fresh.data));
        setError(null);
      }
    : undefined;

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => void submit(v)}
      style={{ maxWidth: 760 }}
      scrollToFirstError
    >
      <ProblemAlert error={error} onReload={reload ? () => void reload() : undefined} />
      <Form.Item
        name="type"
        label={t('field.type')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Select options={PRODUCER_TYPES.map((value) => ({ value, label: t(`type.${value}`) }))} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('field.name')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 300 }]}
      >
        <Input />
      </Form.Item>
      <Alert
        type="info"
        showIcon
        title={districtOfficer ? t('form.districtOnlyHint') : t('form.mapHint')}
        style={{ marginBottom: 16 }}
      />
      <Form.Item
        name="registeredOn"
        label={t('field.registeredOn')}
        rules={[{ required: districtOfficer, message: t('form.required') }]}
      >
        <DatePicker
          format="DD/MM/YYYY"
          style={{ width: 200 }}
          disabledDate={(d) =>
            d.isAfter(dayjs(), 'day') || (districtOfficer && d.isAfter(dayjs(LAST_DAY_OF_DISTRICTS), 'day'))
          }
          onChange={() => form.setFieldsValue({ communeCode: undefined })}
        />
      </Form.Item>
      {oldMap && (
        <Form.Item
          name="districtCode"
          label={t('field.district')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <UnitSelect
            parentCode={OLD_PROVINCE}
            asOf={day}
            disabled={districtOfficer}
            ariaLabel={t('field.district')}
            onChange={(code) => form.setFieldsValue({ districtCode: code, communeCode: undefined })}
          />
        </Form.Item>
      )}
      <Form.Item
        name="communeCode"
        label={t('field.commune')}
        rules={[{ required: !!day && !oldMap, message: t('form.required') }]}
      >
        <UnitSelect
          parentCode={oldMap ? (districtCode ?? undefined) : day ? PROVINCE_TODAY : undefined}
          asOf={day}
          ariaLabel={t('field.commune')}
        />
      </Form.Item>
      <Form.Item name="taxCode" label={t('field.taxCode')}>
        <Input maxLength={14} />
      </Form.Item>
      <Form.Item name="representative" label={t('field.representative')}>
        <Input maxLength={200} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="phone" label={t('field.phone')} style={{ flex: 1, minWidth: 220 }}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('field.email')}
          rules={[{ type: 'email', message: t('form.invalidEmail') }]}
          style={{ flex: 1, minWidth: 220 }}
        >
          <Input maxLength={254} inputMode="email" />
        </Form.Item>
      </Flex>
      <Form.Item name="address" label={t('field.address')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={pending} disabled={pending}>
          {t('common:action.save')}
        </Button>
        <Button onClick={() => void navigate(current ? `/producers/${current.data.id}` : '/producers')}>
          {t('common:action.cancel')}
        </Button>
      </Space>
    </Form>
  );
}

export function ProducerCreatePage() {
  const { t } = useTranslation('producers');
  const session = useSession();
  if (!mayCreate(session)) return <NotAllowed />;
  return (
    <>
      <PageHeader title={t('form.createTitle')} />
      <ProducerForm />
    </>
  );
}

export function ProducerEditPage() {
  const { t } = useTranslation('producers');
  const id = Number(useParams().id);
  const session = useSession();
  const producer = useProducer(id);
  return (
    <QueryState query={producer}>
      {(current) =>
        mayEditInDistrict(session, current.data.districtCode) ? (
          <>
            <PageHeader title={t('form.editTitle', { name: current.data.name })} />
            <ProducerForm current={current} onReload={async () => (await producer.refetch()).data} />
          </>
        ) : (
          <NotAllowed />
        )
      }
    </QueryState>
  );
}
