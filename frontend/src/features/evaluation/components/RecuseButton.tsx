import { StopOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useRecuse } from '../api/council';
import { TOUCH } from './ScoreSheetForm';

/** A member declares a conflict of interest on an entry (with the reason) and withdraws from it. */
export function RecuseButton({ entryId, onRecused }: { entryId: number; onRecused: () => void }) {
  const { t } = useTranslation('evaluation');
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const recuse = useRecuse(entryId);
  const onOk = async () => {
    const { reason } = await form.validateFields();
    await recuse.mutateAsync(reason.trim());
    setOpen(false);
    onRecused();
  };
  return (
    <>
      <Button
        danger
        icon={<StopOutlined />}
        // antd's danger red on white fails AA contrast (axe): a darker red
        style={{ ...TOUCH, color: '#a8071a', borderColor: '#a8071a' }}
        onClick={() => setOpen(true)}
      >
        {t('sheet.recuse')}
      </Button>
      <Modal
        open={open}
        title={t('sheet.recuseTitle')}
        okText={t('sheet.recuseConfirm')}
        okButtonProps={{ danger: true, loading: recuse.isPending, style: TOUCH }}
        cancelText={t('common:action.cancel')}
        cancelButtonProps={{ style: TOUCH }}
        onOk={() => void onOk().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('sheet.recuseBody')}</Typography.Paragraph>
        <ProblemAlert error={recuse.error} />
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t('sheet.recuseReason')}
            rules={[{ required: true, whitespace: true, message: t('sheet.reasonRequired') }]}
          >
            <Input.TextArea
              maxLength={1000}
              autoSize={{ minRows: 2 }}
              placeholder={t('sheet.recuseReasonPlaceholder')}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
