import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { meQuery } from './accounts.queries.ts';
import { managedProgrammes } from './people-roles.ts';
import { SignOutButton } from './sign-out-button.tsx';

/**
 * The header's part about the person: "Log ind" for a visitor; the first name (a link to Min side)
 * and "Log ud" when logged in, after "Visitation", "Hold", "Matching", "Indstillinger" and "Personer" for staff and admins. Nothing while the answer is
 * on its way, rather than a wrong guess; if /api/me cannot be reached, the way to log in is still
 * offered.
 */
export function AccountNav() {
  const { t } = useTranslation('accounts');
  const me = useQuery(meQuery());
  if (me.isPending) return null;
  if (!me.data) {
    return (
      <NavLink to="/log-ind" className="app-nav-link account-nav-link">
        {t('header.logIn')}
      </NavLink>
    );
  }
  const firstName = me.data.user.name.trim().split(/\s+/)[0] || me.data.user.email;
  return (
    <div className="account-nav">
      {managedProgrammes(me.data).length > 0 ? (
        <>
          <NavLink to="/visitation" className="app-nav-link account-nav-link">
            {t('people.navScreening')}
          </NavLink>
          <NavLink to="/hold" className="app-nav-link account-nav-link">
            {t('people.navCohorts')}
          </NavLink>
          <NavLink to="/matching" className="app-nav-link account-nav-link">
            {t('people.navMatching')}
          </NavLink>
          <NavLink to="/forloeb" className="app-nav-link account-nav-link">
            {t('people.navMentorships')}
          </NavLink>
          <NavLink to="/indstillinger" className="app-nav-link account-nav-link">
            {t('people.navSettings')}
          </NavLink>
          <NavLink to="/personer" className="app-nav-link account-nav-link">
            {t('people.nav')}
          </NavLink>
        </>
      ) : null}
      <NavLink to="/min-side" end className="app-nav-link account-nav-link">
        <span className="sr-only">{t('header.myPage')} </span>
        {firstName}
      </NavLink>
      <SignOutButton className="function-link account-nav-sign-out" label={t('header.logOut')} />
    </div>
  );
}
