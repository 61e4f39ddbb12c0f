import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { meQuery } from '../../accounts/web/index.ts';
import { groupProgrammes } from './group-frame.tsx';

/** "Gruppen" in the main menu, for the programme's peers, mentors and staff only. */
export function GroupNavItem() {
  const { t } = useTranslation('group');
  const me = useQuery(meQuery());
  if (!me.data || groupProgrammes(me.data).length === 0) return null;
  return (
    <li>
      <NavLink to="/gruppe" className="app-nav-link">
        {t('nav')}
      </NavLink>
    </li>
  );
}
