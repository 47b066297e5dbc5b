import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../lib/api/client';
import { matchesVi } from '../lib/format';

export type AdminUnit = Schemas['AdminUnitView'];
export type AdminUnitType = Schemas['AdminUnitType'];

/** The units under a parent valid on a date (today when absent): public reference data, cached for the session. */
export function useAdminUnits(parentCode: string | undefined, asOf?: string) {
  return useQuery({
    queryKey: ['admin-units', parentCode ?? null, asOf ?? null],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/admin-units', {
          params: { query: { parentCode, ...(asOf ? { asOf } : {}), size: 200, sort: 'name' } },
          signal,
        }),
      ),
    enabled: parentCode !== undefined,
    staleTime: 60 * 60 * 1000,
  });
}

/**
 * A commune, ward or district picker fed by GET /api/v1/admin-units: the children of `parentCode` valid on `asOf`
 * (today by default), searchable with or without accents. The value is the unit's code.
 */
export function UnitSelect({
  parentCode,
  asOf,
  types,
  value,
  onChange,
  placeholder,
  ariaLabel,
  id,
  disabled,
  allowClear = true,
  style,
}: {
  /** The parent unit (e.g. 86 for the communes of today's Vĩnh Long, 84 for the districts of Trà Vinh before 2025). */
  parentCode: string | undefined;
  asOf?: string;
  /** Only units of these types (e.g. DISTRICT, TOWN, CITY). */
  types?: readonly AdminUnitType[];
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  ariaLabel?: string;
  id?: string;
  disabled?: boolean;
  allowClear?: boolean;
  style?: React.CSSProperties;
}) {
  const { t } = useTranslation();
  const units = useAdminUnits(parentCode, asOf);
  const options = (units.data?.items ?? [])
    .filter((u) => !types || types.includes(u.type))
    .map((u) => ({ value: u.code, label: u.name }));
  return (
    <Select
      id={id}
      showSearch={{ filterOption: (input, option) => matchesVi(option?.label, input) }}
      allowClear={allowClear}
      disabled={disabled || parentCode === undefined}
      loading={units.isFetching}
      status={units.isError ? 'error' : undefined}
      notFoundContent={units.isError ? t('problem.generic') : undefined}
      aria-label={ariaLabel ?? placeholder}
      placeholder={placeholder}
      style={{ minWidth: 200, ...style }}
      value={value ?? undefined}
      onChange={(code?: string) => onChange?.(code)}
      options={options}
    />
  );
}
