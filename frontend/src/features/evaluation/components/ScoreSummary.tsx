import { StarFilled, StarOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/StatusTag';
import type { Preview, SheetPart } from '../scoring/scoreSheet';

/** Stars as a person reads them: filled up to the count, the count in words for screen readers. */
export function Stars({ count }: { count: number | null }) {
  const { t } = useTranslation('evaluation');
  if (count === null) return <span>{t('sheet.noBand')}</span>;
  return (
    <span aria-label={t('sheet.starsValue', { count })} role="img" style={{ color: '#ad6800' }}>
      {[1, 2, 3, 4, 5].map((i) =>
        i <= count ? <StarFilled key={i} aria-hidden /> : <StarOutlined key={i} aria-hidden />,
      )}
    </span>
  );
}

/**
 * The sheet's live summary: the total, the part totals, the expected stars (band, then star minimums), what is
 * left to score, and the save state; it stays in view while the member scrolls through the parts.
 */
export function ScoreSummary({
  parts,
  preview,
  status,
  actions,
}: {
  parts: SheetPart[];
  preview: Preview;
  status?: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation('evaluation');
  const max = parts.reduce((s, p) => s + p.maxPoints, 0);
  return (
    <Card
      size="small"
      data-testid="score-summary"
      role="region"
      aria-label={t('sheet.summary')}
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 5,
        marginBottom: 16,
        boxShadow: '0 2px 8px rgba(0,0,0,0.08)',
      }}
    >
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex align="baseline" gap={16} wrap>
          <div>
            <Typography.Text type="secondary">{t('sheet.total')}</Typography.Text>{' '}
            <strong style={{ fontSize: 28 }} data-testid="sheet-total">
              {preview.total}
            </strong>
            <Typography.Text type="secondary">/{max}</Typography.Text>
          </div>
          <div data-testid="sheet-stars" data-stars={preview.stars ?? ''}>
            <Typography.Text type="secondary">{t('sheet.stars')}</Typography.Text>{' '}
            <span style={{ fontSize: 20 }}>
              <Stars count={preview.stars} />
            </span>{' '}
            {preview.stars !== null && <strong>{t('sheet.starsValue', { count: preview.stars })}</strong>}
          </div>
          <Flex gap={8} wrap>
            {parts.map((p) => (
              <StatusTag key={p.code} tone="neutral">
                {p.code}: {preview.parts[p.code] ?? 0}/{p.maxPoints}
              </StatusTag>
            ))}
          </Flex>
        </Flex>
        {actions && (
          <Flex gap={8} align="center" wrap>
            {actions}
          </Flex>
        )}
      </Flex>
      <Flex gap={12} wrap style={{ marginTop: 8 }} align="center">
        {preview.complete ? (
          <StatusTag tone="success">{t('sheet.allAnswered')}</StatusTag>
        ) : (
          <StatusTag tone="warning">{t('sheet.unanswered', { count: preview.unanswered.length })}</StatusTag>
        )}
        {preview.bandStars !== null && preview.stars !== preview.bandStars && !preview.eliminated && (
          <Typography.Text type="secondary">{t('sheet.band', { count: preview.bandStars })}</Typography.Text>
        )}
        {status}
      </Flex>
      {preview.eliminated && (
        <Typography.Paragraph style={{ margin: '8px 0 0', color: '#a8071a' }}>
          {t('sheet.eliminated')}
        </Typography.Paragraph>
      )}
      {preview.shortfalls.length > 0 && (
        <div style={{ marginTop: 8 }} data-testid="shortfalls">
          <Typography.Text>{t('sheet.cappedBy')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {preview.shortfalls.map((s) => (
              <li key={`${s.criterionCode}-${s.stars}`}>
                {t('sheet.shortfall', {
                  code: s.criterionCode,
                  points: s.points,
                  min: s.minPoints,
                  stars: s.stars,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!preview.complete && (
        <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0', fontSize: 13 }}>
          {t('sheet.partial')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
