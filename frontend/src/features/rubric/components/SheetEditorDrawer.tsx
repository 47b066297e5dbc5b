import { App, Alert, Button, Drawer, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { newIdempotencyKey } from '../../../lib/forms/useApiForm';
import {
  useCreateRubricSheet,
  useUpdateRubricSheet,
  type RubricSheet,
  type RubricSheetDocument,
} from '../api/rubric';
import { parseDocument } from '../logic/sheetDocument';
import { FindingsList } from './FindingsList';

/** A draft's sheet as its official file (JSON): replaced with PUT (If-Match) or added with POST; findings come back. */
export function SheetEditorDrawer({
  document,
  versionId,
  sheetId,
  etag,
  onClose,
  onCreated,
}: {
  document: RubricSheetDocument;
  versionId: number;
  sheetId?: number;
  etag?: string;
  onClose: () => void;
  onCreated?: (sheet: RubricSheet) => void;
}) {
  const { t } = useTranslation(['rubric', 'common']);
  const { message } = App.useApp();
  const [text, setText] = useState(() => JSON.stringify(document, null, 2));
  const [parseError, setParseError] = useState<string | null>(null);
  const [saved, setSaved] = useState<RubricSheet | null>(null);
  const [key] = useState(newIdempotencyKey);
  const create = useCreateRubricSheet(versionId);
  const update = useUpdateRubricSheet(sheetId ?? 0);
  const saving = create.isPending || update.isPending;

  const save = () => {
    const parsed = parseDocument(text);
    if (!parsed.document) {
      setParseError(t('sheet.invalidJson', { error: parsed.error }));
      return;
    }
    setParseError(null);
    const onSuccess = (sheet: RubricSheet) => {
      void message.success(t('sheet.saved'));
      setSaved(sheet);
      if (!sheetId) onCreated?.(sheet);
    };
    if (sheetId) update.mutate({ body: parsed.document, etag: etag ?? '' }, { onSuccess });
    else create.mutate({ body: parsed.document, key }, { onSuccess });
  };

  return (
    <Drawer
      open
      size="large"
      title={t(sheetId ? 'sheet.editTitle' : 'sheet.createTitle')}
      onClose={onClose}
      extra={
        <Flex gap={8}>
          <Button onClick={onClose}>{t('common:action.close')}</Button>
          <Button type="primary" onClick={save} loading={saving} disabled={saving || (!!saved && !!sheetId)}>
            {t('common:action.save')}
          </Button>
        </Flex>
      }
    >
      <ProblemAlert error={create.error ?? update.error} />
      {parseError && <Alert type="error" showIcon title={parseError} style={{ marginBottom: 12 }} />}
      {saved ? (
        <FindingsList findings={saved.findings} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('sheet.jsonHint')}</Typography.Paragraph>
          <Input.TextArea
            aria-label={t('sheet.editTitle')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 20, maxRows: 40 }}
            style={{ fontFamily: 'monospace', fontSize: 12 }}
            spellCheck={false}
          />
        </>
      )}
    </Drawer>
  );
}
