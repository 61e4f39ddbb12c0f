import type { FastifyRequest } from 'fastify';
import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import {
  markReadRequestSchema,
  myNotificationsSchema,
  notificationSettingsSchema,
  programmeParamsSchema,
  saveNotificationSettingsSchema,
  stoppedSchema,
  stopRequestSchema,
  unreadCountSchema,
} from '../notifications.contract.ts';
import { countMyUnread, listMyNotifications, markNotificationsRead } from './my-notifications.ts';
import { getMyNotificationSettings, saveMyNotificationSettings } from './notification-settings.ts';
import { notificationsAccess } from './notifications.policy.ts';
import type { Notifier } from './notify.ts';
import { stopNotifications } from './stop-notifications.ts';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const tags = ['notifications'];

/** A person's notifications and choices, and the stop link of e-mails and SMS. */
export function notificationsRoutes(app: App, deps: { db: Database; notifier: Notifier }) {
  const base = (request: FastifyRequest) => ({ db: deps.db, actor: request.actor });

  app.get(
    '/api/me/notifications/unread',
    {
      config: { access: notificationsAccess['me.unread'] },
      schema: {
        tags,
        summary: "The caller's unread notifications over all their programmes (the menu's count)",
        response: { 200: unreadCountSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request) => countMyUnread(base(request)),
  );

  app.get(
    '/api/programmes/:programmeId/my-notifications',
    {
      config: { access: notificationsAccess['own.read'] },
      schema: {
        tags,
        summary: "The caller's own notifications in a programme, newest first, and the unread count",
        params: programmeParamsSchema,
        response: { 200: myNotificationsSchema, ...problems },
      },
    },
    async (request) => listMyNotifications({ ...base(request), ...request.params }),
  );

  app.post(
    '/api/programmes/:programmeId/my-notifications/read',
    {
      config: { access: notificationsAccess['own.read'] },
      schema: {
        tags,
        summary: "Mark the caller's notifications read (the given ones, or all)",
        params: programmeParamsSchema,
        body: markReadRequestSchema,
        response: { 200: myNotificationsSchema, ...problems },
      },
    },
    async (request) => markNotificationsRead({ ...base(request), ...request.params, request: request.body }),
  );

  app.get(
    '/api/programmes/:programmeId/my-notification-settings',
    {
      config: { access: notificationsAccess['own.choose'] },
      schema: {
        tags,
        summary: "The caller's channels per kind, quiet hours, digest and SMS number",
        params: programmeParamsSchema,
        response: { 200: notificationSettingsSchema, ...problems },
      },
    },
    async (request) => getMyNotificationSettings({ ...base(request), ...request.params }),
  );

  app.put(
    '/api/programmes/:programmeId/my-notification-settings',
    {
      config: { access: notificationsAccess['own.choose'] },
      schema: {
        tags,
        summary: "Save the caller's channels per kind, quiet hours, digest and SMS number",
        params: programmeParamsSchema,
        body: saveNotificationSettingsSchema,
        response: { 200: notificationSettingsSchema, ...problems },
      },
    },
    async (request) =>
      saveMyNotificationSettings({ ...base(request), ...request.params, request: request.body }),
  );

  app.post(
    '/api/public/notifications/stop',
    {
      config: { access: notificationsAccess['stop-link'] },
      schema: {
        tags,
        summary: 'Turn one kind of e-mail or SMS off with the signed link in the message (no login)',
        body: stopRequestSchema,
        response: { 200: stoppedSchema, 400: problemSchema, 410: problemSchema },
      },
    },
    async (request) =>
      stopNotifications({ ...base(request), stopKey: deps.notifier.stopKey, token: request.body.token }),
  );
}
