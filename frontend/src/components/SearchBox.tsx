import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Search as you type: the query changes 300 ms after the last key, so each keystroke is not a request. */
export function SearchBox({
  value,
  onSearch,
  placeholder,
}: {
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  // The URL can change the query too (back button, a cleared filter): show what it says.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value ?? '');
  }
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === (value ?? '')) return;
    const timer = setTimeout(() => onSearch(trimmed || undefined), 300);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);
  return (
    <Input.Search
      allowClear
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => onSearch(v.trim() || undefined)}
      placeholder={placeholder ?? t('action.searchPlaceholder')}
      aria-label={placeholder ?? t('action.search')}
      style={{ maxWidth: 360 }}
    />
  );
}
