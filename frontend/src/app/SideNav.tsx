import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Session } from '../lib/auth/session';
import { featureRoutes, type FeatureRoute, type MenuGroup } from './featureRoutes';
import './shell.css';

const GROUPS: MenuGroup[] = ['home', 'registry', 'commerce', 'evaluation', 'office'];

/** The menu entries a user may open, by group: a page whose roles exclude the user has no entry. */
export function menuGroups(session: Session, routes: FeatureRoute[] = featureRoutes) {
  const visible = routes.filter((r) => r.menu && !r.public && (!r.roles || session.hasRole(...r.roles)));
  return GROUPS.map((group) => ({
    group,
    entries: visible.filter((r) => r.menu!.group === group).sort((a, b) => a.menu!.order - b.menu!.order),
  })).filter((g) => g.entries.length > 0);
}

/** The side menu: plain links grouped under headings (lighter than antd's Menu, and a list a screen reader reads). */
export function SideNav({ session, collapsed }: { session: Session; collapsed: boolean }) {
  const { t } = useTranslation();
  const groups = useMemo(() => menuGroups(session), [session]);
  return (
    <nav aria-label={t('app.name')} className={collapsed ? 'side-nav side-nav--collapsed' : 'side-nav'}>
      {groups.map(({ group, entries }) => (
        <div key={group} className="side-nav__group">
          {group !== 'home' && !collapsed && <div className="side-nav__heading">{t(`nav.${group}`)}</div>}
          <ul>
            {entries.map((r) => (
              <li key={r.path}>
                <NavLink
                  to={`/${r.path}`}
                  end={r.path === ''}
                  title={collapsed ? t(r.menu!.label) : undefined}
                >
                  <span className="side-nav__icon" aria-hidden>
                    {r.menu!.icon}
                  </span>
                  <span className="side-nav__label">{t(r.menu!.label)}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
