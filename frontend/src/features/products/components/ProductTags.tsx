import { StarFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { StatusTag, type Tone } from '../../../components/StatusTag';
import type { OcopCertificateStatus, ProductStatus } from '../api/products';

/** Current OCOP stars as ★ icons with the number in words for screen readers; a dash without a live certificate. */
export function ProductStars({ stars }: { stars: number | null | undefined }) {
  const { t } = useTranslation('products');
  if (!stars)
    return (
      <span role="img" aria-label={t('stars.none')}>
        —
      </span>
    );
  return (
    <span
      role="img"
      aria-label={t('stars.count', { count: stars })}
      title={t('stars.count', { count: stars })}
      style={{ whiteSpace: 'nowrap' }}
    >
      {Array.from({ length: stars }, (_, i) => (
        <StarFilled key={i} aria-hidden style={{ color: '#ad6800' }} />
      ))}
    </span>
  );
}

export function ProductStatusTag({ status }: { status: ProductStatus }) {
  const { t } = useTranslation('products');
  return <StatusTag tone={status === 'ACTIVE' ? 'success' : 'neutral'}>{t(`status.${status}`)}</StatusTag>;
}

const CERTIFICATE_TONES: Record<OcopCertificateStatus, Tone> = {
  VALID: 'success',
  EXPIRING: 'warning',
  EXPIRED: 'danger',
  REVOKED: 'neutral',
};

export function CertificateStatusTag({ status }: { status: OcopCertificateStatus | null | undefined }) {
  const { t } = useTranslation('products');
  if (!status) return <>—</>;
  return <StatusTag tone={CERTIFICATE_TONES[status]}>{t(`certificateStatus.${status}`)}</StatusTag>;
}
