import { Card } from 'antd';
import type { ReactNode } from 'react';
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
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>}
      extra={extra}
      size="small"
      style={{ height: '100%' }}
      data-testid={testId}
    >
      <QueryState query={query} empty={empty}>
        {children}
      </QueryState>
    </Card>
  );
}
