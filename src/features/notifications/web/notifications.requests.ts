/** The calls of the notification pages, all through apiFetch. */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api-client.ts';
import type {
  MyNotifications,
  NotificationSettings,
  SaveNotificationSettings,
  Stopped,
} from '../notifications.contract.ts';

export const notificationsKey = ['notifications'];

/** The list and count refresh every 30 s and when the window gets focus, until the realtime hub pushes. */
const LIVE = { refetchInterval: 30_000, refetchOnWindowFocus: true } as const;

export const unreadQuery = (enabled: boolean) =>
  queryOptions({
    queryKey: [...notificationsKey, 'unread'],
    queryFn: ({ signal }) => apiFetch<{ unread: number }>('/api/me/notifications/unread', { signal }),
    enabled,
    ...LIVE,
  });

export const myNotificationsQuery = (programmeId: string) =>
  queryOptions({
    queryKey: [...notificationsKey, programmeId, 'list'],
    queryFn: ({ signal }) =>
      apiFetch<MyNotifications>(`/api/programmes/${programmeId}/my-notifications`, { signal }),
    ...LIVE,
  });

export const markRead = (programmeId: string, ids?: string[]) =>
  apiFetch<MyNotifications>(`/api/programmes/${programmeId}/my-notifications/read`, {
    method: 'POST',
    body: ids ? { ids } : {},
  });

export const settingsQuery = (programmeId: string) =>
  queryOptions({
    queryKey: [...notificationsKey, programmeId, 'settings'],
    queryFn: ({ signal }) =>
      apiFetch<NotificationSettings>(`/api/programmes/${programmeId}/my-notification-settings`, { signal }),
  });

export const saveSettings = (programmeId: string, body: SaveNotificationSettings) =>
  apiFetch<NotificationSettings>(`/api/programmes/${programmeId}/my-notification-settings`, {
    method: 'PUT',
    body,
  });

export const stopQuery = (token: string) =>
  queryOptions({
    queryKey: [...notificationsKey, 'stop', token],
    queryFn: () => apiFetch<Stopped>('/api/public/notifications/stop', { method: 'POST', body: { token } }),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
