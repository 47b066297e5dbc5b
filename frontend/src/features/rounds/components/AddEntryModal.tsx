import { App, Button, Modal, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SearchBox } from '../../../components/SearchBox';
import { newIdempotencyKey } from '../../../lib/forms/useApiForm';
import { useAddEntry, useProductSearch, useRoundEntries, type Product, type Round } from '../api/rounds';

/** Pick products of producers in the round's unit and enter them (a snapshot of the dossier is taken). */
export function AddEntryModal({ round, onClose }: { round: Round; onClose: () => void }) {
  const { t } = useTranslation(['rounds', 'common']);
  const { message } = App.useApp();
  const [q, setQ] = useState<string | undefined>();
  const [page, setPage] = useState(0);
  const keys = useRef(new Map<number, string>());
  const unitFilter =
    round.level === 'COMMUNE'
      ? { communeCode: round.adminUnitCode }
      : round.level === 'DISTRICT'
        ? { districtCode: round.adminUnitCode }
        : {};
  const products = useProductSearch({ ...unitFilter, q, page, size: 10, sort: 'name' });
  const entered = useRoundEntries(round.id, { size: 200 });
  const inRound = new Set(entered.data?.items.map((e) => e.productId));
  const add = useAddEntry(round.id);

  const keyOf = (id: number) => {
    if (!keys.current.has(id)) keys.current.set(id, newIdempotencyKey());
    return keys.current.get(id)!;
  };

  const columns: TableColumnsType<Product> = [
    { title: t('dossiers:field.product'), dataIndex: 'name', key: 'name' },
    { title: t('dossiers:field.producer'), dataIndex: 'producerName', key: 'producerName' },
    {
      title: '',
      key: 'add',
      render: (_, p) =>
        inRound.has(p.id) ? (
          <Typography.Text type="secondary">{t('entries.already')}</Typography.Text>
        ) : (
          <Popconfirm
            title={`${t('entries.addTitle')}: ${p.name}?`}
            okText={t('common:action.yes')}
            cancelText={t('common:action.no')}
            onConfirm={() =>
              add.mutate(
                { productId: p.id, key: keyOf(p.id) },
                { onSuccess: () => void message.success(t('entries.added')) },
              )
            }
          >
            <Button
              size="small"
              type="primary"
              disabled={add.isPending}
              aria-label={`${t('entries.add')}: ${p.name}`}
            >
              {t('entries.add')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Modal
      open
      title={t('entries.addTitle')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common:action.close')}</Button>}
      width={760}
    >
      <Typography.Paragraph type="secondary">
        {t('entries.pick', { unit: round.adminUnitName })}
      </Typography.Paragraph>
      <ProblemAlert error={add.error} />
      <div style={{ marginBottom: 12 }}>
        <SearchBox
          value={q}
          onSearch={(text) => {
            setQ(text);
            setPage(0);
          }}
        />
      </div>
      <Table<Product>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={products.data?.items}
        loading={products.isFetching}
        scroll={{ x: true }}
        locale={{ emptyText: t('entries.noProducts') }}
        pagination={{
          current: page + 1,
          pageSize: 10,
          total: products.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (p) => setPage(p - 1),
        }}
      />
    </Modal>
  );
}
