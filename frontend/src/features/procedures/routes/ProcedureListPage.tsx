import { Alert, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult } from '../../../components/QueryState';
import { formatDateTime } from '../../../lib/format';
import { serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import { useProcedures, type Procedure, type ProcedureQuery } from '../api/procedures';

export default function ProcedureListPage() {
  const { t } = useTranslation(['procedures', 'rounds', 'common']);
  const { params, query, update } = useListParams({ sort: 'legalBasisCode' });
  const procedures = useProcedures(query as ProcedureQuery);

  const columns: TableColumnsType<Procedure> = [
    {
      title: t('field.name'),
      dataIndex: 'name',
      key: 'name',
      render: (name: string, p) => <Link to={`/procedures/${p.id}`}>{name}</Link>,
    },
    {
      title: t('field.legalBasis'),
      dataIndex: 'legalBasisCode',
      key: 'legalBasisCode',
      sorter: true,
      sortOrder: sortOrderOf(params, 'legalBasisCode'),
    },
    {
      title: t('field.levels'),
      key: 'levels',
      render: (_, p) => p.levels.map((l) => t(`rounds:level.${l.level}`)).join(' → '),
    },
    {
      title: t('field.updated'),
      key: 'updated',
      responsive: ['lg'],
      render: (_, p) => `${formatDateTime(p.updatedAt)} — ${p.updatedBy}`,
    },
  ];

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Alert type="info" showIcon title={t('edit.noCreate')} style={{ marginBottom: 16 }} />
      {procedures.isError ? (
        <ErrorResult error={procedures.error} onRetry={() => void procedures.refetch()} />
      ) : (
        <Table<Procedure>
          rowKey="id"
          columns={columns}
          dataSource={procedures.data?.items}
          loading={procedures.isFetching}
          scroll={{ x: true }}
          locale={{ emptyText: t('common:state.empty') }}
          {...serverTableProps<Procedure>(params, update, procedures.data?.total)}
        />
      )}
    </>
  );
}
