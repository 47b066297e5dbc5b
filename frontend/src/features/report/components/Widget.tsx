import type { ReactNode } from 'react';
import { Panel } from '../../../components/Panel';
import { QueryState } from '../../../components/QueryState';

interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

/** A dashboard card over one query: its own loading, empty and error states, so one failing figure spoils no other. */
export function Widget<T>({
  title,
  query,
  empty,
  extra,
  testId,
  children,
}: {
  title: ReactNode;
  query: QueryLike<T>;
  empty?: (data: T) => boolean;
  extra?: ReactNode;
  testId?: string;
  children: (data: T) => ReactNode;
}) {
  return (
    <Panel title={title} extra={extra} testId={testId}>
      <QueryState query={query} empty={empty}>
        {children}
      </QueryState>
    </Panel>
  );
}
