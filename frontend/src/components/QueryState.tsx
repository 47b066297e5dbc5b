import { Button, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api/problem';
import { problemMessage } from './ProblemAlert';
import { StatePage } from './StatePage';

/** The loading, error and empty states of a query in one place; children render with the data. */
export function QueryState<T>({
  query,
  empty,
  children,
}: {
  query: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    data: T | undefined;
    refetch: () => unknown;
  };
  empty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <Skeleton active aria-busy="true" aria-label={t('state.loading')} />;
  if (query.isError) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data as T;
  if (empty?.(data)) return <Empty description={t('state.empty')} />;
  return <>{children(data)}</>;
}

/** A failed load: 403 and 404 in their own words, anything else with a retry. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 403) return <NotAllowed />;
  if (error instanceof ApiError && error.status === 404) return <NotFound />;
  return (
    <StatePage
      kind="error"
      title={t('problem.generic')}
      detail={problemMessage(error, t)}
      action={onRetry && <Button onClick={onRetry}>{t('action.retry')}</Button>}
    />
  );
}

export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <StatePage kind="forbidden" title={t('problem.notAllowed')} detail={t('problem.notAllowedDetail')} />
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return <StatePage kind="warning" title={t('problem.notFound')} detail={t('problem.notFoundDetail')} />;
}
