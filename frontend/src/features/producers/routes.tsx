import { ShopOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { FeatureRoute } from '../../app/featureRoutes';
import { EDITORS, READERS } from '../../lib/auth/roles';

const routes: FeatureRoute[] = [
  {
    path: 'producers',
    page: lazy(() => import('./routes/ProducerListPage')),
    roles: READERS,
    menu: { label: 'producers:menu', group: 'registry', order: 10, icon: <ShopOutlined /> },
  },
  { path: 'producers/new', page: lazy(() => import('./routes/ProducerCreatePage')), roles: EDITORS },
  { path: 'producers/:id', page: lazy(() => import('./routes/ProducerDetailPage')), roles: READERS },
  { path: 'producers/:id/edit', page: lazy(() => import('./routes/ProducerEditPage')), roles: EDITORS },
];
export default routes;
