import { Flex, Layout, Spin } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';

/** Pages for the public (catalogue, certificate lookup from a QR code): no login, no menu. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#b7242a', paddingInline: 24 }}>
        <Flex align="center" style={{ height: '100%' }}>
          <Link to="/public/products" style={{ color: '#fff', fontWeight: 700 }}>
            {t('app.name')}
          </Link>
          <span style={{ color: '#fff', marginInlineStart: 16 }}>{t('app.tagline')}</span>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <main>
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </main>
      </Layout.Content>
    </Layout>
  );
}
