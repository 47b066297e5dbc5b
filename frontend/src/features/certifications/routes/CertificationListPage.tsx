import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorResult } from '../../../components/QueryState';
import { SearchBox } from '../../../components/SearchBox';
import { UnitSelect } from '../../../components/UnitSelect';
import { Role } from '../../../lib/auth/roles';
import { useSession } from '../../../lib/auth/session';
import { emptyLabel, serverTableProps, sortOrderOf, useListParams } from '../../../lib/list/useListParams';
import { mayCreate } from '../../producers/api/permissions';
import { LAST_DAY_OF_DISTRICTS, OLD_PROVINCE } from '../../producers/api/units';
import { ExportButtons } from '../../producers/components/ExportButtons';
import {
  CERTIFICATION_TYPES,
  useCertifications,
  type Certification,
  type CertificationQuery,
} from '../api/certifications';
import { CertificationFormModal } from '../components/CertificationFormModal';
import { CertificationTable } from '../components/CertificationTable';

const STATUSES = ['VALID', 'EXPIRING', 'EXPIRED'] as const;
const EXPIRING_DAYS = [30, 60, 90, 180];

export default function CertificationListPage() {
  const { t } = useTranslation(['certifications', 'common']);
  const session = useSession();
  const { params, query, update } = useListParams({ sort: 'expiresOn' });
  const certifications = useCertifications(query as CertificationQuery);
  const [editing, setEditing] = useState<number | 'new' | undefined>();
  const districtScoped = session.hasRole(Role.DISTRICT_OFFICER, Role.DISTRICT_COUNCIL) && !!session.unit;

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          <>
            <ExportButtons path="/api/v1/certifications/export" query={query} fileName="chung-nhan" />
            {mayCreate(session) && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('common:action.create')}
              </Button>
            )}
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchBox value={params.q} onSearch={(q) => update({ q })} />
        <Select
          allowClear
          aria-label={t('field.type')}
          placeholder={t('filter.type')}
          style={{ minWidth: 200 }}
          value={params.filters.type}
          onChange={(type?: string) => update({ type })}
          options={CERTIFICATION_TYPES.map((value) => ({ value, label: t(`type.${value}`) }))}
        />
        <Select
          allowClear
          aria-label={t('field.status')}
          placeholder={t('filter.status')}
          style={{ minWidth: 160 }}
          value={params.filters.status}
          onChange={(status?: string) => update({ status })}
          options={STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
        <Select
          allowClear
          aria-label={t('filter.expiring')}
          placeholder={t('filter.expiring')}
          style={{ minWidth: 180 }}
          value={params.filters.expiringWithinDays}
          onChange={(expiringWithinDays?: string) => update({ expiringWithinDays })}
          options={EXPIRING_DAYS.map((d) => ({
            value: String(d),
            label: `${t('filter.expiring')} ${t('filter.days', { count: d })}`,
          }))}
        />
        {!districtScoped && !session.hasRole(Role.COMMUNE_OFFICER) && (
          <UnitSelect
            parentCode={OLD_PROVINCE}
            asOf={LAST_DAY_OF_DISTRICTS}
            ariaLabel={t('field.district')}
            placeholder={t('field.district')}
            value={params.filters.districtCode}
            onChange={(districtCode) => update({ districtCode })}
          />
        )}
      </Flex>
      {certifications.isError ? (
        <ErrorResult error={certifications.error} onRetry={() => void certifications.refetch()} />
      ) : (
        <CertificationTable
          items={certifications.data?.items}
          loading={certifications.isFetching}
          onEdit={setEditing}
          sortOrder={(key) => sortOrderOf(params, key)}
          emptyText={emptyLabel(params)}
          tableProps={serverTableProps<Certification>(params, update, certifications.data?.total)}
        />
      )}
      {editing !== undefined && (
        <CertificationFormModal
          editId={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
