import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { newIdempotencyKey, useApiForm } from '../../../lib/forms/useApiForm';
import { compareVi, matchesVi } from '../../../lib/format';
import { useRubricVersions } from '../../rubric/api/rubric';
import {
  useAdminUnits,
  useCreateRound,
  useLegalBasisInForce,
  useProcedureOf,
  useUpdateRound,
  type EvaluationLevel,
  type Round,
  type RoundRequest,
} from '../api/rounds';
import { unitTypesForLevel } from '../logic/roundActions';

interface Values {
  name?: string;
  year: number;
  level: EvaluationLevel;
  adminUnitCode: string;
  opensOn: Dayjs;
  closesOn: Dayjs;
  rubricVersionId?: number;
}

const ISO = 'YYYY-MM-DD';

/** Create a round, or edit an OPEN round's header (level, unit and basis are fixed once products are entered). */
export function RoundFormModal({
  round,
  etag,
  onClose,
  onSaved,
}: {
  round?: Round;
  etag?: string;
  onClose: () => void;
  onSaved: (round: Round) => void;
}) {
  const { t } = useTranslation(['rounds', 'common']);
  const { message } = App.useApp();
  const { form, error, showProblem, setError } = useApiForm<Values>();
  const [key] = useState(newIdempotencyKey);
  const create = useCreateRound();
  const update = useUpdateRound(round?.id ?? 0);
  const saving = create.isPending || update.isPending;
  const fixed = !!round && round.entryCount > 0;

  const opensOn = Form.useWatch('opensOn', form);
  const level = Form.useWatch('level', form);
  const on = opensOn ? opensOn.format(ISO) : undefined;
  const basis = useLegalBasisInForce(on);
  const procedure = useProcedureOf(basis.data?.code);
  const units = useAdminUnits(unitTypesForLevel(level), on);
  const versions = useRubricVersions(
    { legalBasisCode: basis.data?.criteriaBasisCode, status: 'PUBLISHED', effectiveOn: on, size: 50 },
    !!basis.data,
  );

  const initial: Partial<Values> = round
    ? {
        name: round.name,
        year: round.year,
        level: round.level,
        adminUnitCode: round.adminUnitCode,
        opensOn: dayjs(round.opensOn),
        closesOn: dayjs(round.closesOn),
        rubricVersionId: round.rubricVersionId,
      }
    : {};

  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    const body: RoundRequest = {
      name: v.name?.trim() || null,
      year: v.year,
      level: v.level,
      adminUnitCode: v.adminUnitCode,
      opensOn: v.opensOn.format(ISO),
      closesOn: v.closesOn.format(ISO),
      legalBasisCode: basis.data?.code ?? null,
      rubricVersionId: v.rubricVersionId ?? null,
    };
    const done = (r: Round) => {
      void message.success(t(round ? 'create.saved' : 'create.created'));
      onSaved(r);
    };
    if (round) update.mutate({ body, etag: etag ?? '' }, { onSuccess: done, onError: showProblem });
    else create.mutate({ body, key }, { onSuccess: done, onError: showProblem });
  };

  return (
    <Modal
      open
      title={t(round ? 'create.edit' : 'create.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      okButtonProps={{ loading: saving, disabled: saving }}
      width={640}
      destroyOnHidden
    >
      <ProblemAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.opensOn && !round) form.setFieldValue('year', changed.opensOn.year());
          if (changed.level) form.setFieldValue('adminUnitCode', undefined);
          if (changed.opensOn || changed.level) form.setFieldValue('rubricVersionId', undefined);
        }}
      >
        <Form.Item name="opensOn" label={t('field.opensOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" disabled={fixed} style={{ width: '100%' }} />
        </Form.Item>
        {on && (
          <Alert
            type={basis.isError ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 16 }}
            title={
              basis.data
                ? t('create.basisHint', { code: basis.data.code, number: basis.data.decisionNumber })
                : basis.isError
                  ? t('create.basisNone')
                  : t('common:state.loading')
            }
          />
        )}
        <Form.Item
          name="closesOn"
          label={t('field.closesOn')}
          dependencies={['opensOn']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, value?: Dayjs) => {
                const start = getFieldValue('opensOn') as Dayjs | undefined;
                return !value || !start || value.isAfter(start)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('create.closesAfter')));
              },
            }),
          ]}
        >
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="year" label={t('field.year')} rules={[{ required: true }]}>
          <InputNumber min={2018} max={2100} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item
          name="level"
          label={t('field.level')}
          extra={t('create.levelHint')}
          rules={[{ required: true }]}
        >
          <Select
            disabled={fixed || !procedure.data}
            loading={procedure.isFetching}
            options={procedure.data?.levels.map((l) => ({ value: l.level, label: t(`level.${l.level}`) }))}
          />
        </Form.Item>
        <Form.Item name="adminUnitCode" label={t('field.unit')} rules={[{ required: true }]}>
          <Select
            showSearch={{
              filterOption: (input, option) => matchesVi(String(option?.label ?? ''), input),
            }}
            disabled={fixed || !level}
            loading={units.isFetching}
            placeholder={t('create.unitPlaceholder')}
            options={[...(units.data ?? [])]
              .sort((a, b) => compareVi(a.name, b.name))
              .map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
          />
        </Form.Item>
        <Form.Item name="rubricVersionId" label={t('field.rubricVersion')}>
          <Select
            allowClear
            disabled={fixed}
            placeholder={t('create.rubricDefault')}
            loading={versions.isFetching}
            options={versions.data?.items.map((v) => ({ value: v.id, label: v.name }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('field.name')} rules={[{ max: 300 }]}>
          <Input placeholder={t('create.namePlaceholder')} maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
