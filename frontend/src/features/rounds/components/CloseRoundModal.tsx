import { Alert, App, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useCloseRound, useRounds, type EvaluationLevel, type Round } from '../api/rounds';

const ORDER: EvaluationLevel[] = ['COMMUNE', 'DISTRICT', 'PROVINCIAL', 'CENTRAL'];

/** Close a SCORING round: results are computed, forwarded entries go to the next level's round chosen here. */
export function CloseRoundModal({ round, onClose }: { round: Round; onClose: () => void }) {
  const { t } = useTranslation(['rounds', 'common']);
  const { message } = App.useApp();
  const [target, setTarget] = useState<number | undefined>();
  const close = useCloseRound(round.id);
  const candidates = useRounds({ legalBasisCode: round.legalBasisCode, size: 200, sort: '-opensOn' });
  const options = (candidates.data?.items ?? [])
    .filter(
      (r) =>
        (r.status === 'OPEN' || r.status === 'SCORING') &&
        ORDER.indexOf(r.level) > ORDER.indexOf(round.level),
    )
    .map((r) => ({ value: r.id, label: `${r.name} — ${t(`status.${r.status}`)}` }));

  return (
    <Modal
      open
      title={t('action.closeTitle')}
      onCancel={onClose}
      okText={t('action.close')}
      cancelText={t('common:action.cancel')}
      okButtonProps={{ loading: close.isPending, disabled: close.isPending, danger: true }}
      onOk={() =>
        close.mutate(target ?? null, {
          onSuccess: () => {
            void message.success(t('action.done'));
            onClose();
          },
        })
      }
    >
      <ProblemAlert error={close.error} />
      <Typography.Paragraph>{t('action.closeHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('action.forwardTo')} htmlFor="forward-to">
          <Select
            id="forward-to"
            allowClear
            loading={candidates.isFetching}
            placeholder={t('action.forwardNone')}
            value={target}
            onChange={setTarget}
            options={options}
          />
        </Form.Item>
      </Form>
      <Alert type="warning" showIcon title={t('action.closeConfirm')} />
    </Modal>
  );
}
