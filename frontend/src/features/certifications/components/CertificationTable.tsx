import { EditOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, type TableColumnsType, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../../../components/ProblemAlert';
import { useSession } from '../../../lib/auth/session';
import { formatDate } from '../../../lib/format';
import { mayEditInDistrict } from '../../producers/api/permissions';
import {
  currentEtag,
  useDeleteCertification,
  type Certification,
  type CertificationType,
} from '../api/certifications';
import { EvidenceActions } from './EvidenceActions';
import { ExpiryTag } from './ExpiryTag';
import { EmptyText } from '../../../components/EmptyText';

/** Certifications with their expiry badges, evidence and (for those who may) edit and delete. */
export function CertificationTable({
  items,
  loading,
  onEdit,
  showHolder = true,
  sortOrder,
  tableProps,
  emptyText,
}: {
  items: Certification[] | undefined;
  loading: boolean;
  onEdit: (id: number) => void;
  showHolder?: boolean;
  sortOrder?: (key: string) => 'ascend' | 'descend' | null;
  tableProps?: Pick<TableProps<Certification>, 'pagination' | 'onChange'>;
  emptyText?: string;
}) {
  const { t } = useTranslation(['certifications', 'common']);
  const session = useSession();
  const { message } = App.useApp();
  const remove = useDeleteCertification();
  const sortable = (key: string) => (sortOrder ? { sorter: true, sortOrder: sortOrder(key) } : {});

  const columns: TableColumnsType<Certification> = [
    ...(showHolder
      ? [
          {
            title: t('field.holder'),
            key: 'holder',
            render: (_: unknown, c: Certification) =>
              c.productId ? (
                <>
                  <Link to={`/products/${c.productId}`}>{c.productName}</Link>
                  <div style={{ fontSize: 13 }}>{c.producerName}</div>
                </>
              ) : (
                <Link to={`/producers/${c.producerId}`}>{c.producerName}</Link>
              ),
          },
        ]
      : []),
    {
      title: t('field.type'),
      dataIndex: 'type',
      key: 'type',
      ...sortable('type'),
      render: (type: CertificationType) => t(`type.${type}`),
    },
    { title: t('field.number'), dataIndex: 'number', key: 'number', ...sortable('number') },
    { title: t('field.issuer'), dataIndex: 'issuer', key: 'issuer', responsive: ['xl'] },
    {
      title: t('field.issuedOn'),
      dataIndex: 'issuedOn',
      key: 'issuedOn',
      ...sortable('issuedOn'),
      render: formatDate,
      responsive: ['lg'],
    },
    {
      title: t('field.expiresOn'),
      dataIndex: 'expiresOn',
      key: 'expiresOn',
      ...sortable('expiresOn'),
      render: (d: string | null) => formatDate(d) || '—',
    },
    {
      title: t('field.status'),
      key: 'status',
      render: (_, c) => <ExpiryTag status={c.status} expiresOn={c.expiresOn} />,
    },
    {
      title: t('field.evidence'),
      key: 'evidence',
      render: (_, c) => (
        <Space wrap size={4}>
          <EvidenceActions cert={c} editable={mayEditInDistrict(session, c.districtCode)} />
        </Space>
      ),
    },
    {
      title: t('actions'),
      key: 'actions',
      render: (_, c) =>
        mayEditInDistrict(session, c.districtCode) && (
          <Space wrap size={4}>
            <Button
              size="small"
              icon={<EditOutlined />}
              aria-label={`${t('common:action.edit')} ${c.number}`}
              onClick={() => onEdit(c.id)}
            >
              {t('common:action.edit')}
            </Button>
            <Popconfirm
              title={t('common:action.confirmDelete')}
              okText={t('common:action.delete')}
              cancelText={t('common:action.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={async () => {
                try {
                  await remove.mutateAsync({ id: c.id, etag: await currentEtag(c.id) });
                  void message.success(t('common:state.deleted'));
                } catch (e) {
                  void message.error(problemMessage(e, t));
                }
              }}
            >
              <Button size="small" danger aria-label={`${t('common:action.delete')} ${c.number}`}>
                {t('common:action.delete')}
              </Button>
            </Popconfirm>
          </Space>
        ),
    },
  ];
  return (
    <Table<Certification>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: true }}
      locale={{ emptyText: <EmptyText text={emptyText ?? t('common:state.empty')} /> }}
      {...(tableProps ?? { pagination: false })}
    />
  );
}
