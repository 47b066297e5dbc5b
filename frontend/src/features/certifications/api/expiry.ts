import type { Tone } from '../../../components/StatusTag';

export type CertificationStatus = 'VALID' | 'EXPIRING' | 'EXPIRED';

/** The API's window: a certification is EXPIRING within this many days of its expiry. */
export const EXPIRING_WITHIN_DAYS = 30;

/** Whole days from `from` to `to` (ISO dates), counted on the calendar: no time zone or daylight saving involved. */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => {
    const [y = 0, m = 1, d = 1] = iso.slice(0, 10).split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

export interface ExpiryBadge {
  /** i18n key under `certifications:expiry.` */
  key: 'valid' | 'noExpiry' | 'expiring' | 'expiringToday' | 'expired';
  tone: Tone;
  /** Days until expiry (negative: days since), null without an expiry date. */
  days: number | null;
}

/**
 * The expiry badge of a certification. The API's status (derived from today's date in the province) decides the
 * colour; `today` (ISO) only counts the days shown, so the badge never contradicts the list's status filter.
 * Without a status (a form preview) the rule is the API's: expired after expiresOn, expiring within 30 days.
 */
export function expiryBadge(
  cert: { status?: CertificationStatus | null; expiresOn?: string | null },
  today: string,
): ExpiryBadge {
  const days = cert.expiresOn ? daysBetween(today, cert.expiresOn) : null;
  const status: CertificationStatus =
    cert.status ??
    (days === null ? 'VALID' : days < 0 ? 'EXPIRED' : days <= EXPIRING_WITHIN_DAYS ? 'EXPIRING' : 'VALID');
  switch (status) {
    case 'EXPIRED':
      return { key: 'expired', tone: 'danger', days };
    case 'EXPIRING':
      return { key: days === 0 ? 'expiringToday' : 'expiring', tone: 'warning', days };
    default:
      return { key: days === null ? 'noExpiry' : 'valid', tone: 'success', days };
  }
}
