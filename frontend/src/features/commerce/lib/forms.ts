import dayjs, { type Dayjs } from 'dayjs';

/** An optional text field as the API wants it: trimmed, and null when left empty. */
export function nullIfBlank(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** A DatePicker's value as the API's ISO date (2026-07-21), or null. */
export function isoDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

/** An API date for a DatePicker, or undefined. */
export function toDayjs(value: string | null | undefined): Dayjs | undefined {
  return value ? dayjs(value) : undefined;
}

/** DatePicker format as officers write dates. */
export const DATE_FORMAT = 'DD/MM/YYYY';

/** The years a year filter offers: from the programme's start to next year. */
export function yearOptions(
  from = 2018,
  to = new Date().getFullYear() + 1,
): { value: number; label: string }[] {
  const years: { value: number; label: string }[] = [];
  for (let y = to; y >= from; y--) years.push({ value: y, label: String(y) });
  return years;
}
