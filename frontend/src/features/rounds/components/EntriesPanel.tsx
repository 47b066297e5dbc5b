import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../../../components/ProblemAlert';
import { ErrorResult } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { StatusTag } from '../../../components/StatusTag';
import { DossierStateTag } from '../../dossiers/components/DossierStateTag';
import { useRoundEntries, useWithdrawEntry, type Entry, type Round } from '../api/rounds';
import type { RoundAction } from '../logic/roundActions';
import { AddEntryModal } from './AddEntryModal';
import { EliminationModal } from './EliminationModal';
import { OutcomeTag } from './RoundStatusTag';

/** The products entered in the round, and what the office may do with them in the round's state. */
export function EntriesPanel({ round, actions }: { round: Round; actions: Set<RoundAction> }) {
  const { t } = useTranslation(['rounds', 'common']);
  const { message } = App.useApp();
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(20);
  const [sort, setSort] = useState<string | undefined>('productName');
  const [q, setQ] = useState<string | undefined>();
  const entries = useRoundEntries(round.id, { page, size, sort, q });
  const withdraw = useWithdrawEntry();
  const [adding, setAdding] = useState(false);
  const [eliminating, setEliminating] = useState<Entry | null>(null);
  const communeLevel = round.level === 'COMMUNE';

  const columns: TableColumnsType<Entry> = [
    { title: t('field.entries'), dataIndex: 'productName', key: 'productName', sorter: true },
    { title: t('dossiers:field.producer'), dataIndex: 'producerName', key: 'producerName', sorter: true },
    ...(communeLevel
      ? [
          {
            title: t('entries.dossier'),
            key: 'dossier',
            render: (_: unknown, e: Entry) => <DossierStateTag entry={e} />,
          },
        ]
      : [
          {
            title: t('entries.sheets'),
            dataIndex: 'submittedSheets',
            key: 'submittedSheets',
            align: 'right' as const,
            responsive: ['md' as const],
          },
        ]),
    {
      title: t('field.outcomes'),
      key: 'outcome',
      render: (_, e) => (
        <>
          <OutcomeTag outcome={e.outcome} />
          {e.eliminatedBy.length > 0 && <StatusTag tone="danger">{t('entries.eliminated')}</StatusTag>}
        </>
      ),
    },
    {
      title: '',
      key: 'actions',
      render: (_, e) => (
        <Flex gap={4} wrap>
          {actions.has('dossierCheck') && <Link to={`/dossiers/${e.id}`}>{t('dossiers:check.title')}</Link>}
          {actions.has('eliminations') && e.rubricSheetId != null && (
            <Button size="small" onClick={() => setEliminating(e)}>
              {t('entries.eliminations')}
            </Button>
          )}
          {actions.has('withdrawEntry') && (
            <Popconfirm
              title={t('entries.withdrawConfirm')}
              okText={t('common:action.yes')}
              cancelText={t('common:action.no')}
              onConfirm={() =>
                withdraw.mutate(e.id, {
                  onSuccess: () => void message.success(t('entries.withdrawn')),
                  onError: (err) => void message.error(problemMessage(err, t)),
                })
              }
            >
              <Button size="small" danger disabled={withdraw.isPending}>
                {t('entries.withdraw')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <SearchBox
          value={q}
          onSearch={(text) => {
            setQ(text);
            setPage(0);
          }}
        />
        {actions.has('addEntry') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('entries.add')}
          </Button>
        )}
      </Flex>
      {entries.isError ? (
        <ErrorResult error={entries.error} onRetry={() => void entries.refetch()} />
      ) : (
        <Table<Entry>
          rowKey="id"
          columns={columns}
          dataSource={entries.data?.items}
          loading={entries.isFetching}
          scroll={{ x: true }}
          locale={{ emptyText: t(q ? 'common:state.emptyFiltered' : 'common:state.empty') }}
          pagination={{
            current: page + 1,
            pageSize: size,
            total: entries.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (count) => t('common:state.total', { count }),
            locale: { items_per_page: t('common:pager.perPage') },
          }}
          onChange={(p, _f, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            setSort(s?.order ? `${s.order === 'descend' ? '-' : ''}${String(s.columnKey)}` : undefined);
            setSize(p.pageSize ?? 20);
            setPage(p.pageSize !== size ? 0 : (p.current ?? 1) - 1);
          }}
        />
      )}
      {adding && <AddEntryModal round={round} onClose={() => setAdding(false)} />}
      {eliminating && <EliminationModal entry={eliminating} onClose={() => setEliminating(null)} />}
    </>
  );
}
