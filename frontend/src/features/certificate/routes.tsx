import { AuditOutlined, BellOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { FeatureRoute } from '../../app/featureRoutes';
import { Role } from '../../lib/auth/roles';

/** Who reads decisions and certificates (the API refuses commune officers). */
const READERS = [Role.OFFICE, Role.DISTRICT_OFFICER, Role.DISTRICT_COUNCIL, Role.PROVINCIAL_COUNCIL];

const routes: FeatureRoute[] = [
  {
    path: 'recognition-decisions',
    page: lazy(() => import('./routes/DecisionListPage')),
    roles: READERS,
    menu: { label: 'certificate:menu.decisions', group: 'office', order: 40, icon: <AuditOutlined /> },
  },
  {
    path: 'recognition-decisions/new',
    page: lazy(() => import('./routes/DecisionCreatePage')),
    roles: [Role.OFFICE],
  },
  {
    path: 'recognition-decisions/:id',
    page: lazy(() => import('./routes/DecisionDetailPage')),
    roles: READERS,
  },
  {
    path: 'ocop-certificates',
    page: lazy(() => import('./routes/CertificateListPage')),
    roles: READERS,
    menu: {
      label: 'certificate:menu.certificates',
      group: 'office',
      order: 50,
      icon: <SafetyCertificateOutlined />,
    },
  },
  {
    path: 'ocop-certificates/reminders',
    page: lazy(() => import('./routes/ReminderListPage')),
    roles: [Role.OFFICE],
    menu: { label: 'certificate:menu.reminders', group: 'office', order: 55, icon: <BellOutlined /> },
  },
  {
    path: 'ocop-certificates/:id',
    page: lazy(() => import('./routes/CertificateDetailPage')),
    roles: READERS,
  },
];
export default routes;
