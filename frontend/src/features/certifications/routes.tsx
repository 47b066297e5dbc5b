import { SafetyCertificateOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { FeatureRoute } from '../../app/featureRoutes';
import { READERS } from '../../lib/auth/roles';

const routes: FeatureRoute[] = [
  {
    path: 'certifications',
    page: lazy(() => import('./routes/CertificationListPage')),
    roles: READERS,
    menu: { label: 'certifications:menu', group: 'registry', order: 30, icon: <SafetyCertificateOutlined /> },
  },
];
export default routes;
