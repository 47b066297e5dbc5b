import { GiftOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { FeatureRoute } from '../../app/featureRoutes';
import { EDITORS, READERS } from '../../lib/auth/roles';

const routes: FeatureRoute[] = [
  {
    path: 'products',
    page: lazy(() => import('./routes/ProductListPage')),
    roles: READERS,
    menu: { label: 'products:menu', group: 'registry', order: 20, icon: <GiftOutlined /> },
  },
  { path: 'products/new', page: lazy(() => import('./routes/ProductCreatePage')), roles: EDITORS },
  { path: 'products/:id', page: lazy(() => import('./routes/ProductDetailPage')), roles: READERS },
  { path: 'products/:id/edit', page: lazy(() => import('./routes/ProductEditPage')), roles: EDITORS },
];
export default routes;
