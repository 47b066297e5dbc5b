import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, ProblemType } from '../lib/api/problem';

/** What went wrong, in words: the problem's detail for the user, and a reload action when the record went stale (412). */
export function problemMessage(error: unknown, t: (key: string) => string): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : t('problem.generic');
  const { problem } = error;
  switch (problem.type) {
    case ProblemType.UNREACHABLE:
      return t('problem.unreachable');
    case ProblemType.PRECONDITION_FAILED:
      return t('problem.stale');
    case ProblemType.UNAUTHORIZED:
      return t('problem.unauthorized');
    case ProblemType.VALIDATION:
      return problem.errors?.length ? t('problem.validation') : (problem.detail ?? t('problem.validation'));
    case ProblemType.FORBIDDEN:
      return problem.detail ?? t('problem.forbidden');
    default:
      return problem.detail ?? problem.title;
  }
}

export function ProblemAlert({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const stale = error instanceof ApiError && error.status === 412;
  const fieldErrors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={problemMessage(error, t)}
      description={
        fieldErrors.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {fieldErrors.map((e) => (
              <li key={`${e.field}:${e.message}`}>
                <strong>{e.field}</strong>: {e.message}
              </li>
            ))}
          </ul>
        ) : undefined
      }
      action={
        stale && onReload ? (
          <Button size="small" onClick={onReload}>
            {t('action.reload')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
