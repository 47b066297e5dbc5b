import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { Schemas } from '../../../lib/api/client';
import { newIdempotencyKey, useApiForm } from '../../../lib/forms/useApiForm';
import { useLegalBases } from '../../rounds/api/rounds';
import {
  useCreateRubricVersion,
  useRubricVersions,
  useUpdateRubricVersion,
  type RubricVersion,
  type RubricVersionRequest,
} from '../api/rubric';

interface Values {
  legalBasisCode: string;
  name: string;
  effectiveFrom: Dayjs;
  effectiveTo?: Dayjs | null;
  copyOfVersionId?: number;
  parts?: Schemas['RubricPartTotal'][];
  starBands?: Schemas['StarBand'][];
}

const ISO = 'YYYY-MM-DD';

/** A new DRAFT (a copy of another version, or part totals and star bands typed in), or a draft's edited header. */
export function VersionFormModal({
  version,
  etag,
  onClose,
  onSaved,
}: {
  version?: RubricVersion;
  etag?: string;
  onClose: () => void;
  onSaved: (v: RubricVersion) => void;
}) {
  const { t } = useTranslation(['rubric', 'common']);
  const { message } = App.useApp();
  const { form, error, showProblem, setError } = useApiForm<Values>();
  const [key] = useState(newIdempotencyKey);
  const create = useCreateRubricVersion();
  const update = useUpdateRubricVersion(version?.id ?? 0);
  const saving = create.isPending || update.isPending;
  const bases = useLegalBases();
  const basis = Form.useWatch('legalBasisCode', form);
  const copyOf = Form.useWatch('copyOfVersionId', form);
  const sources = useRubricVersions(
    { legalBasisCode: basis, size: 50, sort: '-effectiveFrom' },
    !!basis && !version,
  );

  const initial: Partial<Values> = version
    ? {
        legalBasisCode: version.legalBasisCode,
        name: version.name,
        effectiveFrom: dayjs(version.effectiveFrom),
        effectiveTo: version.effectiveTo ? dayjs(version.effectiveTo) : null,
        parts: version.parts,
        starBands: version.starBands,
      }
    : { parts: [], starBands: [] };

  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    const copying = !version && v.copyOfVersionId != null;
    const body: RubricVersionRequest = {
      legalBasisCode: v.legalBasisCode,
      name: v.name.trim(),
      effectiveFrom: v.effectiveFrom.format(ISO),
      effectiveTo: v.effectiveTo ? v.effectiveTo.format(ISO) : null,
      copyOfVersionId: copying ? v.copyOfVersionId : null,
      parts: copying && !v.parts?.length ? null : (v.parts ?? []),
      starBands: copying && !v.starBands?.length ? null : (v.starBands ?? []),
    };
    const done = (saved: RubricVersion) => {
      void message.success(t(version ? 'create.saved' : 'create.created'));
      onSaved(saved);
    };
    if (version) update.mutate({ body, etag: etag ?? '' }, { onSuccess: done, onError: showProblem });
    else create.mutate({ body, key }, { onSuccess: done, onError: showProblem });
  };

  return (
    <Modal
      open
      title={t(version ? 'create.edit' : 'create.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      okButtonProps={{ loading: saving, disabled: saving }}
      width={720}
    >
      <ProblemAlert error={error} />
      <Form<Values> form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="legalBasisCode" label={t('field.legalBasis')} rules={[{ required: true }]}>
          <Select
            disabled={!!version}
            loading={bases.isFetching}
            options={bases.data?.items.map((b) => ({
              value: b.code,
              label: `${b.decisionNumber} — ${b.code}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('field.name')}
          rules={[{ required: true, whitespace: true }, { max: 300 }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="effectiveFrom" label={t('field.effectiveFrom')} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="effectiveTo" label={t('field.effectiveTo')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        </Flex>
        {!version && (
          <Form.Item name="copyOfVersionId" label={t('field.copyOf')} extra={t('create.copyHint')}>
            <Select
              allowClear
              disabled={!basis}
              loading={sources.isFetching}
              options={sources.data?.items.map((v) => ({
                value: v.id,
                label: `${v.name} (${t(`status.${v.status}`)})`,
              }))}
            />
          </Form.Item>
        )}
        {(version || copyOf == null) && (
          <>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t('field.parts')}
            </Typography.Title>
            <Form.List name="parts">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f, i) => (
                    <Flex key={f.key} gap={8} wrap align="flex-start">
                      <Form.Item name={[f.name, 'code']} rules={[{ required: true }]}>
                        <Input
                          placeholder={t('field.code')}
                          aria-label={`${t('field.code')} ${i + 1}`}
                          style={{ width: 70 }}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'title']}
                        rules={[{ required: true }]}
                        style={{ flex: 1, minWidth: 200 }}
                      >
                        <Input
                          placeholder={t('field.partTitle')}
                          aria-label={`${t('field.partTitle')} ${i + 1}`}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'maxPoints']} rules={[{ required: true }]}>
                        <InputNumber
                          min={0}
                          placeholder={t('field.maxPoints')}
                          aria-label={`${t('field.maxPoints')} ${i + 1}`}
                        />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('create.remove')}
                        onClick={() => remove(f.name)}
                      />
                    </Flex>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 16 }}>
                    {t('create.addPart')}
                  </Button>
                </>
              )}
            </Form.List>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t('field.bands')}
            </Typography.Title>
            <Form.List name="starBands">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f, i) => (
                    <Flex key={f.key} gap={8} wrap align="flex-start">
                      <Form.Item name={[f.name, 'stars']} rules={[{ required: true }]}>
                        <InputNumber
                          min={1}
                          max={5}
                          placeholder={t('field.stars')}
                          aria-label={`${t('field.stars')} ${i + 1}`}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'minScore']} rules={[{ required: true }]}>
                        <InputNumber
                          min={0}
                          max={100}
                          placeholder={t('field.minScore')}
                          aria-label={`${t('field.minScore')} ${i + 1}`}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'maxScoreExclusive']}>
                        <InputNumber
                          min={0}
                          max={100}
                          placeholder={t('field.maxScore')}
                          aria-label={`${t('field.maxScore')} ${i + 1}`}
                        />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('create.remove')}
                        onClick={() => remove(f.name)}
                      />
                    </Flex>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add()}>
                    {t('create.addBand')}
                  </Button>
                </>
              )}
            </Form.List>
          </>
        )}
      </Form>
    </Modal>
  );
}
