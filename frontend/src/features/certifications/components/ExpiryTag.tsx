import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/StatusTag';
import { formatDate } from '../../../lib/format';
import { expiryBadge, type CertificationStatus } from '../api/expiry';

/** Valid / expiring soon / expired, in words and colour, with the expiry date as its title. */
export function ExpiryTag({
  status,
  expiresOn,
}: {
  status?: CertificationStatus | null;
  expiresOn?: string | null;
}) {
  const { t } = useTranslation('certifications');
  const badge = expiryBadge({ status, expiresOn }, dayjs().format('YYYY-MM-DD'));
  return (
    <span
      title={expiresOn ? formatDate(expiresOn) : undefined}
      data-testid="expiry-badge"
      data-status={status}
    >
      <StatusTag tone={badge.tone}>{t(`expiry.${badge.key}`, { days: badge.days })}</StatusTag>
    </span>
  );
}
