import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Popconfirm, Radio, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { StatusTag } from '../../../components/StatusTag';
import { useApiForm } from '../../../lib/forms/useApiForm';
import { useCouncil, useSetCouncil, type Council, type Round } from '../api/rounds';
import type { LevelRules } from '../logic/roundActions';

interface MemberValues {
  username: string;
  fullName: string;
  position?: string;
  email?: string;
}
interface Values {
  members: MemberValues[];
  quorumPercent?: number;
  spreadLimit?: number;
}

/** The round's council; the office replaces it whole while the round is OPEN. */
export function CouncilPanel({
  round,
  etag,
  rules,
  canEdit,
}: {
  round: Round;
  etag: string;
  rules?: LevelRules;
  canEdit: boolean;
}) {
  const { t } = useTranslation(['rounds', 'common']);
  const council = useCouncil(round.id);
  const [editing, setEditing] = useState(false);
  return (
    <QueryState query={council}>
      {(c) =>
        editing ? (
          <CouncilForm round={round} etag={etag} council={c} onDone={() => setEditing(false)} />
        ) : (
          <Card
            size="small"
            title={t('council.title')}
            extra={canEdit && <Button onClick={() => setEditing(true)}>{t('council.edit')}</Button>}
          >
            {rules && !rules.scores && (
              <Alert type="info" showIcon title={t('council.notScoring')} style={{ marginBottom: 12 }} />
            )}
            <Table
              rowKey="username"
              size="small"
              pagination={false}
              dataSource={c.members}
              locale={{ emptyText: t('council.none') }}
              scroll={{ x: true }}
              columns={[
                { title: t('council.username'), dataIndex: 'username', key: 'username' },
                { title: t('council.fullName'), dataIndex: 'fullName', key: 'fullName' },
                { title: t('council.position'), dataIndex: 'position', key: 'position', responsive: ['md'] },
                { title: t('council.email'), dataIndex: 'email', key: 'email', responsive: ['lg'] },
                {
                  title: t('council.chair'),
                  dataIndex: 'chair',
                  key: 'chair',
                  render: (chair: boolean) =>
                    chair && <StatusTag tone="info">{t('council.chair')}</StatusTag>,
                },
              ]}
            />
            <p style={{ marginTop: 12 }}>
              {t('field.quorum')}: {c.quorumPercent} · {t('field.spread')}: {c.spreadLimit}
            </p>
          </Card>
        )
      }
    </QueryState>
  );
}

function CouncilForm({
  round,
  etag,
  council,
  onDone,
}: {
  round: Round;
  etag: string;
  council: Council;
  onDone: () => void;
}) {
  const { t } = useTranslation(['rounds', 'common']);
  const { message } = App.useApp();
  const { form, error, showProblem, setError } = useApiForm<Values>();
  const save = useSetCouncil(round.id);
  const [chair, setChair] = useState<number | undefined>(() => {
    const i = council.members.findIndex((m) => m.chair);
    return i >= 0 ? i : 0;
  });
  const initial: Values = {
    members: council.members.length
      ? council.members.map((m) => ({
          username: m.username,
          fullName: m.fullName,
          position: m.position ?? '',
          email: m.email ?? '',
        }))
      : [{ username: '', fullName: '', position: '', email: '' }],
    quorumPercent: council.quorumPercent,
    spreadLimit: council.spreadLimit,
  };

  const submit = async () => {
    const v = await form.validateFields();
    if (chair === undefined || chair >= v.members.length) {
      setError(new Error(t('council.oneChair')));
      return;
    }
    setError(null);
    save.mutate(
      {
        etag,
        body: {
          members: v.members.map((m, i) => ({
            username: m.username.trim(),
            fullName: m.fullName.trim(),
            position: m.position?.trim() || null,
            email: m.email?.trim() || null,
            chair: i === chair,
          })),
          quorumPercent: v.quorumPercent ?? null,
          spreadLimit: v.spreadLimit ?? null,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('council.saved'));
          onDone();
        },
        onError: showProblem,
      },
    );
  };

  return (
    <Card size="small" title={t('council.edit')}>
      <Alert type="info" showIcon title={t('council.hint')} style={{ marginBottom: 12 }} />
      <ProblemAlert error={error} />
      <Form<Values> form={form} layout="vertical" initialValues={initial} aria-label={t('council.edit')}>
        <Form.Item label={t('council.title')} required>
          <Radio.Group
            style={{ width: '100%' }}
            value={chair}
            onChange={(e) => setChair(e.target.value as number)}
          >
            <Form.List name="members">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, i) => (
                    <Flex key={field.key} gap={8} wrap align="flex-start" style={{ marginBottom: 8 }}>
                      <Radio
                        value={i}
                        aria-label={`${t('council.chair')} ${i + 1}`}
                        style={{ marginTop: 6 }}
                      />
                      <Form.Item
                        name={[field.name, 'username']}
                        rules={[{ required: true, whitespace: true }]}
                        style={{ marginBottom: 0, minWidth: 150 }}
                      >
                        <Input
                          placeholder={t('council.username')}
                          aria-label={`${t('council.username')} ${i + 1}`}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'fullName']}
                        rules={[{ required: true, whitespace: true }]}
                        style={{ marginBottom: 0, minWidth: 200 }}
                      >
                        <Input
                          placeholder={t('council.fullName')}
                          aria-label={`${t('council.fullName')} ${i + 1}`}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'position']} style={{ marginBottom: 0, minWidth: 200 }}>
                        <Input
                          placeholder={t('council.position')}
                          aria-label={`${t('council.position')} ${i + 1}`}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'email']}
                        rules={[{ type: 'email', message: t('council.emailInvalid') }]}
                        style={{ marginBottom: 0, minWidth: 220 }}
                      >
                        <Input
                          type="email"
                          placeholder={t('council.email')}
                          aria-label={`${t('council.email')} ${i + 1}`}
                        />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={`${t('council.remove')} ${i + 1}`}
                        disabled={fields.length === 1}
                        onClick={() => {
                          remove(field.name);
                          if (chair === i) setChair(undefined);
                          else if (chair !== undefined && chair > i) setChair(chair - 1);
                        }}
                      />
                    </Flex>
                  ))}
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => add({ username: '', fullName: '', position: '', email: '' })}
                    disabled={fields.length >= 50}
                  >
                    {t('council.addMember')}
                  </Button>
                </>
              )}
            </Form.List>
          </Radio.Group>
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="quorumPercent" label={t('field.quorum')}>
            <InputNumber min={1} max={100} />
          </Form.Item>
          <Form.Item name="spreadLimit" label={t('field.spread')}>
            <InputNumber min={0} max={100} step={0.5} />
          </Form.Item>
        </Flex>
        <Flex gap={8}>
          <Popconfirm
            title={t('council.confirm')}
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
