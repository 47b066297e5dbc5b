import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/StatusTag';
import { certificateStatusKey, certificateTone, type CertificateStatus } from '../status';

/** An OCOP certificate's status in words: Còn hiệu lực / Sắp hết hạn / Hết hạn / Đã thu hồi. */
export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation('certificate');
  return <StatusTag tone={certificateTone(status)}>{t(certificateStatusKey(status))}</StatusTag>;
}
