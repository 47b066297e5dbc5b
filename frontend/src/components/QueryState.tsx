import { Button, Empty, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api/problem';
import { problemMessage } from './ProblemAlert';

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
  if (error instanceof ApiError && error.status === 404)
    return <Result status="404" title={t('problem.notFound')} subTitle={t('problem.notFoundDetail')} />;
  return (
    <Result
      status="error"
      title={t('problem.generic')}
      subTitle={problemMessage(error, t)}
      extra={onRetry && <Button onClick={onRetry}>{t('action.retry')}</Button>}
    />
  );
}

export function NotAllowed() {
  const { t } = useTranslation();
  return <Result status="403" title={t('problem.notAllowed')} subTitle={t('problem.notAllowedDetail')} />;
}
