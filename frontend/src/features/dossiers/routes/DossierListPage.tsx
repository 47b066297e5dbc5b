import { Flex, Select, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { formatDate } from '../../../lib/format';
import { serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import { useDossiers, type Entry, type EntryQuery } from '../api/dossiers';
import { DossierStateTag } from '../components/DossierStateTag';

const OUTCOMES = ['FORWARDED', 'NOT_RECOGNISED', 'RECOGNISED', 'NO_QUORUM'] as const;

/** A commune officer's dossiers: the entries of its commune's producers in the commune rounds (scoped by the API). */
export default function DossierListPage() {
  const { t } = useTranslation(['dossiers', 'common']);
  const { params, query, update } = useListParams({ sort: '-createdAt' });
  const dossiers = useDossiers(query as EntryQuery);

  const columns: TableColumnsType<Entry> = [
    {
      title: t('field.product'),
      dataIndex: 'productName',
      key: 'productName',
      sorter: true,
      sortOrder: sortOrderOf(params, 'productName'),
      render: (name: string, e) => <Link to={`/dossiers/${e.id}`}>{name}</Link>,
    },
    {
      title: t('field.producer'),
      dataIndex: 'producerName',
      key: 'producerName',
      sorter: true,
      sortOrder: sortOrderOf(params, 'producerName'),
    },
    { title: t('field.state'), key: 'state', render: (_, e) => <DossierStateTag entry={e} /> },
    {
      title: t('field.productSet'),
      key: 'productSet',
      responsive: ['lg'],
      render: (_, e) => `${e.snapshot.productSetNumber}. ${e.snapshot.productSetName}`,
    },
    {
      title: t('field.enteredAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      sorter: true,
      sortOrder: sortOrderOf(params, 'createdAt'),
      render: formatDate,
    },
  ];

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchBox value={params.q} onSearch={(q) => update({ q })} />
        <Select
          allowClear
          aria-label={t('field.outcome')}
          placeholder={t('filter.outcome')}
          style={{ minWidth: 200 }}
          value={params.filters.outcome}
          onChange={(outcome?: string) => update({ outcome })}
          options={OUTCOMES.map((value) => ({ value, label: t(`outcome.${value}`) }))}
        />
      </Flex>
      {dossiers.isError ? (
        <ErrorResult error={dossiers.error} onRetry={() => void dossiers.refetch()} />
      ) : (
        <Table<Entry>
          rowKey="id"
          columns={columns}
          dataSource={dossiers.data?.items}
          loading={dossiers.isFetching}
          locale={{
            emptyText:
              params.q || Object.keys(params.filters).length
                ? t('common:state.emptyFiltered')
                : t('notFound'),
          }}
          scroll={{ x: true }}
          {...serverTableProps<Entry>(params, update, dossiers.data?.total)}
        />
      )}
    </>
  );
}
