import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { meQuery } from '../../accounts/web/index.ts';
import { useLiveTopic } from '../../ui/web/index.ts';
import { notificationsKey, unreadQuery } from './notifications.requests.ts';

/**
 * The main menu's "Beskeder" with the unread count, for a logged-in person (nothing for a visitor).
 * A new notification arrives live on the person's own topic (the realtime hub); the count also
 * polls every 30 s and on window focus, for when the socket is down.
 */
export function NotificationsNavLink() {
  const { t } = useTranslation('notifications');
  const me = useQuery(meQuery());
  const unread = useQuery(unreadQuery(Boolean(me.data)));
  useLiveTopic(me.data ? `person:${me.data.user.id}` : null, [notificationsKey]);
  if (!me.data) return null;
  const count = unread.data?.unread ?? 0;
  return (
    <li>
      <NavLink
        to="/min-side/notifikationer"
        className="app-nav-link"
        {...(count > 0 ? { 'aria-label': `${t('nav')}, ${t('navUnread', { count })}` } : {})}
      >
        {t('nav')}
        {count > 0 ? (
          <span className="notifications-count" aria-hidden="true">
            {count}
          </span>
        ) : null}
      </NavLink>
    </li>
  );
}
