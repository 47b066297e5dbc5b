import { Select, type SelectProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesVi } from '../../../lib/format';
import { usePartnerOptions, useProducerOptions, useProductOptions, useUnitsOfToday } from '../api/lookups';

interface Option {
  value: number;
  label: string;
}

/** The search text 300 ms after the last key, so that typing a name is one request. */
function useDebounced(text: string): string {
  const [value, setValue] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setValue(text), 300);
    return () => clearTimeout(timer);
  }, [text]);
  return value;
}

/** Keeps the chosen value's label on screen when the current page of options does not hold it (editing). */
function withKnown(options: Option[], known: Option[]): Option[] {
  const seen = new Set(options.map((o) => o.value));
  return [...options, ...known.filter((o) => !seen.has(o.value))];
}

type PickerProps<V> = Omit<SelectProps<V>, 'options' | 'showSearch' | 'loading'> & {
  /** Options known beforehand (the record being edited), shown even when the search does not return them. */
  known?: Option[];
};

/** A producer, searched on the server by name (accent-insensitive), within the user's scope. */
export function ProducerPicker({ known = [], placeholder, ...props }: PickerProps<number>) {
  const { t } = useTranslation('commerce');
  const [text, setText] = useState('');
  const q = useDebounced(text);
  const producers = useProducerOptions(q.trim() || undefined);
  const options = useMemo(
    () =>
      withKnown(
        (producers.data?.items ?? []).map((p) => ({
          value: p.id,
          label: p.districtName ? `${p.name} — ${p.districtName}` : p.name,
        })),
        known,
      ),
    [producers.data, known],
  );
  return (
    <Select<number>
      {...props}
      placeholder={placeholder ?? t('picker.producer')}
      loading={producers.isFetching}
      showSearch={{ filterOption: false, onSearch: setText }}
      onOpenChange={(open) => !open && setText('')}
      options={options}
    />
  );
}

/** A partner, searched on the server by name. */
export function PartnerPicker({ known = [], placeholder, ...props }: PickerProps<number>) {
  const { t } = useTranslation('commerce');
  const [text, setText] = useState('');
  const q = useDebounced(text);
  const partners = usePartnerOptions(q.trim() || undefined);
  const options = useMemo(
    () =>
      withKnown(
        (partners.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
        known,
      ),
    [partners.data, known],
  );
  return (
    <Select<number>
      {...props}
      placeholder={placeholder ?? t('picker.partner')}
      loading={partners.isFetching}
      showSearch={{ filterOption: false, onSearch: setText }}
      onOpenChange={(open) => !open && setText('')}
      options={options}
    />
  );
}

/** The products of one producer, filtered on the client (a producer has a handful). */
export function ProducerProductPicker<V extends number | number[] = number>({
  producerId,
  known = [],
  placeholder,
  ...props
}: PickerProps<V> & { producerId: number | undefined }) {
  const { t } = useTranslation('commerce');
  const products = useProductOptions(producerId);
  const options = useMemo(
    () =>
      producerId === undefined
        ? known
        : withKnown(
            (products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
            known,
          ),
    [producerId, products.data, known],
  );
  return (
    <Select<V>
      {...props}
      disabled={props.disabled || producerId === undefined}
      placeholder={
        producerId === undefined ? t('contract.pickProducerFirst') : (placeholder ?? t('picker.product'))
      }
      loading={products.isFetching}
      showSearch={{ filterOption: (input, option) => matchesVi(String(option?.label ?? ''), input) }}
      options={options}
    />
  );
}

/** Products of any producer, searched on the server by product or producer name (points of sale offer any). */
export function AnyProductPicker({ known = [], placeholder, ...props }: PickerProps<number[]>) {
  const { t } = useTranslation('commerce');
  const [text, setText] = useState('');
  const q = useDebounced(text);
  const products = useProductOptions(undefined, q.trim());
  const options = useMemo(
    () =>
      withKnown(
        (products.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} — ${p.producerName}` })),
        known,
      ),
    [products.data, known],
  );
  return (
    <Select<number[]>
      {...props}
      mode="multiple"
      placeholder={placeholder ?? t('pos.productSearch')}
      loading={products.isFetching}
      showSearch={{ filterOption: false, onSearch: setText }}
      onOpenChange={(open) => !open && setText('')}
      options={options}
    />
  );
}

/** The province of today (Vĩnh Long, from 2025-07-01): its communes and wards. */
export const PROVINCE_OF_TODAY = '86';

/**
 * A commune or ward of today's map, filtered on the client without regard to accents. A small local picker until
 * a shared unit picker exists.
 */
export function CommunePicker({
  placeholder,
  known,
  ...props
}: Omit<SelectProps<string>, 'options' | 'showSearch'> & { known?: { value: string; label: string } }) {
  const { t } = useTranslation('commerce');
  const units = useUnitsOfToday(PROVINCE_OF_TODAY);
  const options = useMemo(() => {
    const today = (units.data?.items ?? []).map((u) => ({ value: u.code, label: u.name }));
    // A point recorded before 2025-07-01 belongs to a district of then: keep it choosable.
    return known && !today.some((o) => o.value === known.value) ? [known, ...today] : today;
  }, [units.data, known]);
  return (
    <Select<string>
      {...props}
      placeholder={placeholder ?? t('picker.commune')}
      loading={units.isFetching}
      showSearch={{ filterOption: (input, option) => matchesVi(String(option?.label ?? ''), input) }}
      options={options}
    />
  );
}
