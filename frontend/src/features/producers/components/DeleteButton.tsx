import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../components/ProblemAlert';

/** Delete after a confirmation; the API's refusal (409 while referenced, 412 stale) is shown in words. */
export function DeleteButton({
  onDelete,
  pending,
  onDone,
  label,
}: {
  onDelete: () => Promise<unknown>;
  pending: boolean;
  onDone: () => void;
  label?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Popconfirm
      title={t('action.confirmDelete')}
      okText={t('action.delete')}
      cancelText={t('action.cancel')}
      okButtonProps={{ danger: true, loading: pending }}
      onConfirm={async () => {
        try {
          await onDelete();
          void message.success(t('state.deleted'));
          onDone();
        } catch (e) {
          void message.error(problemMessage(e, t));
        }
      }}
    >
      <Button danger icon={<DeleteOutlined />} loading={pending}>
        {label ?? t('action.delete')}
      </Button>
    </Popconfirm>
  );
}
