import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Progress,
  Segmented,
  Statistic,
  Table,
  Upload,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { problemMessage } from '../../../components/ProblemAlert';
import { StatusTag, type Tone } from '../../../components/StatusTag';
import {
  IMPORT_KINDS,
  downloadTemplate,
  refusedReport,
  useCommitImport,
  useDryRun,
  useImportJob,
  type ImportError,
  type ImportKind,
  type ImportReport,
} from '../api/imports';

type ReportRow = ImportReport['rows'][number];

const ACTION_TONE: Record<ReportRow['action'], Tone> = {
  CREATE: 'success',
  UPDATE: 'info',
  SKIP: 'neutral',
  REJECTED: 'danger',
};

export default function ImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [kind, setKind] = useState<ImportKind>('producers');
  const [file, setFile] = useState<File>();
  const [report, setReport] = useState<ImportReport>();
  const [jobId, setJobId] = useState<number>();
  const dryRun = useDryRun();
  const commit = useCommitImport();
  const job = useImportJob(jobId);

  const reset = () => {
    setReport(undefined);
    setJobId(undefined);
  };
  const check = () => {
    if (!file) return;
    reset();
    dryRun.mutate(
      { kind, file },
      { onSuccess: setReport, onError: (e) => void message.error(problemMessage(e, t)) },
    );
  };
  const importNow = () => {
    if (!file) return;
    commit.mutate(
      { kind, file },
      {
        onSuccess: (started) => setJobId(started.id),
        onError: (e) => {
          const refused = refusedReport(e);
          if (refused) setReport(refused);
          else void message.error(problemMessage(e, t));
        },
      },
    );
  };

  const errorColumns: TableColumnsType<ImportError> = [
    { title: t('imports:col.row'), dataIndex: 'row', width: 80 },
    {
      title: t('imports:col.column'),
      key: 'column',
      render: (_, e) => [e.column, e.header].filter(Boolean).join(' · '),
    },
    { title: t('imports:col.value'), dataIndex: 'value' },
    { title: t('imports:col.message'), dataIndex: 'message' },
  ];
  const rowColumns: TableColumnsType<ReportRow> = [
    { title: t('imports:col.row'), dataIndex: 'row', width: 80 },
    {
      title: t('imports:col.action'),
      dataIndex: 'action',
      render: (a: ReportRow['action']) => (
        <StatusTag tone={ACTION_TONE[a]}>{t(`imports:action.${a}`)}</StatusTag>
      ),
    },
    { title: t('imports:col.key'), dataIndex: 'key' },
    { title: t('imports:col.changed'), key: 'changed', render: (_, r) => r.changedFields.join(', ') },
  ];
  const running = job.data?.status === 'RUNNING' || commit.isPending;

  return (
    <>
      <PageHeader title={t('imports:title')} subtitle={t('imports:subtitle')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <Segmented<ImportKind>
            value={kind}
            onChange={(k) => {
              setKind(k);
              reset();
            }}
            options={IMPORT_KINDS.map((k) => ({ value: k, label: t(`imports:kind.${k}`) }))}
          />
          <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate(kind)}>
            {t('imports:template')}
          </Button>
          <Upload
            accept=".xlsx"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              reset();
              return false;
            }}
            onRemove={() => {
              setFile(undefined);
              reset();
            }}
          >
            <Button icon={<UploadOutlined />}>{t('imports:chooseFile')}</Button>
          </Upload>
          <Button type="primary" disabled={!file} loading={dryRun.isPending} onClick={check}>
            {t('imports:check')}
          </Button>
          <Button
            type="primary"
            disabled={!file || !report?.valid || jobId !== undefined}
            loading={running}
            onClick={importNow}
            data-testid="import-commit"
          >
            {t('imports:commit')}
          </Button>
        </Flex>
      </Card>
      {job.data && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Progress
            percent={job.data.total === 0 ? 100 : Math.round((job.data.processed * 100) / job.data.total)}
            status={
              job.data.status === 'FAILED'
                ? 'exception'
                : job.data.status === 'SUCCEEDED'
                  ? 'success'
                  : 'active'
            }
          />
          <div role="status">
            {t(`imports:job.${job.data.status}`, {
              processed: job.data.processed,
              total: job.data.total,
              failure: job.data.failure ?? '',
            })}
          </div>
        </Card>
      )}
      {report && (
        <>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Flex gap={32} wrap>
              {(['total', 'creates', 'updates', 'skips', 'rejected'] as const).map((k) => (
                <Statistic key={k} title={t(`imports:summary.${k}`)} value={report[k]} />
              ))}
            </Flex>
            <Alert
              style={{ marginTop: 12 }}
              type={report.valid ? 'success' : 'error'}
              message={
                report.valid ? t('imports:valid') : t('imports:invalid', { count: report.errors.length })
              }
            />
          </Card>
          {report.errors.length > 0 && (
            <Card size="small" title={t('imports:errors')} style={{ marginBottom: 16 }}>
              <Table<ImportError>
                size="small"
                aria-label={t('imports:errors')}
                rowKey={(e) => `${e.row}-${e.column ?? ''}-${e.field ?? ''}`}
                columns={errorColumns}
                dataSource={report.errors}
                pagination={{ pageSize: 50 }}
              />
            </Card>
          )}
          <Card size="small" title={t('imports:rows')}>
            <Table<ReportRow>
              size="small"
              aria-label={t('imports:rows')}
              rowKey="row"
              columns={rowColumns}
              dataSource={report.rows}
              pagination={{ pageSize: 50 }}
            />
          </Card>
        </>
      )}
    </>
  );
}
