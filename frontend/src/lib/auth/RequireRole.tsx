import type { ReactNode } from 'react';
import { NotAllowed } from '../../components/QueryState';
import type { Role } from './roles';
import { useSession } from './session';

/** Renders children only for the given roles; a typed URL of another role's page shows "not allowed". */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const session = useSession();
  return session.hasRole(...roles) ? <>{children}</> : <NotAllowed />;
}

/** Renders children (an action button, a menu entry) only when the user may use it: no dead buttons. */
export function IfRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const session = useSession();
  return session.hasRole(...roles) ? <>{children}</> : null;
}
