import { ArrowLeftOutlined, FormOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Flex, Skeleton, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ErrorResult } from '../../../components/QueryState';
import { StatusTag } from '../../../components/StatusTag';
import { useSession } from '../../../lib/auth/session';
import { newIdempotencyKey } from '../../../lib/forms/useApiForm';
import {
  useCouncil,
  useCreateSheet,
  useEntry,
  useEntrySheets,
  useRound,
  useRubricSheet,
  useRubricVersion,
  useScoreSheet,
  type RubricSheet,
} from '../api/council';
import { CouncilSheets } from '../components/CouncilSheets';
import { RecuseButton } from '../components/RecuseButton';
import { TOUCH } from '../components/ScoreSheetForm';
import { SheetEditor } from '../components/SheetEditor';
import { roundStatusTone } from './MyRoundsPage';

function Findings({ rubric }: { rubric: RubricSheet }) {
  const { t } = useTranslation('evaluation');
  if (rubric.findings.length === 0 && rubric.eliminationConditions.length === 0) return null;
  return (
    <Collapse
      style={{ marginBottom: 16 }}
      data-testid="rubric-findings"
      items={[
        ...(rubric.findings.length > 0
          ? [
              {
                key: 'findings',
                label: `${t('sheet.findings')} (${rubric.findings.length})`,
                children: (
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {rubric.findings.map((f) => (
                      <li key={`${f.code}-${f.subject}-${f.message}`} style={{ marginBottom: 6 }}>
                        <StatusTag tone={f.severity === 'ERROR' ? 'danger' : 'warning'}>
                          {f.severity}
                        </StatusTag>{' '}
                        <strong>{f.subject}</strong>: {f.message}
                        {f.accepted && f.acceptanceReason && (
                          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                            {t('sheet.findingAccepted', { reason: f.acceptanceReason })}
                          </Typography.Text>
                        )}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]
          : []),
        ...(rubric.eliminationConditions.length > 0
          ? [
              {
                key: 'elimination',
                label: `${t('sheet.elimination')} (${rubric.eliminationConditions.length})`,
                children: (
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {rubric.eliminationConditions.map((c) => (
                      <li key={c.id}>{c.text}</li>
                    ))}
                  </ul>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** One entry of a round for a council member: their score sheet, and the council's once they submitted. */
export default function EntryScorePage() {
  const { t } = useTranslation(['evaluation', 'common']);
  const id = Number(useParams().id);
  const session = useSession();
  const navigate = useNavigate();
  const [toast, holder] = message.useMessage();
  const entry = useEntry(id);
  const round = useRound(entry.data?.roundId);
  const council = useCouncil(entry.data?.roundId);
  const rubric = useRubricSheet(entry.data?.rubricSheetId);
  const version = useRubricVersion(rubric.data?.rubricVersionId);
  const sheets = useEntrySheets(id);
  const mine = sheets.data?.find((s) => s.memberUsername === session.username);
  const sheet = useScoreSheet(mine?.id);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const create = useCreateSheet(id, idempotencyKey);
  // A reload after a 412 mounts the editor afresh with what the server holds.
  const [generation, setGeneration] = useState(0);

  if (entry.isError) return <ErrorResult error={entry.error} onRetry={() => void entry.refetch()} />;
  if (round.isError) return <ErrorResult error={round.error} onRetry={() => void round.refetch()} />;
  if (!entry.data || !round.data || council.isPending || sheets.isPending) {
    return <Skeleton active aria-busy="true" aria-label={t('common:state.loading')} />;
  }
  const e = entry.data;
  const r = round.data;
  const seat = council.data?.members.find((m) => m.username === session.username);
  const scoring = r.status === 'SCORING';
  const mayRecuse = seat !== undefined && (r.status === 'OPEN' || r.status === 'SCORING');
  const eliminated = e.eliminatedBy.length > 0;
  const mineSubmitted = mine?.status === 'SUBMITTED';
  const others = (sheets.data ?? []).filter((s) => s.memberUsername !== session.username);
  const showCouncil = mineSubmitted || r.status === 'CLOSED' || r.status === 'FINALIZED' || others.length > 0;

  const reload = () => {
    void Promise.all([sheet.refetch(), sheets.refetch()]).then(() => setGeneration((g) => g + 1));
  };

  let body;
  if (e.rubricSheetId === null) {
    body = <Alert type="info" showIcon title={t('sheet.noRubric')} />;
  } else if (rubric.isError || version.isError) {
    body = <ErrorResult error={rubric.error ?? version.error} onRetry={() => void rubric.refetch()} />;
  } else if (!rubric.data || !version.data || (mine && !sheet.data)) {
    body = sheet.isError ? (
      <ErrorResult error={sheet.error} onRetry={() => void sheet.refetch()} />
    ) : (
      <Skeleton active aria-busy="true" aria-label={t('common:state.loading')} />
    );
  } else if (mine && sheet.data) {
    body = (
      <SheetEditor
        key={`${mine.id}-${generation}-${sheet.data.data.status}`}
        sheet={sheet.data}
        parts={rubric.data.parts}
        bands={version.data.starBands}
        eliminated={eliminated}
        editable={scoring && seat !== undefined && sheet.data.data.memberUsername === session.username}
        onReload={reload}
      />
    );
  } else {
    body = (
      <Card>
        {seat && scoring ? (
          <Flex vertical gap={12} align="flex-start">
            <Typography.Text>{t('sheet.startHint')}</Typography.Text>
            <ProblemAlert error={create.error} />
            <Button
              type="primary"
              size="large"
              icon={<FormOutlined />}
              style={TOUCH}
              loading={create.isPending}
              disabled={create.isPending}
              onClick={() => create.mutate()}
            >
              {t('sheet.start')}
            </Button>
          </Flex>
        ) : (
          <Typography.Text>{seat ? t('round.notScoring') : t('sheet.noSeat')}</Typography.Text>
        )}
      </Card>
    );
  }

  return (
    <>
      {holder}
      <Link
        to={`/council/rounds/${r.id}`}
        style={{ display: 'inline-flex', alignItems: 'center', minHeight: 44 }}
      >
        <ArrowLeftOutlined aria-hidden style={{ marginInlineEnd: 6 }} /> {t('sheet.backToRound')}
      </Link>
      <PageHeader
        title={e.productName}
        subtitle={
          <>
            {e.producerName} · {r.name}
            {rubric.data && (
              <>
                {' · '}
                {t('sheet.rubric', { number: rubric.data.number, name: rubric.data.name })}
              </>
            )}
          </>
        }
        extra={
          <Flex gap={8} align="center" wrap>
            <StatusTag tone={roundStatusTone(r.status)}>{t(`roundStatus.${r.status}`)}</StatusTag>
            {seat && <StatusTag tone="info">{t(seat.chair ? 'seat.chair' : 'seat.member')}</StatusTag>}
            {mayRecuse && (
              <RecuseButton
                entryId={e.id}
                onRecused={() => {
                  void toast.success(t('sheet.recused'));
                  void navigate(`/council/rounds/${r.id}`);
                }}
              />
            )}
          </Flex>
        }
      />
      {!scoring && seat && (
        <Alert type="info" showIcon title={t('round.notScoring')} style={{ marginBottom: 16 }} />
      )}
      {eliminated && (
        <Alert type="warning" showIcon title={t('sheet.entryEliminated')} style={{ marginBottom: 16 }} />
      )}
      {rubric.data && <Findings rubric={rubric.data} />}
      {body}
      {showCouncil && rubric.data && version.data && (
        <CouncilSheets
          sheets={sheets.data ?? []}
          council={council.data}
          parts={rubric.data.parts}
          bands={version.data.starBands}
          eliminated={eliminated}
          me={session.username}
          chair={seat?.chair === true}
          scoring={scoring}
        />
      )}
      {!showCouncil && mine && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          {t('council.hidden')}
        </Typography.Paragraph>
      )}
    </>
  );
}
