import { Button, Spin } from 'antd';
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { StatePage } from '../components/StatePage';
import { sessionExpiry } from '../lib/auth/sessionExpiry';

interface ReturnState {
  returnTo?: string;
}

function FullPage({ children }: { children: ReactNode }) {
  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', padding: 24 }}>
      <div>{children}</div>
    </main>
  );
}

export function Redirecting() {
  const { t } = useTranslation();
  return (
    <FullPage>
      <Spin size="large" tip={t('auth.signingIn')}>
        <div style={{ width: 240, height: 80 }} />
      </Spin>
    </FullPage>
  );
}

/** Keycloak could not be reached (down, or the network): a clear page with a retry, never a blank one. */
export function KeycloakDown({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <FullPage>
      <StatePage
        heading="h1"
        kind="warning"
        title={t('auth.keycloakDown')}
        detail={t('auth.keycloakDownDetail')}
        action={
          <Button type="primary" onClick={onRetry}>
            {t('action.retry')}
          </Button>
        }
      />
    </FullPage>
  );
}

function SessionExpired({ onLogin }: { onLogin: () => void }) {
  const { t } = useTranslation();
  return (
    <FullPage>
      <StatePage
        heading="h1"
        kind="info"
        title={t('auth.expired')}
        detail={t('auth.expiredDetail')}
        action={
          <Button type="primary" onClick={onLogin}>
            {t('auth.loginAgain')}
          </Button>
        }
      />
    </FullPage>
  );
}

/** Signed-in pages: sends a visitor to Keycloak (and back to the page they asked for) and explains when it cannot. */
export function RequireLogin({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();
  // react-oidc-context reports a failed redirect (Keycloak unreachable) as auth.error; a retry dismisses that one.
  const [dismissed, setDismissed] = useState<Error | undefined>(undefined);
  const expired = useSyncExternalStore(sessionExpiry.subscribe, sessionExpiry.isExpired);
  const returnTo = `${location.pathname}${location.search}`;
  const unreachable = !auth.isAuthenticated && auth.error !== undefined && auth.error !== dismissed;

  const redirect = () => void auth.signinRedirect({ state: { returnTo } satisfies ReturnState });
  const login = () => {
    setDismissed(auth.error);
    sessionExpiry.reset();
    redirect();
  };

  const mustLogin =
    !auth.isLoading && !auth.isAuthenticated && !auth.activeNavigator && !auth.error && !expired;
  const hadSession = auth.user !== null && auth.user !== undefined;
  useEffect(() => {
    if (mustLogin && !hadSession) redirect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per change of the auth state
  }, [mustLogin, hadSession]);

  if (unreachable) return <KeycloakDown onRetry={login} />;
  if (expired || (mustLogin && hadSession)) return <SessionExpired onLogin={login} />;
  if (auth.isLoading || !auth.isAuthenticated) return <Redirecting />;
  return <>{children}</>;
}

/** Where Keycloak returns: the provider has exchanged the code; go on to the page the user asked for. */
export function SigninCallback() {
  const auth = useAuth();
  if (auth.error) return <KeycloakDown onRetry={() => void auth.signinRedirect()} />;
  if (!auth.isAuthenticated) return <Redirecting />;
  const returnTo = (auth.user?.state as ReturnState | undefined)?.returnTo;
  return <Navigate to={returnTo && returnTo.startsWith('/') ? returnTo : '/'} replace />;
}
