import { useTranslation } from 'react-i18next';

/** A rating as stars with its number in words for screen readers ("4 sao"). */
export function Stars({ count }: { count: number }) {
  const { t } = useTranslation('certificate');
  return (
    <span
      aria-label={t('starsWords', { count })}
      role="img"
      style={{ color: '#ad4e00', whiteSpace: 'nowrap' }}
    >
      {'★'.repeat(count)}
    </span>
  );
}
