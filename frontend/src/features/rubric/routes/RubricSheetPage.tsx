import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  List,
  Popconfirm,
  Table,
  Tabs,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { StatusTag } from '../../../components/StatusTag';
import type { Schemas } from '../../../lib/api/client';
import { Role } from '../../../lib/auth/roles';
import { useSession } from '../../../lib/auth/session';
import { HistoryTable } from '../../../components/HistoryTable';
import { useDeleteRubricSheet, useRubricSheet, useRubricSheetHistory, type RubricSheet } from '../api/rubric';
import { FindingsList } from '../components/FindingsList';
import { SheetEditorDrawer } from '../components/SheetEditorDrawer';
import { toDocument } from '../logic/sheetDocument';

type Criterion = Schemas['RubricCriterionView'];

export default function RubricSheetPage() {
  const id = Number(useParams().id);
  const sheet = useRubricSheet(id);
  return <QueryState query={sheet}>{({ data, etag }) => <Sheet sheet={data} etag={etag} />}</QueryState>;
}

function starMinimums(c: Criterion): string {
  return Object.entries(c.starMinimums)
    .map(([stars, points]) => `${stars}★ ≥ ${points}`)
    .join(', ');
}

function Sheet({ sheet, etag }: { sheet: RubricSheet; etag: string }) {
  const { t } = useTranslation(['rubric', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const session = useSession();
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') ?? 'criteria';
  const [editing, setEditing] = useState(false);
  const [historyPage, setHistoryPage] = useState(0);
  const history = useRubricSheetHistory(sheet.id, historyPage);
  const remove = useDeleteRubricSheet(sheet.id);
  const draft = sheet.status === 'DRAFT' && session.hasRole(Role.OFFICE);

  const columns: TableColumnsType<Criterion> = [
    { title: t('field.code'), dataIndex: 'code', key: 'code', width: 80 },
    {
      title: t('field.criterion'),
      key: 'text',
      render: (_, c) => (
        <>
          {c.group && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {c.group}
              {c.subgroup ? ` › ${c.subgroup}` : ''}
            </Typography.Text>
          )}
          <Typography.Text strong>{c.text}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
            {c.options.map((o) => (
              <li key={o.id}>
                {o.case && <Typography.Text type="secondary">[{o.case}] </Typography.Text>}
                {o.text} — <strong>{o.points ?? '?'}</strong> {t('field.points')}
                {o.requiredForStars != null && (
                  <>
                    {' '}
                    <StatusTag tone="warning">{t('sheet.required', { stars: o.requiredForStars })}</StatusTag>
                  </>
                )}
              </li>
            ))}
          </ul>
          {c.notes.map((n) => (
            <Typography.Text key={n} type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {n}
            </Typography.Text>
          ))}
        </>
      ),
    },
    { title: t('field.maxPoints'), dataIndex: 'maxPoints', key: 'max', align: 'right', width: 90 },
    {
      title: t('field.starMinimums'),
      key: 'minimums',
      width: 150,
      render: (_, c) =>
        Object.keys(c.starMinimums).length ? <StatusTag tone="warning">{starMinimums(c)}</StatusTag> : '—',
    },
  ];

  const criteria = (
    <>
      {!draft && sheet.status === 'PUBLISHED' && (
        <Alert type="info" showIcon title={t('sheet.locked')} style={{ marginBottom: 12 }} />
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('field.number')}>{sheet.number}</Descriptions.Item>
          <Descriptions.Item label={t('field.legalBasis')}>{sheet.legalBasisCode}</Descriptions.Item>
          <Descriptions.Item label={t('field.industry')}>{sheet.industry ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('field.group')}>{sheet.groupName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('field.ministry')}>{sheet.managingMinistry ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('field.totalPoints')}>{sheet.totalPoints}</Descriptions.Item>
          <Descriptions.Item label={t('field.valid')}>
            {sheet.valid ? (
              <StatusTag tone="success">{t('field.valid')}</StatusTag>
            ) : (
              <StatusTag tone="danger">{t('sheet.invalid')}</StatusTag>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {sheet.parts.map((p) => (
        <Card
          key={p.code}
          size="small"
          style={{ marginBottom: 16 }}
          title={
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {p.code}. {p.title}
            </Typography.Title>
          }
          extra={`${t('field.maxPoints')}: ${p.maxPoints} · ${t('field.bestTotal')}: ${p.bestTotal}`}
        >
          <Table<Criterion>
            rowKey="id"
            size="small"
            pagination={false}
            columns={columns}
            dataSource={p.criteria}
            scroll={{ x: true }}
          />
        </Card>
      ))}
      <Card size="small" title={t('field.eliminations')}>
        {sheet.eliminationConditions.length === 0 ? (
          <Typography.Paragraph style={{ margin: 0 }}>{t('common:state.empty')}</Typography.Paragraph>
        ) : (
          <List
            size="small"
            dataSource={sheet.eliminationConditions}
            renderItem={(c) => <List.Item>{c.text}</List.Item>}
          />
        )}
      </Card>
    </>
  );

  return (
    <>
      <PageHeader
        title={`${sheet.number}. ${sheet.name}`}
        subtitle={
          <StatusTag tone={sheet.status === 'PUBLISHED' ? 'success' : 'warning'}>
            {t(`status.${sheet.status}`)}
          </StatusTag>
        }
        extra={
          <>
            <Link to={`/rubrics/${sheet.rubricVersionId}?tab=sheets`}>{t('sheet.back')}</Link>
            {draft && <Button onClick={() => setEditing(true)}>{t('sheet.editJson')}</Button>}
            {draft && (
              <Popconfirm
                title={t('delete.sheetConfirm')}
                okText={t('common:action.yes')}
                cancelText={t('common:action.no')}
                onConfirm={() =>
                  remove.mutate(etag, {
                    onSuccess: () => {
                      void message.success(t('delete.done'));
                      void navigate(`/rubrics/${sheet.rubricVersionId}?tab=sheets`);
                    },
                  })
                }
              >
                <Button danger disabled={remove.isPending}>
                  {t('common:action.delete')}
                </Button>
              </Popconfirm>
            )}
          </>
        }
      />
      <ProblemAlert error={remove.error} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'criteria', label: t('field.criteria'), children: criteria },
          {
            key: 'findings',
            label: `${t('tab.findings')} (${sheet.findings.length})`,
            children: <FindingsList findings={sheet.findings} />,
          },
          {
            key: 'history',
            label: t('tab.history'),
            children: <HistoryTable query={history} page={historyPage} onPage={setHistoryPage} />,
          },
        ]}
      />
      {editing && (
        <SheetEditorDrawer
          versionId={sheet.rubricVersionId}
          sheetId={sheet.id}
          etag={etag}
          document={toDocument(sheet)}
          onClose={() => setEditing(false)}
        />
      )}
    </>
  );
}
