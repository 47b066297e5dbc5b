import { CustomerServiceOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { FeatureRoute } from '../../app/featureRoutes';
import { COMMERCE_READERS } from '../commerce/lib/access';

const routes: FeatureRoute[] = [
  {
    path: 'support-requests',
    page: lazy(() => import('./routes/SupportRequestListPage')),
    roles: COMMERCE_READERS,
    menu: { label: 'support:menu', group: 'commerce', order: 50, icon: <CustomerServiceOutlined /> },
  },
  {
    path: 'support-requests/:id',
    page: lazy(() => import('./routes/SupportRequestDetailPage')),
    roles: COMMERCE_READERS,
  },
];
export default routes;
