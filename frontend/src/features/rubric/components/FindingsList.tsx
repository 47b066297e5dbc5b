import { Alert, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/StatusTag';
import { formatDateTime } from '../../../lib/format';
import type { Finding } from '../api/rubric';
import { bySeverity } from '../logic/sheetDocument';

/** The validator's findings, errors first then warnings; an accepted error says who accepted it, when and why. */
export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation('rubric');
  const groups = bySeverity(findings);
  if (groups.length === 0) return <Alert type="success" showIcon title={t('findings.none')} />;
  return (
    <>
      {groups.map((g) => (
        <List
          key={g.severity}
          size="small"
          style={{ marginBottom: 12 }}
          header={
            <Typography.Text strong>
              {t(`findings.${g.severity}`)} ({g.findings.length})
            </Typography.Text>
          }
          bordered
          dataSource={g.findings}
          renderItem={(f) => (
            <List.Item>
              <div>
                <StatusTag tone={f.severity === 'ERROR' ? (f.accepted ? 'warning' : 'danger') : 'info'}>
                  {f.code}
                </StatusTag>
                <Typography.Text strong>{f.subject}</Typography.Text>: {f.message}
                {f.accepted && (
                  <div>
                    <Typography.Text type="secondary">
                      {t('findings.accepted', {
                        by: f.acceptedBy ?? '',
                        at: formatDateTime(f.acceptedAt),
                        reason: f.acceptanceReason ?? '',
                      })}
                    </Typography.Text>
                  </div>
                )}
              </div>
            </List.Item>
          )}
        />
      ))}
    </>
  );
}
