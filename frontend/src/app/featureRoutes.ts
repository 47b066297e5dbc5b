import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { Role } from '../lib/auth/roles';

export type MenuGroup = 'home' | 'registry' | 'commerce' | 'evaluation' | 'office' | 'public';

/** A page a feature contributes: `features/<name>/routes.tsx` exports a list of these as default. */
export interface FeatureRoute {
  /** Path under the app root, e.g. `producers/:id` ('' is the home page); public pages live under `public/`. */
  path: string;
  page: LazyExoticComponent<ComponentType>;
  /** Who may open it (any signed-in user when omitted); others see "not allowed" and no menu entry. */
  roles?: readonly Role[];
  /** Open without login (the public catalogue and the certificate lookup). */
  public?: boolean;
  /** Its entry in the side menu: an i18n key (`namespace:key`), a group and an order within it. */
  menu?: { label: string; group: MenuGroup; order: number; icon?: ReactNode };
}

const modules = import.meta.glob<{ default: FeatureRoute[] }>('../features/*/routes.tsx', { eager: true });

export const featureRoutes: FeatureRoute[] = Object.values(modules).flatMap((m) => m.default);
