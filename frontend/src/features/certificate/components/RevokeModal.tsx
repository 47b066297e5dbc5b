import { App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useApiForm } from '../../../lib/forms/useApiForm';
import {
  REVOCATION_REASONS,
  useRevokeCertificate,
  type Certificate,
  type RevocationReason,
} from '../api/certificates';

interface RevokeForm {
  reason: RevocationReason;
  note: string;
  revokedOn?: Dayjs | null;
}

/** Revoking a certificate: one of the legal reasons and a note (the office only; the caller shows it to them). */
export function RevokeModal({
  certificate,
  open,
  onClose,
}: {
  certificate: Certificate;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation(['certificate', 'common']);
  const { message } = App.useApp();
  const { form, error, setError, showProblem } = useApiForm<RevokeForm>();
  const revoke = useRevokeCertificate(certificate.id);

  const submit = (values: RevokeForm) => {
    setError(null);
    revoke.mutate(
      {
        reason: values.reason,
        note: values.note.trim(),
        ...(values.revokedOn ? { revokedOn: values.revokedOn.format('YYYY-MM-DD') } : {}),
      },
      {
        onSuccess: () => {
          void message.success(t('revoke.done'));
          form.resetFields();
          onClose();
        },
        onError: showProblem,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('revoke.title', { code: certificate.productCode })}
      okText={t('revoke.submit')}
      okButtonProps={{ danger: true, loading: revoke.isPending, disabled: revoke.isPending }}
      cancelText={t('common:action.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('revoke.intro', { product: certificate.productName })}</Typography.Paragraph>
      <ProblemAlert error={error} />
      <Form<RevokeForm> form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="reason"
          label={t('revoke.reason')}
          rules={[{ required: true, message: t('revoke.reasonRequired') }]}
        >
          <Select
            placeholder={t('revoke.reasonRequired')}
            options={REVOCATION_REASONS.map((value) => ({ value, label: t(`reason.${value}`) }))}
            optionRender={(o) => <span style={{ whiteSpace: 'normal' }}>{o.label}</span>}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('revoke.note')}
          rules={[{ required: true, whitespace: true, message: t('revoke.noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="revokedOn" label={t('revoke.revokedOn')}>
          <DatePicker format="DD/MM/YYYY" style={{ width: 180 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
