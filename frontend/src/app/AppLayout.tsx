import { GlobalOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Layout, Menu, Spin, Typography, type MenuProps } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { StatusTag } from '../components/StatusTag';
import { api, unwrap } from '../lib/api/client';
import { useSession, type Session } from '../lib/auth/session';
import { changeLanguage, type Language } from '../lib/i18n';
import { featureRoutes, type MenuGroup } from './featureRoutes';

const GROUPS: MenuGroup[] = ['home', 'registry', 'commerce', 'evaluation', 'office'];

function menuItems(session: Session, t: (key: string) => string): MenuProps['items'] {
  const visible = featureRoutes.filter(
    (r) => r.menu && !r.public && (!r.roles || session.hasRole(...r.roles)),
  );
  return GROUPS.flatMap((group): NonNullable<MenuProps['items']> => {
    const entries = visible
      .filter((r) => r.menu!.group === group)
      .sort((a, b) => a.menu!.order - b.menu!.order)
      .map((r) => ({
        key: `/${r.path}`,
        icon: r.menu!.icon,
        label: <Link to={`/${r.path}`}>{t(r.menu!.label)}</Link>,
      }));
    if (entries.length === 0) return [];
    if (group === 'home') return entries;
    return [{ type: 'group' as const, key: group, label: t(`nav.${group}`), children: entries }];
  });
}

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
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const unitName = useUnitName(session.unit);
  const items = useMemo(() => menuItems(session, t), [session, t]);
  const selected = `/${location.pathname.split('/')[1] ?? ''}`;

  const userMenu: MenuProps = {
    items: [
      {
        key: 'lang',
        icon: <GlobalOutlined />,
        label: i18n.language === 'vi' ? 'English' : 'Tiếng Việt',
        onClick: () => changeLanguage((i18n.language === 'vi' ? 'en' : 'vi') as Language),
      },
      {
        key: 'logout',
        icon: <LogoutOutlined />,
        label: t('user.logout'),
        onClick: () => void auth.signoutRedirect(),
      },
    ],
  };

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
        <nav aria-label={t('app.name')}>
          <Menu mode="inline" selectedKeys={[selected]} items={items} style={{ borderInlineEnd: 0 }} />
        </nav>
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
            <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
            <Flex align="center" gap={8} wrap>
              <StatusTag tone={session.provinceWide ? 'info' : 'warning'}>
                {session.provinceWide
                  ? t('user.provinceWide')
                  : t('user.scope', { unit: unitName ?? session.unit })}
              </StatusTag>
              <Dropdown menu={userMenu} trigger={['click']}>
                <Button icon={<UserOutlined />} data-testid="user-menu">
                  {session.name ?? session.username}
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                    {session.roles
                      .filter((r) => r in (i18n.getResource(i18n.language, 'common', 'role') ?? {}))
                      .map((r) => t(`role.${r}`))
                      .join(', ')}
                  </Typography.Text>
                </Button>
              </Dropdown>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <main>
            <Suspense fallback={<Spin />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
