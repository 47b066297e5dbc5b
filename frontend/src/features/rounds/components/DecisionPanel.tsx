import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Popconfirm } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { newIdempotencyKey, useApiForm } from '../../../lib/forms/useApiForm';
import { formatDate } from '../../../lib/format';
import { useDecision, useRecordDecision, type Round } from '../api/rounds';

interface Values {
  number: string;
  decidedOn: Dayjs;
  signer: string;
}

/** The round's recognition decision: shown once recorded; recorded by the office on a FINALIZED round. */
export function DecisionPanel({ round, canRecord }: { round: Round; canRecord: boolean }) {
  const { t } = useTranslation(['rounds', 'common']);
  const decision = useDecision(round.decisionId);
  if (round.decisionId != null)
    return (
      <QueryState query={decision}>
        {(d) => (
          <Card size="small" title={d.number}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('decision.number')}>{d.number}</Descriptions.Item>
              <Descriptions.Item label={t('decision.decidedOn')}>{formatDate(d.decidedOn)}</Descriptions.Item>
              <Descriptions.Item label={t('decision.signer')}>{d.signer}</Descriptions.Item>
              <Descriptions.Item label={t('field.legalBasis')}>{d.legalBasisCode}</Descriptions.Item>
              <Descriptions.Item label={t('decision.certificates')}>{d.certificateCount}</Descriptions.Item>
            </Descriptions>
          </Card>
        )}
      </QueryState>
    );
  if (round.level === 'COMMUNE') return <Alert type="info" showIcon title={t('decision.commune')} />;
  if (!canRecord)
    return (
      <Alert
        type="info"
        showIcon
        title={t(round.status === 'FINALIZED' ? 'decision.none' : 'decision.notYet')}
      />
    );
  return <DecisionForm round={round} />;
}

function DecisionForm({ round }: { round: Round }) {
  const { t } = useTranslation(['rounds', 'common']);
  const { message } = App.useApp();
  const { form, error, showProblem, setError } = useApiForm<Values>();
  const [key] = useState(newIdempotencyKey);
  const record = useRecordDecision(round.id);
  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    record.mutate(
      {
        key,
        body: {
          number: v.number.trim(),
          signer: v.signer.trim(),
          decidedOn: v.decidedOn.format('YYYY-MM-DD'),
        },
      },
      { onSuccess: () => void message.success(t('decision.saved')), onError: showProblem },
    );
  };
  return (
    <Card size="small" title={t('decision.record')}>
      <ProblemAlert error={error} />
      <Form<Values> form={form} layout="vertical" style={{ maxWidth: 520 }}>
        <Form.Item
          name="number"
          label={t('decision.number')}
          rules={[{ required: true, whitespace: true }, { max: 60 }]}
        >
          <Input placeholder="2680/QĐ-UBND" />
        </Form.Item>
        <Form.Item name="decidedOn" label={t('decision.decidedOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="signer"
          label={t('decision.signer')}
          rules={[{ required: true, whitespace: true }, { max: 200 }]}
        >
          <Input />
        </Form.Item>
        <Popconfirm
          title={t('decision.confirm')}
          okText={t('common:action.yes')}
          cancelText={t('common:action.no')}
          onConfirm={() => void submit()}
        >
          <Button type="primary" loading={record.isPending} disabled={record.isPending}>
            {t('decision.record')}
          </Button>
        </Popconfirm>
      </Form>
    </Card>
  );
}
