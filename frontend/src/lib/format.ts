import dayjs from 'dayjs';

/** Dates as Vietnamese officers write them: 31/12/2019. Accepts the API's ISO dates and instants. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format('DD/MM/YYYY') : value;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format('DD/MM/YYYY HH:mm') : value;
}

const vnd = new Intl.NumberFormat('vi-VN');
/** Money as integer VND: 1250000 → "1.250.000 ₫". */
export function formatMoney(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return `${vnd.format(value)} ₫`;
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : vnd.format(value);
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
/** Vietnamese alphabetical order (a ă â b c d đ e ê …) for tables that sort on the client. */
export function compareVi(a: string | null | undefined, b: string | null | undefined): number {
  return collator.compare(a ?? '', b ?? '');
}

/** Text without diacritics, lower case, for accent-insensitive matching on the client ("Cầu Kè" ~ "cau ke"). */
export function foldVi(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

export function matchesVi(text: string | null | undefined, query: string): boolean {
  return foldVi(text ?? '').includes(foldVi(query.trim()));
}
