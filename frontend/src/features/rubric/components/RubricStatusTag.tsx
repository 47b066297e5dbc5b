import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/StatusTag';
import type { RubricVersion } from '../api/rubric';

export function RubricStatusTag({ version }: { version: Pick<RubricVersion, 'status' | 'current'> }) {
  const { t } = useTranslation('rubric');
  return (
    <>
      <StatusTag tone={version.status === 'PUBLISHED' ? 'success' : 'warning'}>
        {t(`status.${version.status}`)}
      </StatusTag>
      {version.current && <StatusTag tone="info">{t('field.current')}</StatusTag>}
    </>
  );
}
