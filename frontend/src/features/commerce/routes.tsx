import { AuditOutlined, CalendarOutlined, ShoppingOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { FeatureRoute } from '../../app/featureRoutes';
import { COMMERCE_READERS, COMMERCE_WRITERS } from './lib/access';

const routes: FeatureRoute[] = [
  {
    path: 'partners',
    page: lazy(() => import('./routes/PartnerListPage')),
    roles: COMMERCE_READERS,
    menu: { label: 'commerce:menu.partners', group: 'commerce', order: 10, icon: <TeamOutlined /> },
  },
  {
    path: 'sales-contracts',
    page: lazy(() => import('./routes/SalesContractListPage')),
    roles: COMMERCE_READERS,
    menu: { label: 'commerce:menu.salesContracts', group: 'commerce', order: 20, icon: <AuditOutlined /> },
  },
  {
    path: 'sales-contracts/new',
    page: lazy(() => import('./routes/SalesContractFormPage')),
    roles: COMMERCE_WRITERS,
  },
  {
    path: 'sales-contracts/:id',
    page: lazy(() => import('./routes/SalesContractDetailPage')),
    roles: COMMERCE_READERS,
  },
  {
    path: 'sales-contracts/:id/edit',
    page: lazy(() => import('./routes/SalesContractFormPage')),
    roles: COMMERCE_WRITERS,
  },
  {
    path: 'trade-events',
    page: lazy(() => import('./routes/TradeEventListPage')),
    roles: COMMERCE_READERS,
    menu: { label: 'commerce:menu.tradeEvents', group: 'commerce', order: 30, icon: <CalendarOutlined /> },
  },
  {
    path: 'trade-events/:id',
    page: lazy(() => import('./routes/TradeEventDetailPage')),
    roles: COMMERCE_READERS,
  },
  {
    path: 'points-of-sale',
    page: lazy(() => import('./routes/PointOfSaleListPage')),
    roles: COMMERCE_READERS,
    menu: { label: 'commerce:menu.pointsOfSale', group: 'commerce', order: 40, icon: <ShoppingOutlined /> },
  },
];
export default routes;
