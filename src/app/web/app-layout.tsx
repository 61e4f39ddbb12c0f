import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { AccountNav } from '../../features/accounts/web/index.ts';
import { GroupNavItem } from '../../features/group/web/index.ts';
import { NotificationsNavLink } from '../../features/notifications/web/index.ts';
import { LanguageSwitch } from './language-switch.tsx';

/** The frame of every page: skip link, DKFDS header with the language switch and login state, main, footer. */
export function AppLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  useEffect(() => {
    // After a client-side navigation, start screen readers and keyboards at the new content, as a
    // full page load would; the first render keeps the browser's own focus.
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <div className="app-page">
      <a className="skipnav" href="#main-content">
        {t('skipLink')}
      </a>
      <header className="header">
        <div className="solution-info">
          <div className="solution-info-inner container">
            <div className="solution-heading">
              <Link to="/" className="app-brand">
                {t('appName')}
              </Link>
            </div>
            <LanguageSwitch />
          </div>
        </div>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <div className="container app-nav-inner">
            <ul className="app-nav-list">
              <li>
                <NavLink to="/" end className="app-nav-link">
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/faellesskab" className="app-nav-link">
                  {t('nav.community')}
                </NavLink>
              </li>
              <NotificationsNavLink />
              <GroupNavItem />
            </ul>
            <AccountNav />
          </div>
        </nav>
      </header>
      <main id="main-content" ref={mainRef} tabIndex={-1} className="container app-main">
        {children ?? <Outlet />}
      </main>
      <footer>
        <div className="footer app-footer">
          <div className="container">
            <p className="weight-semibold">{t('appName')}</p>
            <p>{t('footer.about')}</p>
            <p>{t('footer.privacy')}</p>
          </div>
        </div>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
