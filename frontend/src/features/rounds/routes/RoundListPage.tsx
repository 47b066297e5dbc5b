import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { IfRole } from '../../../lib/auth/RequireRole';
import { Role } from '../../../lib/auth/roles';
import { formatDate } from '../../../lib/format';
import { serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import {
  useLegalBases,
  useRounds,
  type EvaluationLevel,
  type Round,
  type RoundQuery,
  type RoundStatus,
} from '../api/rounds';
import { RoundFormModal } from '../components/RoundFormModal';
import { RoundStatusTag } from '../components/RoundStatusTag';

export const LEVELS: EvaluationLevel[] = ['COMMUNE', 'DISTRICT', 'PROVINCIAL', 'CENTRAL'];
const STATUSES: RoundStatus[] = ['OPEN', 'SCORING', 'CLOSED', 'FINALIZED'];

export default function RoundListPage() {
  const { t } = useTranslation(['rounds', 'common']);
  const navigate = useNavigate();
  const { params, query, update } = useListParams({ sort: '-opensOn' });
  const rounds = useRounds(query as RoundQuery);
  const bases = useLegalBases();
  const [creating, setCreating] = useState(false);
  const [unit, setUnit] = useState(params.filters.adminUnitCode ?? '');

  const columns: TableColumnsType<Round> = [
    {
      title: t('field.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(params, 'name'),
      render: (name: string, r) => <Link to={`/rounds/${r.id}`}>{name}</Link>,
    },
    {
      title: t('field.year'),
      dataIndex: 'year',
      key: 'year',
      sorter: true,
      sortOrder: sortOrderOf(params, 'year'),
      responsive: ['md'],
    },
    {
      title: t('field.level'),
      dataIndex: 'level',
      key: 'level',
      sorter: true,
      sortOrder: sortOrderOf(params, 'level'),
      render: (level: EvaluationLevel) => t(`level.${level}`),
    },
    { title: t('field.unit'), dataIndex: 'adminUnitName', key: 'unit', responsive: ['lg'] },
    {
      title: t('field.status'),
      dataIndex: 'status',
      key: 'status',
      sorter: true,
      sortOrder: sortOrderOf(params, 'status'),
      render: (status: RoundStatus) => <RoundStatusTag status={status} />,
    },
    {
      title: t('field.entries'),
      dataIndex: 'entryCount',
      key: 'entryCount',
      align: 'right',
      responsive: ['md'],
    },
    {
      title: t('field.opensOn'),
      dataIndex: 'opensOn',
      key: 'opensOn',
      sorter: true,
      sortOrder: sortOrderOf(params, 'opensOn'),
      render: formatDate,
      responsive: ['lg'],
    },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          <IfRole roles={[Role.OFFICE]}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('create.title')}
            </Button>
          </IfRole>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchBox value={params.q} onSearch={(q) => update({ q })} />
        <InputNumber
          aria-label={t('filter.year')}
          placeholder={t('filter.year')}
          min={2018}
          max={2100}
          style={{ width: 110 }}
          value={params.filters.year ? Number(params.filters.year) : null}
          onChange={(year) => update({ year: year ?? undefined })}
        />
        <Select
          allowClear
          aria-label={t('field.level')}
          placeholder={t('filter.level')}
          style={{ minWidth: 150 }}
          value={params.filters.level}
          onChange={(level?: string) => update({ level })}
          options={LEVELS.map((value) => ({ value, label: t(`level.${value}`) }))}
        />
        <Select
          allowClear
          aria-label={t('field.status')}
          placeholder={t('filter.status')}
          style={{ minWidth: 170 }}
          value={params.filters.status}
          onChange={(status?: string) => update({ status })}
          options={STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
        <Select
          allowClear
          aria-label={t('field.legalBasis')}
          placeholder={t('filter.legalBasis')}
          style={{ minWidth: 200 }}
          value={params.filters.legalBasisCode}
          onChange={(legalBasisCode?: string) => update({ legalBasisCode })}
          options={bases.data?.items.map((b) => ({ value: b.code, label: b.decisionNumber }))}
        />
        <Input
          allowClear
          aria-label={t('filter.unit')}
          placeholder={t('filter.unit')}
          style={{ width: 130 }}
          value={unit}
          onChange={(e) => {
            setUnit(e.target.value);
            if (!e.target.value) update({ adminUnitCode: undefined });
          }}
          onPressEnter={() => update({ adminUnitCode: unit.trim() || undefined })}
          onBlur={() => update({ adminUnitCode: unit.trim() || undefined })}
        />
      </Flex>
      {rounds.isError ? (
        <ErrorResult error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : (
        <Table<Round>
          rowKey="id"
          columns={columns}
          dataSource={rounds.data?.items}
          loading={rounds.isFetching}
          scroll={{ x: true }}
          locale={{
            emptyText:
              params.q || Object.keys(params.filters).length
                ? t('common:state.emptyFiltered')
                : t('common:state.empty'),
          }}
          {...serverTableProps<Round>(params, update, rounds.data?.total)}
        />
      )}
      {creating && (
        <RoundFormModal
          onClose={() => setCreating(false)}
          onSaved={(r) => {
            setCreating(false);
            void navigate(`/rounds/${r.id}`);
          }}
        />
      )}
    </>
  );
}
