import { DashboardOutlined, FileExcelOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { FeatureRoute } from '../../app/featureRoutes';
import { READERS, Role } from '../../lib/auth/roles';

const routes: FeatureRoute[] = [
  {
    path: '',
    page: lazy(() => import('./routes/DashboardPage')),
    roles: READERS,
    menu: { label: 'report:menu.home', group: 'home', order: 0, icon: <DashboardOutlined /> },
  },
  {
    path: 'reports/annual',
    page: lazy(() => import('./routes/AnnualReportPage')),
    roles: [...READERS, Role.INTEGRATOR],
    menu: { label: 'report:menu.annual', group: 'office', order: 60, icon: <FileExcelOutlined /> },
  },
];
export default routes;
