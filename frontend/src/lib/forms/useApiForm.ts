import { Form, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError, fieldPath } from '../api/problem';

/** An antd form whose submit errors land on their fields (the problem's `errors`); the rest shows in `error`. */
export function useApiForm<T>(): {
  form: FormInstance<T>;
  error: unknown;
  setError: (error: unknown) => void;
  showProblem: (error: unknown) => void;
} {
  const [form] = Form.useForm<T>();
  const [error, setError] = useState<unknown>(null);
  const showProblem = useCallback(
    (e: unknown) => {
      setError(e);
      if (!(e instanceof ApiError) || !e.problem.errors) return;
      const untyped = form as unknown as FormInstance;
      const known = new Set(Object.keys((untyped.getFieldsValue(true) as object | undefined) ?? {}));
      untyped.setFields(
        e.problem.errors
          .map((fe) => ({ name: fieldPath(fe.field), errors: [fe.message] }))
          .filter((f) => known.has(String(f.name[0]))),
      );
    },
    [form],
  );
  return { form, error, setError, showProblem };
}

/** One key per form opening, so a double click (or a retry after a lost answer) creates one row. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
