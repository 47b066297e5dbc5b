import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { AuthProvider } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ApiError } from '../lib/api/problem';
import { sessionExpiry } from '../lib/auth/sessionExpiry';
import { userManager } from '../lib/auth/userManager';
import '../lib/i18n';
import { router } from './router';

function onApiError(error: unknown) {
  if (error instanceof ApiError && error.status === 401) sessionExpiry.markExpired();
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refusal or a missing record does not get better by asking again.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

export function App() {
  const { i18n } = useTranslation();
  dayjs.locale(i18n.language === 'vi' ? 'vi' : 'en');
  return (
    <ConfigProvider
      locale={i18n.language === 'vi' ? viVN : enUS}
      theme={{
        // Secondary texts, placeholders and links darker than antd's defaults: they pass WCAG AA contrast (axe).
        token: {
          colorPrimary: '#b7242a',
          colorLink: '#0050b3',
          colorTextSecondary: 'rgba(0,0,0,0.65)',
          colorTextDescription: 'rgba(0,0,0,0.65)',
          colorTextPlaceholder: 'rgba(0,0,0,0.6)',
          // Description labels and empty-table texts use these; antd's 0.45 and 0.25 fail AA.
          colorTextTertiary: 'rgba(0,0,0,0.6)',
          colorTextQuaternary: 'rgba(0,0,0,0.55)',
          // antd's #ff4d4f fails AA on white (danger buttons, field errors); this red passes it.
          colorError: '#cf1322',
          fontSize: 15,
          controlHeight: 36,
        },
      }}
    >
      <AuthProvider
        userManager={userManager}
        onSigninCallback={() => undefined}
        matchSignoutCallback={() => false}
      >
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AuthProvider>
    </ConfigProvider>
  );
}
