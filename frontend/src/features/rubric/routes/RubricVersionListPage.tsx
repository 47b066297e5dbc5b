import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { StatusTag } from '../../../components/StatusTag';
import { IfRole } from '../../../lib/auth/RequireRole';
import { Role } from '../../../lib/auth/roles';
import { formatDate } from '../../../lib/format';
import { serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import { useLegalBases } from '../../rounds/api/rounds';
import { useRubricVersions, type RubricVersion, type VersionQuery } from '../api/rubric';
import { VersionFormModal } from '../components/VersionFormModal';
import { RubricStatusTag } from '../components/RubricStatusTag';

export default function RubricVersionListPage() {
  const { t } = useTranslation(['rubric', 'common']);
  const navigate = useNavigate();
  const { params, query, update } = useListParams({ sort: '-effectiveFrom' });
  const versions = useRubricVersions(query as VersionQuery);
  const bases = useLegalBases();
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<RubricVersion> = [
    {
      title: t('field.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(params, 'name'),
      render: (name: string, v) => <Link to={`/rubrics/${v.id}`}>{name}</Link>,
    },
    {
      title: t('field.legalBasis'),
      dataIndex: 'legalBasisCode',
      key: 'legalBasisCode',
      sorter: true,
      sortOrder: sortOrderOf(params, 'legalBasisCode'),
      responsive: ['md'],
    },
    {
      title: t('field.status'),
      dataIndex: 'status',
      key: 'status',
      sorter: true,
      sortOrder: sortOrderOf(params, 'status'),
      render: (_, v) => <RubricStatusTag version={v} />,
    },
    {
      title: t('field.effectiveFrom'),
      dataIndex: 'effectiveFrom',
      key: 'effectiveFrom',
      sorter: true,
      sortOrder: sortOrderOf(params, 'effectiveFrom'),
      render: (from: string, v) =>
        `${formatDate(from)}${v.effectiveTo ? ` – ${formatDate(v.effectiveTo)}` : ''}`,
    },
    {
      title: t('field.sheets'),
      dataIndex: 'sheetCount',
      key: 'sheetCount',
      align: 'right',
      responsive: ['lg'],
    },
    {
      title: t('field.valid'),
      key: 'valid',
      responsive: ['lg'],
      render: (_, v) =>
        v.valid ? (
          <StatusTag tone="success">{t('field.valid')}</StatusTag>
        ) : (
          <StatusTag tone="danger">{t('sheet.invalid')}</StatusTag>
        ),
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
        <Select
          allowClear
          aria-label={t('field.legalBasis')}
          placeholder={t('filter.legalBasis')}
          style={{ minWidth: 200 }}
          value={params.filters.legalBasisCode}
          onChange={(legalBasisCode?: string) => update({ legalBasisCode })}
          options={bases.data?.items.map((b) => ({ value: b.code, label: b.decisionNumber }))}
        />
        <Select
          allowClear
          aria-label={t('field.status')}
          placeholder={t('filter.status')}
          style={{ minWidth: 160 }}
          value={params.filters.status}
          onChange={(status?: string) => update({ status })}
          options={(['DRAFT', 'PUBLISHED'] as const).map((value) => ({ value, label: t(`status.${value}`) }))}
        />
      </Flex>
      {versions.isError ? (
        <ErrorResult error={versions.error} onRetry={() => void versions.refetch()} />
      ) : (
        <Table<RubricVersion>
          rowKey="id"
          columns={columns}
          dataSource={versions.data?.items}
          loading={versions.isFetching}
          scroll={{ x: true }}
          locale={{
            emptyText:
              params.q || Object.keys(params.filters).length
                ? t('common:state.emptyFiltered')
                : t('common:state.empty'),
          }}
          {...serverTableProps<RubricVersion>(params, update, versions.data?.total)}
        />
      )}
      {creating && (
        <VersionFormModal
          onClose={() => setCreating(false)}
          onSaved={(v) => {
            setCreating(false);
            void navigate(`/rubrics/${v.id}`);
          }}
        />
      )}
    </>
  );
}
