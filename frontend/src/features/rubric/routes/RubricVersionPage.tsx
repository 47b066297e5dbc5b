import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Popconfirm,
  Row,
  Table,
  Tabs,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ErrorResult, QueryState } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { StatusTag } from '../../../components/StatusTag';
import { Role } from '../../../lib/auth/roles';
import { useSession } from '../../../lib/auth/session';
import { formatDate, formatDateTime } from '../../../lib/format';
import { HistoryTable } from '../../../components/HistoryTable';
import {
  useDeleteRubricVersion,
  useRubricSheets,
  useRubricVersion,
  useRubricVersionHistory,
  type RubricSheetSummary,
  type RubricVersion,
} from '../api/rubric';
import { FindingsList } from '../components/FindingsList';
import { LegalBasesInForce } from '../components/LegalBasesInForce';
import { PublishModal } from '../components/PublishModal';
import { RubricStatusTag } from '../components/RubricStatusTag';
import { SheetEditorDrawer } from '../components/SheetEditorDrawer';
import { VersionFormModal } from '../components/VersionFormModal';
import { blankDocument } from '../logic/sheetDocument';

export default function RubricVersionPage() {
  const id = Number(useParams().id);
  const version = useRubricVersion(id);
  return (
    <QueryState query={version}>{({ data, etag }) => <Version version={data} etag={etag} />}</QueryState>
  );
}

function Version({ version, etag }: { version: RubricVersion; etag: string }) {
  const { t } = useTranslation(['rubric', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const session = useSession();
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') ?? 'overview';
  const [editing, setEditing] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [historyPage, setHistoryPage] = useState(0);
  const history = useRubricVersionHistory(version.id, historyPage);
  const remove = useDeleteRubricVersion(version.id);
  const draft = version.status === 'DRAFT' && session.hasRole(Role.OFFICE);

  const extra = (
    <>
      <Link to="/rubrics">{t('common:action.back')}</Link>
      {draft && <Button onClick={() => setEditing(true)}>{t('common:action.edit')}</Button>}
      {draft && (
        <Popconfirm
          title={t('delete.confirm')}
          okText={t('common:action.yes')}
          cancelText={t('common:action.no')}
          onConfirm={() =>
            remove.mutate(etag, {
              onSuccess: () => {
                void message.success(t('delete.done'));
                void navigate('/rubrics');
              },
            })
          }
        >
          <Button danger disabled={remove.isPending}>
            {t('common:action.delete')}
          </Button>
        </Popconfirm>
      )}
      {draft && (
        <Button type="primary" onClick={() => setPublishing(true)}>
          {t('publish.action')}
        </Button>
      )}
    </>
  );

  const overview = (
    <>
      <Card size="small">
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('field.status')}>
            <RubricStatusTag version={version} />
          </Descriptions.Item>
          <Descriptions.Item label={t('field.legalBasis')}>{version.legalBasisCode}</Descriptions.Item>
          <Descriptions.Item label={t('field.effectiveFrom')}>
            {formatDate(version.effectiveFrom)}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.effectiveTo')}>
            {formatDate(version.effectiveTo) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.sheets')}>{version.sheetCount}</Descriptions.Item>
          <Descriptions.Item label={t('field.invalidSheets')}>{version.invalidSheetCount}</Descriptions.Item>
          <Descriptions.Item label={t('field.valid')}>
            {version.valid ? (
              <StatusTag tone="success">{t('field.valid')}</StatusTag>
            ) : (
              <StatusTag tone="danger">{t('sheet.invalid')}</StatusTag>
            )}
          </Descriptions.Item>
          {version.publishedAt && (
            <Descriptions.Item label={t('field.publishedAt')}>
              {formatDateTime(version.publishedAt)} — {version.publishedBy}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('field.parts')}>
            <Table
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={version.parts}
              locale={{ emptyText: t('common:state.empty') }}
              columns={[
                { title: t('field.code'), dataIndex: 'code', key: 'code', width: 70 },
                { title: t('field.partTitle'), dataIndex: 'title', key: 'title' },
                { title: t('field.maxPoints'), dataIndex: 'maxPoints', key: 'maxPoints', align: 'right' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('field.bands')}>
            <Table
              rowKey="stars"
              size="small"
              pagination={false}
              dataSource={version.starBands}
              locale={{ emptyText: t('common:state.empty') }}
              columns={[
                { title: t('field.stars'), dataIndex: 'stars', key: 'stars', render: (s: number) => `${s}★` },
                { title: t('field.minScore'), dataIndex: 'minScore', key: 'minScore', align: 'right' },
                {
                  title: t('field.maxScore'),
                  dataIndex: 'maxScoreExclusive',
                  key: 'max',
                  align: 'right',
                  render: (v: number | null) => v ?? '100',
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <LegalBasesInForce effectiveFrom={version.effectiveFrom} />
    </>
  );

  const items = [
    { key: 'overview', label: t('tab.overview'), children: overview },
    { key: 'sheets', label: t('tab.sheets'), children: <Sheets version={version} draft={draft} /> },
    {
      key: 'findings',
      label: `${t('tab.findings')} (${version.findings.length})`,
      children: <FindingsList findings={version.findings} />,
    },
    {
      key: 'history',
      label: t('tab.history'),
      children: <HistoryTable query={history} page={historyPage} onPage={setHistoryPage} />,
    },
  ];

  return (
    <>
      <PageHeader title={version.name} subtitle={<RubricStatusTag version={version} />} extra={extra} />
      <ProblemAlert error={remove.error} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch({ tab: key }, { replace: true })}
        items={items}
        destroyOnHidden
      />
      {editing && (
        <VersionFormModal
          version={version}
          etag={etag}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      )}
      {publishing && <PublishModal version={version} etag={etag} onClose={() => setPublishing(false)} />}
    </>
  );
}

function Sheets({ version, draft }: { version: RubricVersion; draft: boolean }) {
  const { t } = useTranslation(['rubric', 'common']);
  const navigate = useNavigate();
  const [page, setPage] = useState(0);
  const [q, setQ] = useState<string | undefined>();
  const [sort, setSort] = useState<string | undefined>('number');
  const [adding, setAdding] = useState(false);
  const sheets = useRubricSheets(version.id, { page, size: 20, q, sort });
  if (sheets.isError) return <ErrorResult error={sheets.error} onRetry={() => void sheets.refetch()} />;

  const columns: TableColumnsType<RubricSheetSummary> = [
    { title: t('field.number'), dataIndex: 'number', key: 'number', sorter: true, width: 90 },
    {
      title: t('field.sheetName'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      render: (name: string, s) => <Link to={`/rubrics/sheets/${s.id}`}>{name}</Link>,
    },
    { title: t('field.group'), dataIndex: 'groupName', key: 'group', responsive: ['lg'] },
    {
      title: t('field.criteria'),
      dataIndex: 'criterionCount',
      key: 'criteria',
      align: 'right',
      responsive: ['md'],
    },
    { title: t('field.totalPoints'), dataIndex: 'totalPoints', key: 'total', align: 'right' },
    {
      title: t('field.valid'),
      key: 'valid',
      render: (_, s) =>
        s.valid ? (
          <StatusTag tone="success">{t('field.valid')}</StatusTag>
        ) : (
          <StatusTag tone="danger">{t('sheet.invalid')}</StatusTag>
        ),
    },
  ];

  return (
    <>
      <div
        style={{
          display: 'flex',
          gap: 8,
          justifyContent: 'space-between',
          flexWrap: 'wrap',
          marginBottom: 12,
        }}
      >
        <SearchBox
          value={q}
          onSearch={(text) => {
            setQ(text);
            setPage(0);
          }}
        />
        {draft && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('sheet.add')}
          </Button>
        )}
      </div>
      <Table<RubricSheetSummary>
        rowKey="id"
        columns={columns}
        dataSource={sheets.data?.items}
        loading={sheets.isFetching}
        scroll={{ x: true }}
        locale={{ emptyText: t(q ? 'common:state.emptyFiltered' : 'common:state.empty') }}
        pagination={{
          current: page + 1,
          pageSize: 20,
          total: sheets.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (count) => t('common:state.total', { count }),
        }}
        onChange={(p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          setSort(s?.order ? `${s.order === 'descend' ? '-' : ''}${String(s.columnKey)}` : undefined);
          setPage((p.current ?? 1) - 1);
        }}
      />
      {adding && (
        <SheetEditorDrawer
          versionId={version.id}
          document={blankDocument((sheets.data?.total ?? 0) + 1)}
          onClose={() => setAdding(false)}
          onCreated={(s) => void navigate(`/rubrics/sheets/${s.id}`)}
        />
      )}
    </>
  );
}
