import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  App,
  AutoComplete,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { api, unwrap } from '../../../lib/api/client';
import { newIdempotencyKey, useApiForm } from '../../../lib/forms/useApiForm';
import { DECISION_LEVELS, useCreateDecision, type DecisionLevel } from '../api/certificates';

interface DecisionForm {
  number: string;
  decidedOn: Dayjs;
  signer: string;
  level: DecisionLevel;
  adminUnitCode: string;
  legalBasisCode?: string;
  recognitions: { productId: number; stars: number }[];
}

/** A product picked by typing its name (the API's accent-insensitive search). */
function ProductPicker({
  value,
  onChange,
  id,
}: {
  value?: number;
  onChange?: (id: number) => void;
  id?: string;
}) {
  const { t } = useTranslation('certificate');
  const [q, setQ] = useState('');
  const products = useQuery({
    queryKey: ['products', 'list', { q, size: 20 }],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/products', { params: { query: { q, size: 20, sort: 'name' } }, signal })),
    enabled: q.trim().length >= 2,
  });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      placeholder={t('create.productPlaceholder')}
      aria-label={t('create.product')}
      loading={products.isFetching}
      notFoundContent={null}
      style={{ minWidth: 280 }}
      options={(products.data?.items ?? []).map((p) => ({
        value: p.id,
        label: `${p.name} — ${p.producerName}`,
      }))}
    />
  );
}

export default function DecisionCreatePage() {
  const { t } = useTranslation(['certificate', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const { form, error, setError, showProblem } = useApiForm<DecisionForm>();
  const create = useCreateDecision(idempotencyKey);

  const submit = (v: DecisionForm) => {
    setError(null);
    create.mutate(
      {
        number: v.number.trim(),
        decidedOn: v.decidedOn.format('YYYY-MM-DD'),
        signer: v.signer.trim(),
        level: v.level,
        adminUnitCode: v.adminUnitCode.trim(),
        legalBasisCode: v.legalBasisCode?.trim() || null,
        recognitions: v.recognitions,
      },
      {
        onSuccess: (d) => {
          void message.success(t('create.created'));
          void navigate(`/recognition-decisions/${d.id}`);
        },
        onError: showProblem,
      },
    );
  };

  const required = [{ required: true, whitespace: true, message: t('create.required') }];
  return (
    <>
      <PageHeader title={t('create.title')} subtitle={t('create.subtitle')} />
      <ProblemAlert error={error} />
      <Card size="small">
        <Form<DecisionForm>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ level: 'PROVINCIAL', adminUnitCode: '86', recognitions: [{ stars: 3 }] }}
          style={{ maxWidth: 820 }}
        >
          <Flex gap={16} wrap>
            <Form.Item name="number" label={t('decision.number')} rules={required} style={{ minWidth: 220 }}>
              <Input maxLength={100} placeholder="1234/QĐ-UBND" />
            </Form.Item>
            <Form.Item
              name="decidedOn"
              label={t('decision.decidedOn')}
              rules={[{ required: true, message: t('create.required') }]}
            >
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
            <Form.Item name="level" label={t('decision.level')} rules={[{ required: true }]}>
              <Select
                style={{ width: 160 }}
                options={DECISION_LEVELS.map((value) => ({ value, label: t(`level.${value}`) }))}
              />
            </Form.Item>
          </Flex>
          <Flex gap={16} wrap>
            <Form.Item name="signer" label={t('decision.signer')} rules={required} style={{ minWidth: 320 }}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="adminUnitCode" label={t('decision.adminUnitCode')} rules={required}>
              <AutoComplete
                style={{ width: 220 }}
                options={[
                  { value: '86', label: '86 — Tỉnh Vĩnh Long' },
                  { value: '84', label: '84 — Tỉnh Trà Vinh' },
                ]}
              />
            </Form.Item>
            <Form.Item name="legalBasisCode" label={t('decision.legalBasisCode')}>
              <Input style={{ width: 240 }} placeholder={t('create.legalBasisPlaceholder')} />
            </Form.Item>
          </Flex>
          <Form.List
            name="recognitions"
            rules={[
              {
                validator: async (_, rows?: unknown[]) => {
                  if (!rows || rows.length === 0) throw new Error(t('create.atLeastOne'));
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
                <legend style={{ fontSize: 14, fontWeight: 600 }}>{t('create.recognitions')}</legend>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item
                      name={[field.name, 'productId']}
                      label={t('create.product')}
                      rules={[{ required: true, message: t('create.required') }]}
                    >
                      <ProductPicker />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'stars']}
                      label={t('create.stars')}
                      rules={[{ required: true, message: t('create.required') }]}
                    >
                      <InputNumber min={3} max={5} style={{ width: 90 }} />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('create.remove')}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                ))}
                <Form.ErrorList errors={errors} />
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ stars: 3 })}
                  style={{ marginBottom: 16 }}
                >
                  {t('create.addProduct')}
                </Button>
              </fieldset>
            )}
          </Form.List>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={create.isPending} disabled={create.isPending}>
              {t('common:action.save')}
            </Button>
            <Button onClick={() => void navigate('/recognition-decisions')}>
              {t('common:action.cancel')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
