import { ShopOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { FeatureRoute } from '../../app/featureRoutes';
import { READERS } from '../../lib/auth/roles';

const routes: FeatureRoute[] = [
  {
    path: 'producers',
    page: lazy(() => import('./routes/ProducerListPage')),
    roles: READERS,
    menu: { label: 'producers:menu', group: 'registry', order: 10, icon: <ShopOutlined /> },
  },
];
export default routes;
