import { PartitionOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { FeatureRoute } from '../../app/featureRoutes';
import { Role } from '../../lib/auth/roles';

const routes: FeatureRoute[] = [
  {
    path: 'procedures',
    page: lazy(() => import('./routes/ProcedureListPage')),
    roles: [Role.OFFICE],
    menu: { label: 'procedures:menu', group: 'office', order: 20, icon: <PartitionOutlined /> },
  },
  { path: 'procedures/:id', page: lazy(() => import('./routes/ProcedurePage')), roles: [Role.OFFICE] },
];
export default routes;
