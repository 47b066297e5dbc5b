import { CloudUploadOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { FeatureRoute } from '../../app/featureRoutes';
import { EDITORS } from '../../lib/auth/roles';

const routes: FeatureRoute[] = [
  {
    path: 'imports',
    page: lazy(() => import('./routes/ImportPage')),
    roles: EDITORS,
    menu: { label: 'imports:menu', group: 'registry', order: 90, icon: <CloudUploadOutlined /> },
  },
];
export default routes;
