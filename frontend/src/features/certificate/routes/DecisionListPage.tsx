import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult } from '../../../components/QueryState';
import { IfRole } from '../../../lib/auth/RequireRole';
import { Role } from '../../../lib/auth/roles';
import { formatDate, formatNumber } from '../../../lib/format';
import { serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import { useDecisions, type Decision, type DecisionQuery } from '../api/certificates';
import { EmptyText } from '../../../components/EmptyText';

export default function DecisionListPage() {
  const { t } = useTranslation(['certificate', 'common']);
  const { params, query, update } = useListParams({ sort: '-decidedOn' });
  const decisions = useDecisions(query as DecisionQuery);

  const columns: TableColumnsType<Decision> = [
    {
      title: t('decision.number'),
      dataIndex: 'number',
      key: 'number',
      sorter: true,
      sortOrder: sortOrderOf(params, 'number'),
      render: (n: string, d) => <Link to={`/recognition-decisions/${d.id}`}>{n}</Link>,
    },
    {
      title: t('decision.decidedOn'),
      dataIndex: 'decidedOn',
      key: 'decidedOn',
      sorter: true,
      sortOrder: sortOrderOf(params, 'decidedOn'),
      render: formatDate,
    },
    { title: t('decision.signer'), dataIndex: 'signer', responsive: ['lg'] },
    { title: t('decision.level'), dataIndex: 'level', render: (l: string) => t(`level.${l}`) },
    { title: t('decision.adminUnitCode'), dataIndex: 'adminUnitCode', responsive: ['md'] },
    {
      title: t('decision.certificateCount'),
      dataIndex: 'certificateCount',
      align: 'right',
      render: formatNumber,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('decisions.title')}
        subtitle={t('decisions.subtitle')}
        extra={
          <IfRole roles={[Role.OFFICE]}>
            <Link to="/recognition-decisions/new">
              <Button type="primary" icon={<PlusOutlined />} tabIndex={-1}>
                {t('decisions.create')}
              </Button>
            </Link>
          </IfRole>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <InputNumber
          aria-label={t('decisions.year')}
          placeholder={t('decisions.year')}
          min={2000}
          max={2100}
          style={{ width: 130 }}
          value={params.filters.year ? Number(params.filters.year) : null}
          onChange={(year) => update({ year: year ?? undefined })}
        />
      </Flex>
      {decisions.isError ? (
        <ErrorResult error={decisions.error} onRetry={() => void decisions.refetch()} />
      ) : (
        <Table<Decision>
          rowKey="id"
          columns={columns}
          dataSource={decisions.data?.items}
          loading={decisions.isFetching}
          scroll={{ x: true }}
          locale={{
            emptyText: (
              <EmptyText
                text={t(params.filters.year ? 'common:state.emptyFiltered' : 'common:state.empty')}
              />
            ),
          }}
          {...serverTableProps<Decision>(params, update, decisions.data?.total)}
        />
      )}
    </>
  );
}
