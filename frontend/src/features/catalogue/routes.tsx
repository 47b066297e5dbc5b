import { lazy } from 'react';
import type { FeatureRoute } from '../../app/featureRoutes';

const PublicCertificatePage = lazy(() => import('./routes/PublicCertificatePage'));

/** Pages for everyone, without login: the catalogue and the certificate lookup a label's QR code opens. */
const routes: FeatureRoute[] = [
  { path: 'public/products', page: lazy(() => import('./routes/PublicProductsPage')), public: true },
  { path: 'public/certificates', page: PublicCertificatePage, public: true },
  { path: 'public/certificates/:code', page: PublicCertificatePage, public: true },
];
export default routes;
