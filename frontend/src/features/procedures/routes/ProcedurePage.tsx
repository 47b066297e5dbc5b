import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Table,
  Tabs,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { Role } from '../../../lib/auth/roles';
import { useSession } from '../../../lib/auth/session';
import { useApiForm } from '../../../lib/forms/useApiForm';
import { HistoryTable } from '../../../components/HistoryTable';
import {
  useProcedure,
  useProcedureHistory,
  useUpdateProcedure,
  type Procedure,
  type ProcedureLevel,
  type ProcedureRequest,
} from '../api/procedures';

const LEVELS = ['COMMUNE', 'DISTRICT', 'PROVINCIAL', 'CENTRAL'] as const;

export default function ProcedurePage() {
  const id = Number(useParams().id);
  const procedure = useProcedure(id);
  return (
    <QueryState query={procedure}>
      {({ data, etag }) => (
        <ProcedureView procedure={data} etag={etag} onReload={() => void procedure.refetch()} />
      )}
    </QueryState>
  );
}

function ProcedureView({
  procedure,
  etag,
  onReload,
}: {
  procedure: Procedure;
  etag: string;
  onReload: () => void;
}) {
  const { t } = useTranslation(['procedures', 'rounds', 'common']);
  const session = useSession();
  const [editing, setEditing] = useState(false);
  const [page, setPage] = useState(0);
  const history = useProcedureHistory(procedure.id, page);
  const yesNo = (v: boolean) => (v ? t('common:action.yes') : t('common:action.no'));

  const levels = editing ? (
    <ProcedureForm procedure={procedure} etag={etag} onDone={() => setEditing(false)} onReload={onReload} />
  ) : (
    <Card size="small">
      {procedure.description && <p>{procedure.description}</p>}
      <Table<ProcedureLevel>
        rowKey="level"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={procedure.levels}
        columns={[
          {
            title: t('field.level'),
            dataIndex: 'level',
            key: 'level',
            render: (l: string) => t(`rounds:level.${l}`),
          },
          { title: t('field.checksDossier'), dataIndex: 'checksDossier', key: 'cd', render: yesNo },
          { title: t('field.ratesLocalOrigin'), dataIndex: 'ratesLocalOrigin', key: 'lo', render: yesNo },
          { title: t('field.scores'), dataIndex: 'scores', key: 'sc', render: yesNo },
          {
            title: t('field.forwardMinScore'),
            dataIndex: 'forwardMinScore',
            key: 'fw',
            render: (v: number | null) => v ?? '—',
          },
          {
            title: t('field.minStars'),
            key: 'stars',
            render: (_, l) =>
              l.minRecognisedStars != null
                ? `${l.minRecognisedStars}–${l.maxRecognisedStars ?? l.minRecognisedStars}★`
                : '—',
          },
          { title: t('field.description'), dataIndex: 'description', key: 'desc', responsive: ['lg'] },
        ]}
      />
    </Card>
  );

  return (
    <>
      <PageHeader
        title={procedure.name}
        subtitle={procedure.legalBasisCode}
        extra={
          <>
            <Link to="/procedures">{t('common:action.back')}</Link>
            {session.hasRole(Role.OFFICE) && !editing && (
              <Button onClick={() => setEditing(true)}>{t('common:action.edit')}</Button>
            )}
          </>
        }
      />
      <Tabs
        destroyOnHidden
        items={[
          { key: 'levels', label: t('tab.levels'), children: levels },
          {
            key: 'history',
            label: t('tab.history'),
            children: <HistoryTable query={history} page={page} onPage={setPage} />,
          },
        ]}
      />
    </>
  );
}

function ProcedureForm({
  procedure,
  etag,
  onDone,
  onReload,
}: {
  procedure: Procedure;
  etag: string;
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation(['procedures', 'rounds', 'common']);
  const { message } = App.useApp();
  const { form, error, showProblem, setError } = useApiForm<ProcedureRequest>();
  const save = useUpdateProcedure(procedure.id);

  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    save.mutate(
      {
        etag,
        body: {
          name: v.name.trim(),
          description: v.description?.trim() || null,
          levels: v.levels.map((l) => ({
            ...l,
            checksDossier: !!l.checksDossier,
            ratesLocalOrigin: !!l.ratesLocalOrigin,
            scores: !!l.scores,
            forwardMinScore: l.forwardMinScore ?? null,
            minRecognisedStars: l.minRecognisedStars ?? null,
            maxRecognisedStars: l.maxRecognisedStars ?? null,
            description: l.description?.trim() || null,
          })),
        },
      },
      {
        onSuccess: () => {
          void message.success(t('edit.saved'));
          onDone();
        },
        onError: showProblem,
      },
    );
  };

  return (
    <Card size="small" title={t('edit.title')}>
      <Alert type="info" showIcon title={t('edit.hint')} style={{ marginBottom: 12 }} />
      <ProblemAlert error={error} onReload={onReload} />
      <Form<ProcedureRequest>
        form={form}
        layout="vertical"
        initialValues={{ name: procedure.name, description: procedure.description, levels: procedure.levels }}
      >
        <Form.Item
          name="name"
          label={t('field.name')}
          rules={[{ required: true, whitespace: true }, { max: 300 }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="description" label={t('field.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.List name="levels">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Card
                  key={f.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={`${t('field.level')} ${i + 1}`}
                  extra={
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={`${t('edit.removeLevel')} ${i + 1}`}
                      disabled={fields.length === 1}
                      onClick={() => remove(f.name)}
                    />
                  }
                >
                  <Flex gap={16} wrap>
                    <Form.Item name={[f.name, 'level']} label={t('field.level')} rules={[{ required: true }]}>
                      <Select
                        style={{ width: 170 }}
                        options={LEVELS.map((l) => ({ value: l, label: t(`rounds:level.${l}`) }))}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'checksDossier']} valuePropName="checked" label=" ">
                      <Checkbox>{t('field.checksDossier')}</Checkbox>
                    </Form.Item>
                    <Form.Item name={[f.name, 'ratesLocalOrigin']} valuePropName="checked" label=" ">
                      <Checkbox>{t('field.ratesLocalOrigin')}</Checkbox>
                    </Form.Item>
                    <Form.Item name={[f.name, 'scores']} valuePropName="checked" label=" ">
                      <Checkbox>{t('field.scores')}</Checkbox>
                    </Form.Item>
                  </Flex>
                  <Flex gap={16} wrap>
                    <Form.Item name={[f.name, 'forwardMinScore']} label={t('field.forwardMinScore')}>
                      <InputNumber min={0} max={100} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'minRecognisedStars']} label={t('field.minStars')}>
                      <InputNumber min={1} max={5} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'maxRecognisedStars']} label={t('field.maxStars')}>
                      <InputNumber min={1} max={5} />
                    </Form.Item>
                  </Flex>
                  <Form.Item name={[f.name, 'description']} label={t('field.description')}>
                    <Input.TextArea rows={2} />
                  </Form.Item>
                </Card>
              ))}
              <Button
                icon={<PlusOutlined />}
                disabled={fields.length >= 4}
                onClick={() => add({ checksDossier: false, ratesLocalOrigin: false, scores: false })}
                style={{ marginBottom: 16 }}
              >
                {t('edit.addLevel')}
              </Button>
            </>
          )}
        </Form.List>
        <Flex gap={8}>
          <Popconfirm
            title={t('edit.confirm')}
            okText={t('common:action.yes')}
            cancelText={t('common:action.no')}
            onConfirm={() => void submit()}
          >
            <Button type="primary" loading={save.isPending} disabled={save.isPending}>
              {t('common:action.save')}
            </Button>
          </Popconfirm>
          <Button onClick={onDone}>{t('common:action.cancel')}</Button>
        </Flex>
      </Form>
    </Card>
  );
}
