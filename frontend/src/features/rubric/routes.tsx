import { OrderedListOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { FeatureRoute } from '../../app/featureRoutes';
import { Role } from '../../lib/auth/roles';

const routes: FeatureRoute[] = [
  {
    path: 'rubrics',
    page: lazy(() => import('./routes/RubricVersionListPage')),
    roles: [Role.OFFICE],
    menu: { label: 'rubric:menu', group: 'office', order: 10, icon: <OrderedListOutlined /> },
  },
  { path: 'rubrics/:id', page: lazy(() => import('./routes/RubricVersionPage')), roles: [Role.OFFICE] },
  { path: 'rubrics/sheets/:id', page: lazy(() => import('./routes/RubricSheetPage')), roles: [Role.OFFICE] },
];
export default routes;
