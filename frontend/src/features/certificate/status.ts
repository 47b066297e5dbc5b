import type { Schemas } from '../../lib/api/client';
import type { Tone } from '../../components/StatusTag';

export type CertificateStatus = Schemas['OcopCertificateStatus'];
export const CERTIFICATE_STATUSES: CertificateStatus[] = ['VALID', 'EXPIRING', 'EXPIRED', 'REVOKED'];

/** How a certificate stands, as a colour: valid green, expiring amber, expired grey, revoked red. */
export function certificateTone(status: CertificateStatus): Tone {
  switch (status) {
    case 'VALID':
      return 'success';
    case 'EXPIRING':
      return 'warning';
    case 'EXPIRED':
      return 'neutral';
    case 'REVOKED':
      return 'danger';
  }
}

/** The i18n key of a status in words (namespace `certificate`): "Còn hiệu lực", "Sắp hết hạn"… */
export function certificateStatusKey(status: CertificateStatus): string {
  return `certificate:status.${status}`;
}

/** May the product carry the OCOP mark today with this certificate? (valid, also while expiring soon) */
export function carriesMark(status: CertificateStatus): boolean {
  return status === 'VALID' || status === 'EXPIRING';
}

/** Whole days from `today` to `until` (both ISO dates, no time zone involved); negative once past. */
export function daysLeft(until: string, today: string): number {
  const utc = (iso: string) => {
    const [y = 0, m = 1, d = 1] = iso.slice(0, 10).split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(until) - utc(today)) / 86_400_000);
}
