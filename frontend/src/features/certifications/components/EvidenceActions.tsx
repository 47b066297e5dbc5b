import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../components/ProblemAlert';
import { download } from '../../../lib/api/client';
import { Role } from '../../../lib/auth/roles';
import { useSession } from '../../../lib/auth/session';
import type { Certification } from '../api/certifications';
import { useUploadEvidence } from '../api/certifications';

const MAX_BYTES = 5 * 1024 * 1024;
/** Evidence scans may show personal data: officials download them (not commune officers, not integrators). */
const EVIDENCE_READERS = [Role.OFFICE, Role.DISTRICT_OFFICER, Role.DISTRICT_COUNCIL, Role.PROVINCIAL_COUNCIL];

/** The certificate scan: download when there is one, upload (or replace) for those who may edit. */
export function EvidenceActions({ cert, editable }: { cert: Certification; editable: boolean }) {
  const { t } = useTranslation(['certifications', 'common']);
  const { message } = App.useApp();
  const session = useSession();
  const upload = useUploadEvidence();
  const [downloading, setDownloading] = useState(false);
  const name = cert.evidence?.fileName ?? `chung-nhan-${cert.id}`;
  return (
    <>
      {cert.evidence && session.hasRole(...EVIDENCE_READERS) && (
        <Button
          size="small"
          icon={<DownloadOutlined />}
          loading={downloading}
          aria-label={`${t('evidence.download')} ${name}`}
          onClick={async () => {
            setDownloading(true);
            try {
              await download(`/api/v1/certifications/${cert.id}/evidence`, name);
            } catch (e) {
              void message.error(problemMessage(e, t));
            } finally {
              setDownloading(false);
            }
          }}
        >
          {t('evidence.download')}
        </Button>
      )}
      {!cert.evidence && !editable && t('evidence.none')}
      {editable && (
        <Upload
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          showUploadList={false}
          beforeUpload={(file) => {
            if (file.size > MAX_BYTES) {
              void message.error(t('evidence.tooLarge'));
              return Upload.LIST_IGNORE;
            }
            return true;
          }}
          customRequest={({ file, onSuccess, onError }) => {
            upload.mutate(
              { id: cert.id, file: file as File },
              {
                onSuccess: (r) => {
                  void message.success(t('evidence.uploaded'));
                  onSuccess?.(r.data);
                },
                onError: (e) => {
                  void message.error(problemMessage(e, t));
                  onError?.(e);
                },
              },
            );
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
            {cert.evidence ? t('evidence.replace') : t('evidence.upload')}
          </Button>
        </Upload>
      )}
    </>
  );
}
