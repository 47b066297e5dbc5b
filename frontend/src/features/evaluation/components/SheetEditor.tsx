import { CheckCircleOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusTag } from '../../../components/StatusTag';
import type { Versioned } from '../../../lib/api/client';
import { ApiError } from '../../../lib/api/problem';
import { formatDateTime } from '../../../lib/format';
import { councilKeys, saveSheet, useSubmitSheet, type ScoreSheet } from '../api/council';
import { useAutosave } from '../hooks/useAutosave';
import {
  choicesOf,
  choose,
  optionIdsOf,
  previewScore,
  selectionOf,
  type Criterion,
  type Selection,
  type SheetPart,
  type StarBand,
} from '../scoring/scoreSheet';
import { ScoreSheetForm, TOUCH } from './ScoreSheetForm';
import { ScoreSummary } from './ScoreSummary';

function keyOf(selection: Selection, comment: string): string {
  return JSON.stringify([
    choicesOf(selection)
      .map((c) => `${c.criterionId}:${c.optionId}`)
      .sort(),
    comment.trim(),
  ]);
}

/**
 * A member's sheet: choosing options updates the part totals, the total and the expected stars at once (computed
 * here with the backend's rules), and the draft is saved by itself shortly after each change (PUT with If-Match; a
 * 412 asks to reload). Submitting locks it. Read-only once submitted, when the round is not scoring, or when the
 * sheet is another member's.
 */
export function SheetEditor({
  sheet,
  parts,
  bands,
  eliminated,
  editable,
  onReload,
}: {
  sheet: Versioned<ScoreSheet>;
  parts: SheetPart[];
  bands: StarBand[];
  eliminated: boolean;
  /** The member's own DRAFT in a round that is scoring. */
  editable: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation('evaluation');
  const client = useQueryClient();
  const s = sheet.data;
  const [selection, setSelection] = useState<Selection>(() => selectionOf(s.choices));
  const [comment, setComment] = useState(s.comment ?? '');
  // The ETag of the last save: a ref, as the next save may start before a render.
  const etag = useRef(sheet.etag);
  const [confirming, setConfirming] = useState(false);
  const submit = useSubmitSheet();
  const readOnly = !editable || s.status !== 'DRAFT';

  const autosave = useAutosave({
    value: { selection, comment },
    key: keyOf(selection, comment),
    savedKey: keyOf(selectionOf(s.choices), s.comment ?? ''),
    enabled: !readOnly,
    save: async (v) => {
      const saved = await saveSheet(s.id, etag.current, {
        choices: choicesOf(v.selection),
        comment: v.comment.trim() || undefined,
      });
      etag.current = saved.etag;
      client.setQueryData(councilKeys.sheet(s.id), saved);
      void client.invalidateQueries({ queryKey: councilKeys.entrySheets(s.entryId) });
      void client.invalidateQueries({ queryKey: ['evaluation', 'my-sheets'] });
    },
  });

  const preview = useMemo(
    () => previewScore(parts, bands, optionIdsOf(selection), eliminated),
    [parts, bands, selection, eliminated],
  );

  const onChoose = useCallback(
    (criterion: Criterion, optionId: number) => {
      if (readOnly) return;
      setSelection((current) => choose(current, criterion, optionId));
    },
    [readOnly],
  );

  const doSubmit = async () => {
    try {
      await autosave.flush();
      await submit.mutateAsync(s.id);
      setConfirming(false);
    } catch {
      setConfirming(false);
    }
  };

  const stale = autosave.error instanceof ApiError && autosave.error.status === 412;
  // Before any save in this visit: when the draft was last saved (opened again, or after a reload).
  const savedAt = autosave.savedAt ?? (s.choices.length > 0 || s.comment ? new Date(s.updatedAt) : null);
  const saveStatus = readOnly ? null : autosave.state === 'saving' ? (
    <Typography.Text type="secondary" aria-live="polite">
      {t('sheet.saving')}
    </Typography.Text>
  ) : autosave.state === 'error' ? (
    <StatusTag tone="danger">{t('sheet.saveFailed')}</StatusTag>
  ) : autosave.dirty ? (
    <Typography.Text type="secondary" aria-live="polite">
      {t('sheet.unsaved')}
    </Typography.Text>
  ) : savedAt ? (
    <Typography.Text type="secondary" aria-live="polite" data-testid="saved-at">
      <CheckCircleOutlined aria-hidden />{' '}
      {t('sheet.savedAt', {
        time: dayjs(savedAt).format(dayjs(savedAt).isSame(dayjs(), 'day') ? 'HH:mm:ss' : 'DD/MM/YYYY HH:mm'),
      })}
    </Typography.Text>
  ) : null;

  const starsText =
    preview.stars === null ? t('sheet.noBand') : t('sheet.starsValue', { count: preview.stars });

  return (
    <>
      <ScoreSummary
        parts={parts}
        preview={preview}
        status={saveStatus}
        actions={
          readOnly ? (
            s.status === 'SUBMITTED' ? (
              <StatusTag tone="success">
                <LockOutlined aria-hidden /> {t('sheet.submittedShort')}
              </StatusTag>
            ) : (
              <StatusTag tone="neutral">{t('sheet.readOnly')}</StatusTag>
            )
          ) : (
            <Button
              type="primary"
              size="large"
              style={TOUCH}
              disabled={!preview.complete || submit.isPending}
              onClick={() => setConfirming(true)}
            >
              {t('sheet.submit')}
            </Button>
          )
        }
      />
      {autosave.error !== null && !readOnly && <ProblemAlert error={autosave.error} onReload={onReload} />}
      {autosave.state === 'error' && !stale && !readOnly && (
        <Button style={{ ...TOUCH, marginBottom: 16 }} onClick={autosave.retry}>
          {t('sheet.retrySave')}
        </Button>
      )}
      <ProblemAlert error={submit.error} onReload={onReload} />
      {s.status === 'SUBMITTED' && (
        <Alert
          type="success"
          showIcon
          icon={<LockOutlined />}
          title={t('sheet.submitted', { time: formatDateTime(s.submittedAt) })}
          style={{ marginBottom: 16 }}
          data-testid="sheet-locked"
        />
      )}
      {s.excluded && (
        <Alert type="warning" showIcon title={t('sheet.excluded')} style={{ marginBottom: 16 }} />
      )}
      <ScoreSheetForm
        parts={parts}
        selection={selection}
        partTotals={preview.parts}
        readOnly={readOnly}
        onChoose={onChoose}
      />
      <div style={{ marginTop: 16 }}>
        <label htmlFor={`comment-${s.id}`}>
          <Typography.Text strong>{t('sheet.comment')}</Typography.Text>
        </label>
        <Input.TextArea
          id={`comment-${s.id}`}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          readOnly={readOnly}
          maxLength={2000}
          autoSize={{ minRows: 2, maxRows: 6 }}
          placeholder={readOnly ? undefined : t('sheet.commentPlaceholder')}
          style={{ marginTop: 4 }}
        />
      </div>
      <Modal
        open={confirming}
        title={t('sheet.submitTitle')}
        okText={t('sheet.submit')}
        cancelText={t('common:action.cancel')}
        okButtonProps={{ loading: submit.isPending, style: TOUCH }}
        cancelButtonProps={{ style: TOUCH }}
        onOk={() => void doSubmit()}
        onCancel={() => setConfirming(false)}
      >
        {t('sheet.submitBody', { total: preview.total, stars: starsText })}
      </Modal>
    </>
  );
}
