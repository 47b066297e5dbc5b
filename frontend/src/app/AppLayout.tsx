import { GlobalOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Spin } from 'antd';
import { Suspense, useState } from 'react';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { StatusTag } from '../components/StatusTag';
import { api, unwrap } from '../lib/api/client';
import { useSession } from '../lib/auth/session';
import { changeLanguage, type Language } from '../lib/i18n';
import { MessageProvider } from './MessageProvider';
import { SideNav } from './SideNav';

/** The unit a scoped user works in, by name (e.g. "Huyện Cầu Kè"). */
function useUnitName(code: string | null): string | undefined {
  const unit = useQuery({
    queryKey: ['admin-unit', code],
    queryFn: () => unwrap(api.GET('/api/v1/admin-units/{code}', { params: { path: { code: code! } } })),
    enabled: code !== null,
    staleTime: Infinity,
  });
  return unit.data?.name;
}

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const auth = useAuth();
  const [collapsed, setCollapsed] = useState(false);
  const unitName = useUnitName(session.unit);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={232}
        theme="light"
        style={{ borderInlineEnd: '1px solid #f0f0f0' }}
      >
        <Link to="/" style={{ display: 'block', padding: '16px 20px', fontWeight: 700, color: '#b7242a' }}>
          {collapsed ? t('app.short') : t('app.name')}
        </Link>
        <SideNav session={session} collapsed={collapsed} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            paddingInline: 24,
            borderBottom: '1px solid #f0f0f0',
            height: 'auto',
            lineHeight: 1.4,
          }}
        >
          <Flex justify="space-between" align="center" style={{ minHeight: 56 }} wrap gap={8}>
            <span style={{ color: 'rgba(0,0,0,0.65)' }}>{t('app.tagline')}</span>
            <Flex align="center" gap={8} wrap>
              <StatusTag tone={session.provinceWide ? 'info' : 'warning'}>
                {session.provinceWide
                  ? t('user.provinceWide')
                  : t('user.scope', { unit: unitName ?? session.unit })}
              </StatusTag>
              <span data-testid="user-menu">
                <UserOutlined aria-hidden /> <strong>{session.name ?? session.username}</strong>
                <span style={{ color: 'rgba(0,0,0,0.65)', marginInlineStart: 8 }}>
                  {session.roles
                    .filter((r) => r in (i18n.getResource(i18n.language, 'common', 'role') ?? {}))
                    .map((r) => t(`role.${r}`))
                    .join(', ')}
                </span>
              </span>
              <Button
                size="small"
                icon={<GlobalOutlined />}
                lang={i18n.language === 'vi' ? 'en' : 'vi'}
                onClick={() => changeLanguage((i18n.language === 'vi' ? 'en' : 'vi') as Language)}
              >
                {i18n.language === 'vi' ? 'English' : 'Tiếng Việt'}
              </Button>
              <Button size="small" icon={<LogoutOutlined />} onClick={() => void auth.signoutRedirect()}>
                {t('user.logout')}
              </Button>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <main>
            <MessageProvider>
              <Suspense fallback={<Spin />}>
                <Outlet />
              </Suspense>
            </MessageProvider>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
