import { createBrowserRouter, Navigate, useRouteError, type RouteObject } from 'react-router';
import { ErrorResult, NotFound } from '../components/QueryState';
import { RequireRole } from '../lib/auth/RequireRole';
import { SessionProvider } from '../lib/auth/session';
import { CALLBACK_PATH } from '../lib/auth/userManager';
import { AppLayout } from './AppLayout';
import { Redirecting, RequireLogin, SigninCallback } from './AuthGate';
import { featureRoutes, type FeatureRoute } from './featureRoutes';
import { PublicLayout } from './PublicLayout';

function RouteError() {
  return <ErrorResult error={useRouteError()} onRetry={() => window.location.reload()} />;
}

function toRoute(route: FeatureRoute): RouteObject {
  const Page = route.page;
  return {
    ...(route.path === '' ? { index: true } : { path: route.path }),
    element: route.roles ? (
      <RequireRole roles={route.roles}>
        <Page />
      </RequireRole>
    ) : (
      <Page />
    ),
  };
}

export function buildRoutes(routes: FeatureRoute[]): RouteObject[] {
  const hasHome = routes.some((r) => r.path === '' && !r.public);
  return [
    { path: CALLBACK_PATH, element: <SigninCallback /> },
    {
      path: '/',
      element: <PublicLayout />,
      errorElement: <RouteError />,
      children: routes.filter((r) => r.public).map(toRoute),
    },
    {
      path: '/',
      element: (
        <RequireLogin>
          <SessionProvider fallback={<Redirecting />}>
            <AppLayout />
          </SessionProvider>
        </RequireLogin>
      ),
      errorElement: <RouteError />,
      children: [
        ...routes.filter((r) => !r.public).map(toRoute),
        ...(hasHome ? [] : [{ index: true, element: <Navigate to="/producers" replace /> }]),
        { path: '*', element: <NotFound /> },
      ],
    },
  ];
}

export const router = createBrowserRouter(buildRoutes(featureRoutes));
