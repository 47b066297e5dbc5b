import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult } from '../../../components/QueryState';
import { IfRole } from '../../../lib/auth/RequireRole';
import { formatDate, formatMoney } from '../../../lib/format';
import { serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import { useProducerOption } from '../api/lookups';
import { usePartner } from '../api/partners';
import {
  CONTRACT_STATUSES,
  exportSalesContracts,
  useSalesContracts,
  type SalesContract,
  type SalesContractQuery,
} from '../api/salesContracts';
import { ContractStatusTag } from '../components/ContractStatusTag';
import { PartnerPicker, ProducerPicker, ProducerProductPicker } from '../components/Pickers';
import { COMMERCE_WRITERS } from '../lib/access';
import { yearOptions } from '../lib/forms';
import { EmptyText } from '../../../components/EmptyText';

function idOf(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
}

export default function SalesContractListPage() {
  const { t } = useTranslation(['commerce', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { params, query, update } = useListParams({ sort: '-signedOn' });
  const contracts = useSalesContracts(query as SalesContractQuery);
  const partnerId = idOf(params.filters.partnerId);
  const producerId = idOf(params.filters.producerId);
  const partner = usePartner(partnerId);
  const producer = useProducerOption(producerId);
  const [exporting, setExporting] = useState<'XLSX' | 'CSV' | null>(null);

  const runExport = (format: 'XLSX' | 'CSV') => {
    setExporting(format);
    exportSalesContracts(query as SalesContractQuery, format)
      .catch((e: unknown) => void message.error(e instanceof Error ? e.message : String(e)))
      .finally(() => setExporting(null));
  };

  const columns: TableColumnsType<SalesContract> = [
    {
      title: t('contract.field.number'),
      dataIndex: 'number',
      key: 'number',
      sorter: true,
      sortOrder: sortOrderOf(params, 'number'),
      render: (number: string, c) => <Link to={`/sales-contracts/${c.id}`}>{number}</Link>,
    },
    { title: t('contract.field.partner'), dataIndex: 'partnerName', key: 'partnerName' },
    {
      title: t('contract.field.producer'),
      dataIndex: 'producerName',
      key: 'producerName',
      responsive: ['md'],
    },
    {
      title: t('contract.field.district'),
      dataIndex: 'districtName',
      key: 'districtName',
      responsive: ['xl'],
    },
    {
      title: t('contract.field.signedOn'),
      dataIndex: 'signedOn',
      key: 'signedOn',
      sorter: true,
      sortOrder: sortOrderOf(params, 'signedOn'),
      render: formatDate,
    },
    {
      title: t('contract.field.endsOn'),
      dataIndex: 'endsOn',
      key: 'endsOn',
      sorter: true,
      sortOrder: sortOrderOf(params, 'endsOn'),
      render: formatDate,
      responsive: ['lg'],
    },
    {
      title: t('contract.field.total'),
      dataIndex: 'totalValueVnd',
      key: 'totalValueVnd',
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf(params, 'totalValueVnd'),
      render: (v: number | null) => formatMoney(v),
    },
    {
      title: t('contract.field.status'),
      dataIndex: 'status',
      key: 'status',
      sorter: true,
      sortOrder: sortOrderOf(params, 'status'),
      render: (status: SalesContract['status']) => <ContractStatusTag status={status} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('contract.title')}
        subtitle={t('contract.subtitle')}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting === 'XLSX'}
              onClick={() => runExport('XLSX')}
            >
              {t('contract.action.exportXlsx')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting === 'CSV'}
              onClick={() => runExport('CSV')}
            >
              {t('contract.action.exportCsv')}
            </Button>
            <IfRole roles={COMMERCE_WRITERS}>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => void navigate('/sales-contracts/new')}
              >
                {t('contract.create')}
              </Button>
            </IfRole>
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          aria-label={t('contract.field.status')}
          placeholder={t('contract.filter.status')}
          style={{ minWidth: 170 }}
          value={params.filters.status}
          onChange={(status?: string) => update({ status })}
          options={CONTRACT_STATUSES.map((value) => ({ value, label: t(`contract.status.${value}`) }))}
        />
        <PartnerPicker
          allowClear
          aria-label={t('contract.field.partner')}
          placeholder={t('contract.filter.partner')}
          style={{ minWidth: 220 }}
          value={partnerId}
          known={partnerId && partner.data ? [{ value: partnerId, label: partner.data.data.name }] : []}
          onChange={(id?: number) => update({ partnerId: id })}
        />
        <ProducerPicker
          allowClear
          aria-label={t('contract.field.producer')}
          placeholder={t('contract.filter.producer')}
          style={{ minWidth: 240 }}
          value={producerId}
          known={producerId && producer.data ? [{ value: producerId, label: producer.data.name }] : []}
          onChange={(id?: number) => update({ producerId: id, productId: undefined })}
        />
        {producerId !== undefined && (
          <ProducerProductPicker<number>
            allowClear
            producerId={producerId}
            aria-label={t('contract.field.product')}
            placeholder={t('contract.filter.product')}
            style={{ minWidth: 220 }}
            value={idOf(params.filters.productId)}
            onChange={(id?: number) => update({ productId: id })}
          />
        )}
        <Select
          allowClear
          aria-label={t('contract.field.signedYear')}
          placeholder={t('contract.filter.year')}
          style={{ minWidth: 120 }}
          value={idOf(params.filters.signedYear)}
          onChange={(signedYear?: number) => update({ signedYear })}
          options={yearOptions()}
        />
      </Flex>
      {contracts.isError ? (
        <ErrorResult error={contracts.error} onRetry={() => void contracts.refetch()} />
      ) : (
        <Table<SalesContract>
          rowKey="id"
          columns={columns}
          dataSource={contracts.data?.items}
          loading={contracts.isFetching}
          scroll={{ x: true }}
          locale={{
            emptyText: (
              <EmptyText
                text={t(
                  Object.keys(params.filters).length ? 'common:state.emptyFiltered' : 'common:state.empty',
                )}
              />
            ),
          }}
          {...serverTableProps<SalesContract>(params, update, contracts.data?.total)}
        />
      )}
    </>
  );
}
