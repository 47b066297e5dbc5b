import { lazy } from 'react';
import { buildSession } from '../lib/auth/session';
import { Role } from '../lib/auth/roles';
import type { FeatureRoute } from './featureRoutes';
import { menuGroups } from './SideNav';

const page = lazy(() => Promise.resolve({ default: () => null }));
const routes: FeatureRoute[] = [
  { path: 'rounds', page, roles: [Role.OFFICE], menu: { label: 'r', group: 'office', order: 30 } },
  { path: 'rubrics', page, roles: [Role.OFFICE], menu: { label: 'b', group: 'office', order: 10 } },
  { path: 'producers', page, menu: { label: 'p', group: 'registry', order: 10 } },
  { path: 'producers/:id', page },
  { path: 'public/products', page, public: true, menu: { label: 'c', group: 'public', order: 1 } },
];

function session(roles: string[], unit: string | null = null) {
  return buildSession({ username: 'u', name: null, roles, district: unit });
}

describe('the side menu', () => {
  it('shows a page only to the roles that may open it, in order within its group', () => {
    const office = menuGroups(session([Role.OFFICE]), routes);
    expect(office.map((g) => [g.group, g.entries.map((e) => e.path)])).toEqual([
      ['registry', ['producers']],
      ['office', ['rubrics', 'rounds']],
    ]);
    const officer = menuGroups(session([Role.DISTRICT_OFFICER], '845'), routes);
    expect(officer.map((g) => g.group)).toEqual(['registry']);
  });

  it('knows a unit-scoped user from a province-wide one', () => {
    expect(session([Role.DISTRICT_OFFICER], '845').provinceWide).toBe(false);
    expect(session([Role.OFFICE]).provinceWide).toBe(true);
  });
});
