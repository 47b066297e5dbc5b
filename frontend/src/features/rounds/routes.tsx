import { TrophyOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { FeatureRoute } from '../../app/featureRoutes';
import { Role } from '../../lib/auth/roles';

const routes: FeatureRoute[] = [
  {
    path: 'rounds',
    page: lazy(() => import('./routes/RoundListPage')),
    roles: [Role.OFFICE],
    menu: { label: 'rounds:menu', group: 'office', order: 30, icon: <TrophyOutlined /> },
  },
  {
    path: 'rounds/:id',
    page: lazy(() => import('./routes/RoundPage')),
    roles: [Role.OFFICE],
  },
];
export default routes;
