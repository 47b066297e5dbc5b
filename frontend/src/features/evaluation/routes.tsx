import { AuditOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { FeatureRoute } from '../../app/featureRoutes';
import { COUNCILS } from '../../lib/auth/roles';

/** The council workspace: my rounds → a round's entries → the score sheet of an entry. */
const routes: FeatureRoute[] = [
  {
    path: 'council',
    page: lazy(() => import('./routes/MyRoundsPage')),
    roles: COUNCILS,
    menu: { label: 'evaluation:menu.council', group: 'evaluation', order: 10, icon: <AuditOutlined /> },
  },
  {
    path: 'council/rounds/:id',
    page: lazy(() => import('./routes/RoundEntriesPage')),
    roles: COUNCILS,
  },
  {
    path: 'council/entries/:id',
    page: lazy(() => import('./routes/EntryScorePage')),
    roles: COUNCILS,
  },
];
export default routes;
