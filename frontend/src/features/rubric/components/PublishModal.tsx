import { Alert, App, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { usePublishRubricVersion, useRubricSheets, type RubricVersion } from '../api/rubric';
import { unacceptedErrorCodes } from '../logic/sheetDocument';
import { FindingsList } from './FindingsList';

/** Publish a draft: plainly when it is valid; with its ERROR codes accepted one by one and a reason otherwise. */
export function PublishModal({
  version,
  etag,
  onClose,
}: {
  version: RubricVersion;
  etag: string;
  onClose: () => void;
}) {
  const { t } = useTranslation(['rubric', 'common']);
  const { message } = App.useApp();
  const sheets = useRubricSheets(version.id, { size: 200 });
  const publish = usePublishRubricVersion(version.id);
  const [accepted, setAccepted] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [published, setPublished] = useState<RubricVersion | null>(null);
  const codes = unacceptedErrorCodes([
    ...version.findings,
    ...(sheets.data?.items.flatMap((s) => s.findings) ?? []),
  ]);

  if (published)
    return (
      <Modal
        open
        title={t('publish.done')}
        onCancel={onClose}
        onOk={onClose}
        cancelButtonProps={{ style: { display: 'none' } }}
        okText={t('common:action.close')}
        width={720}
      >
        <FindingsList findings={published.findings} />
      </Modal>
    );

  return (
    <Modal
      open
      title={t('publish.title')}
      onCancel={onClose}
      okText={t('publish.action')}
      cancelText={t('common:action.cancel')}
      okButtonProps={{
        loading: publish.isPending,
        disabled:
          publish.isPending ||
          sheets.isPending ||
          (codes.length > 0 && (accepted.length < codes.length || !reason.trim())),
      }}
      width={720}
      onOk={() =>
        publish.mutate(
          {
            etag,
            body: codes.length ? { acceptedFindings: accepted, reason: reason.trim() } : {},
          },
          {
            onSuccess: (v) => {
              void message.success(t('publish.done'));
              setPublished(v);
            },
          },
        )
      }
    >
      <ProblemAlert error={publish.error} />
      <Typography.Paragraph>{t('publish.hint')}</Typography.Paragraph>
      {codes.length > 0 && (
        <Form layout="vertical">
          <Alert type="warning" showIcon title={t('publish.errors')} style={{ marginBottom: 12 }} />
          <Form.Item label={t('publish.accept')}>
            <Checkbox.Group
              value={accepted}
              onChange={setAccepted}
              options={codes.map((c) => ({ value: c, label: c }))}
            />
          </Form.Item>
          <Form.Item label={t('publish.reason')} htmlFor="publish-reason" required>
            <Input.TextArea
              id="publish-reason"
              rows={3}
              maxLength={2000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Form.Item>
        </Form>
      )}
      <Alert type="info" showIcon title={t('publish.confirm')} />
    </Modal>
  );
}
