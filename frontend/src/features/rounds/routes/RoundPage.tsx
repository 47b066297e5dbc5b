import { Alert, App, Button, Card, Descriptions, Popconfirm, Tabs, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { problemMessage } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { Role } from '../../../lib/auth/roles';
import { useSession } from '../../../lib/auth/session';
import { formatDate, formatDateTime } from '../../../lib/format';
import {
  useProcedureOf,
  useRound,
  useRoundHistory,
  useRoundTransition,
  type Round,
  type RoundTransition,
} from '../api/rounds';
import { CloseRoundModal } from '../components/CloseRoundModal';
import { CouncilPanel } from '../components/CouncilPanel';
import { DecisionPanel } from '../components/DecisionPanel';
import { EntriesPanel } from '../components/EntriesPanel';
import { HistoryTable } from '../../../components/HistoryTable';
import { ResultsPanel } from '../components/ResultsPanel';
import { RoundFormModal } from '../components/RoundFormModal';
import { OutcomeTag, RoundStatusTag } from '../components/RoundStatusTag';
import { allowedRoundActions, startScoringBlocker, type LevelRules } from '../logic/roundActions';

export default function RoundPage() {
  const id = Number(useParams().id);
  const round = useRound(id);
  return <QueryState query={round}>{({ data, etag }) => <RoundView round={data} etag={etag} />}</QueryState>;
}

function RoundView({ round, etag }: { round: Round; etag: string }) {
  const { t } = useTranslation(['rounds', 'common']);
  const { message } = App.useApp();
  const session = useSession();
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') ?? 'overview';
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const [historyPage, setHistoryPage] = useState(0);
  const procedure = useProcedureOf(round.legalBasisCode);
  const level = procedure.data?.levels.find((l) => l.level === round.level);
  const rules: LevelRules | undefined = level && {
    scores: level.scores,
    checksDossier: level.checksDossier,
    ratesLocalOrigin: level.ratesLocalOrigin,
  };
  const isOffice = session.hasRole(Role.OFFICE);
  const actions = allowedRoundActions(round, isOffice, rules);
  const blocker = isOffice ? startScoringBlocker(round, rules) : null;
  const transition = useRoundTransition(round.id);
  const history = useRoundHistory(round.id, historyPage);

  const run = (to: RoundTransition) =>
    transition.mutate(to, {
      onSuccess: () => void message.success(t('action.done')),
      onError: (e) => void message.error(problemMessage(e, t)),
    });

  const confirmButton = (to: RoundTransition, label: string, confirm: string) => (
    <Popconfirm
      title={confirm}
      okText={t('common:action.yes')}
      cancelText={t('common:action.no')}
      onConfirm={() => run(to)}
    >
      <Button type="primary" loading={transition.isPending} disabled={transition.isPending}>
        {label}
      </Button>
    </Popconfirm>
  );

  const extra = (
    <>
      <Link to="/rounds">{t('common:action.back')}</Link>
      {actions.has('edit') && <Button onClick={() => setEditing(true)}>{t('common:action.edit')}</Button>}
      {actions.has('startScoring') &&
        confirmButton('start-scoring', t('action.startScoring'), t('action.startConfirm'))}
      {blocker && (
        <Tooltip title={t('action.noCouncil')}>
          <Button disabled>{t('action.startScoring')}</Button>
        </Tooltip>
      )}
      {actions.has('close') && (
        <Button type="primary" onClick={() => setClosing(true)}>
          {t('action.close')}
        </Button>
      )}
      {actions.has('finalize') &&
        confirmButton('finalize', t('action.finalize'), t('action.finalizeConfirm'))}
    </>
  );

  const overview = (
    <Card size="small">
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('field.status')}>
          <RoundStatusTag status={round.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('field.year')}>{round.year}</Descriptions.Item>
        <Descriptions.Item label={t('field.level')}>{t(`level.${round.level}`)}</Descriptions.Item>
        <Descriptions.Item label={t('field.unit')}>
          {round.adminUnitName} ({round.adminUnitCode})
        </Descriptions.Item>
        <Descriptions.Item label={t('field.legalBasis')}>{round.legalBasisCode}</Descriptions.Item>
        <Descriptions.Item label={t('field.rubricVersion')}>
          <Link to={`/rubrics/${round.rubricVersionId}`}>#{round.rubricVersionId}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('field.opensOn')}>{formatDate(round.opensOn)}</Descriptions.Item>
        <Descriptions.Item label={t('field.closesOn')}>{formatDate(round.closesOn)}</Descriptions.Item>
        <Descriptions.Item label={t('field.entries')}>{round.entryCount}</Descriptions.Item>
        <Descriptions.Item label={t('field.members')}>{round.memberCount}</Descriptions.Item>
        <Descriptions.Item label={t('field.chair')}>{round.chairUsername ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.quorum')}>{round.quorumPercent}</Descriptions.Item>
        <Descriptions.Item label={t('field.spread')}>{round.spreadLimit}</Descriptions.Item>
        {round.outcomeCounts && (
          <Descriptions.Item label={t('field.outcomes')}>
            {Object.entries(round.outcomeCounts).map(([outcome, count]) => (
              <span key={outcome} style={{ marginInlineEnd: 8 }}>
                <OutcomeTag outcome={outcome as Parameters<typeof OutcomeTag>[0]['outcome']} /> {count}
              </span>
            ))}
          </Descriptions.Item>
        )}
        {round.closedAt && (
          <Descriptions.Item label={t('field.closedAt')}>
            {formatDateTime(round.closedAt)} — {round.closedBy}
          </Descriptions.Item>
        )}
        {round.finalizedAt && (
          <Descriptions.Item label={t('field.finalizedAt')}>
            {formatDateTime(round.finalizedAt)} — {round.finalizedBy}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('field.createdBy')}>
          {round.createdBy}, {formatDateTime(round.createdAt)}
        </Descriptions.Item>
      </Descriptions>
      {level?.description && (
        <Alert type="info" showIcon title={level.description} style={{ marginTop: 12 }} />
      )}
    </Card>
  );

  const items = [
    { key: 'overview', label: t('tab.overview'), children: overview },
    {
      key: 'council',
      label: t('tab.council'),
      children: <CouncilPanel round={round} etag={etag} rules={rules} canEdit={actions.has('council')} />,
    },
    {
      key: 'entries',
      label: t('tab.entries'),
      children: <EntriesPanel round={round} actions={actions} />,
    },
    {
      key: 'results',
      label: t('tab.results'),
      children: <ResultsPanel round={round} enabled={actions.has('results')} />,
    },
    {
      key: 'decision',
      label: t('tab.decision'),
      children: <DecisionPanel round={round} canRecord={actions.has('decision')} />,
    },
    ...(isOffice
      ? [
          {
            key: 'history',
            label: t('tab.history'),
            children: <HistoryTable query={history} page={historyPage} onPage={setHistoryPage} />,
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader title={round.name} subtitle={<RoundStatusTag status={round.status} />} extra={extra} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch({ tab: key }, { replace: true })}
        items={items}
        destroyOnHidden
      />
      {editing && (
        <RoundFormModal
          round={round}
          etag={etag}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      )}
      {closing && <CloseRoundModal round={round} onClose={() => setClosing(false)} />}
    </>
  );
}
