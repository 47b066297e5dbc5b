import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useProducers } from '../../producers/api/producers';
import { useProducts } from '../api/products';

function useDebounced(text: string): string {
  const [value, setValue] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setValue(text), 300);
    return () => clearTimeout(timer);
  }, [text]);
  return value;
}

interface PickerProps {
  value?: number | null;
  onChange?: (id: number | undefined) => void;
  /** Shown for the current value before the list has it (an edit form). */
  currentLabel?: string;
  placeholder?: string;
  id?: string;
  disabled?: boolean;
  ariaLabel?: string;
}

/** A producer picked by name from the caller's scope (server search, accent-insensitive). */
export function ProducerPicker({
  value,
  onChange,
  currentLabel,
  placeholder,
  id,
  disabled,
  ariaLabel,
}: PickerProps) {
  const [text, setText] = useState('');
  const q = useDebounced(text);
  const producers = useProducers({ q: q || undefined, size: 20, sort: 'name' }, !disabled);
  const options = (producers.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (value && currentLabel && !options.some((o) => o.value === value))
    options.unshift({ value, label: currentLabel });
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      disabled={disabled}
      loading={producers.isFetching}
      placeholder={placeholder}
      aria-label={ariaLabel ?? placeholder}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v)}
      options={options}
    />
  );
}

/** A product picked by its or its producer's name from the caller's scope. */
export function ProductPicker({
  value,
  onChange,
  currentLabel,
  placeholder,
  id,
  disabled,
  ariaLabel,
}: PickerProps) {
  const [text, setText] = useState('');
  const q = useDebounced(text);
  const products = useProducts({ q: q || undefined, size: 20, sort: 'name' }, !disabled);
  const options = (products.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name} — ${p.producerName}`,
  }));
  if (value && currentLabel && !options.some((o) => o.value === value))
    options.unshift({ value, label: currentLabel });
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      disabled={disabled}
      loading={products.isFetching}
      placeholder={placeholder}
      aria-label={ariaLabel ?? placeholder}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v)}
      options={options}
    />
  );
}
