import { FileSearchOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { FeatureRoute } from '../../app/featureRoutes';
import { Role } from '../../lib/auth/roles';

const routes: FeatureRoute[] = [
  {
    path: 'dossiers',
    page: lazy(() => import('./routes/DossierListPage')),
    roles: [Role.COMMUNE_OFFICER],
    menu: { label: 'dossiers:menu', group: 'evaluation', order: 20, icon: <FileSearchOutlined /> },
  },
  {
    // The office checks dossiers too (from a round's entries).
    path: 'dossiers/:id',
    page: lazy(() => import('./routes/DossierPage')),
    roles: [Role.COMMUNE_OFFICER, Role.OFFICE],
  },
];
export default routes;
