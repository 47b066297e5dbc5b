import { App, Checkbox, Form, Input, Modal, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useEliminations, useRubricSheet, type Entry } from '../api/rounds';

/** The elimination conditions of the entry's sheet the product meets (an empty list clears them). */
export function EliminationModal({ entry, onClose }: { entry: Entry; onClose: () => void }) {
  const { t } = useTranslation(['rounds', 'common']);
  const { message } = App.useApp();
  const sheet = useRubricSheet(entry.rubricSheetId);
  const save = useEliminations();
  const [ids, setIds] = useState<number[]>(entry.eliminatedBy);
  const [note, setNote] = useState(entry.eliminationNote ?? '');

  return (
    <Modal
      open
      title={`${t('entries.eliminationsTitle')} — ${entry.productName}`}
      onCancel={onClose}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      okButtonProps={{ loading: save.isPending, disabled: save.isPending || !sheet.data }}
      onOk={() =>
        save.mutate(
          { entryId: entry.id, body: { conditionIds: ids, note: note.trim() || null } },
          {
            onSuccess: () => {
              void message.success(t('entries.eliminationsSaved'));
              onClose();
            },
          },
        )
      }
    >
      <ProblemAlert error={save.error ?? sheet.error} />
      <Typography.Paragraph type="secondary">{t('entries.eliminationsHint')}</Typography.Paragraph>
      {sheet.isPending ? (
        <Skeleton active />
      ) : (
        <Form layout="vertical">
          <Checkbox.Group
            value={ids}
            onChange={(v) => setIds(v)}
            style={{ display: 'flex', flexDirection: 'column', gap: 8, marginBottom: 16 }}
            options={(sheet.data?.data.eliminationConditions ?? []).map((c) => ({
              value: c.id,
              label: c.text,
            }))}
          />
          <Form.Item label={t('entries.note')} htmlFor="elimination-note">
            <Input.TextArea
              id="elimination-note"
              rows={3}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
