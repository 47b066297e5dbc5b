import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { Role } from './roles';

export interface Session {
  username: string;
  name: string | null;
  roles: readonly string[];
  /** Admin-unit code of a unit-scoped user (a district before July 2025, a commune after), else null. */
  unit: string | null;
  hasRole: (...roles: readonly Role[]) => boolean;
  /** True when the user sees the whole province; false when their view is one unit. */
  provinceWide: boolean;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function buildSession(me: {
  username: string;
  name?: string | null;
  roles: string[];
  district?: string | null;
}): Session {
  const roles = me.roles;
  const unit = me.district ?? null;
  return {
    username: me.username,
    name: me.name ?? null,
    roles,
    unit,
    hasRole: (...wanted) => wanted.some((r) => roles.includes(r)),
    provinceWide: unit === null,
  };
}

/** Loads who the signed-in user is (GET /me) once; children render when it is known. */
export function SessionProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const me = useQuery({
    queryKey: ['me'],
    queryFn: () => unwrap(api.GET('/api/v1/me')),
    staleTime: Infinity,
  });
  if (me.isPending) return fallback;
  if (me.isError) throw me.error;
  return <SessionContext.Provider value={buildSession(me.data)}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** For component tests: a session without a server. */
export function TestSessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
