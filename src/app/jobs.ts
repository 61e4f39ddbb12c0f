/** The job handlers of every feature, by kind. */

import { purgeInvitations, purgeLoginThrottle } from '../features/accounts/server/index.ts';
import { cafeHousekeeping, sendEventReminders } from '../features/community/server/index.ts';
import { sendDueWaves } from '../features/evaluation/server/index.ts';
import { applyIntakeRetention } from '../features/intake/server/index.ts';
import {
  askAboutExtensions,
  openDueTasks,
  type RemindersSent,
  sendMeetingReminders,
  sendSlipNudges,
} from '../features/mentorships/server/index.ts';
import { applyMessagingRetention } from '../features/messaging/server/index.ts';
import { deliverHeldNotifications, sendNotificationDigests } from '../features/notifications/server/index.ts';
import { sendSessionReminders } from '../features/training/server/index.ts';
import type { Env } from '../server/env.ts';
import { type JobHandler, jobNow } from '../server/jobs.ts';
import { createMailTransport, mailDeliveryHandler } from '../server/mail.ts';
import { outboxPurgeHandler } from '../server/outbox-retention.ts';
import { createSmsTransport, smsDeliveryHandler } from '../server/sms.ts';
import { appNotifier } from './notifier.ts';

/** The live side of notifications made by jobs (main.ts wires it to the instance's hub). */
export { announceLive } from './notifier.ts';

export function jobHandlers(
  env: Pick<
    Env,
    'SMTP_URL' | 'MAIL_FROM' | 'SMS_GATEWAY_URL' | 'SMS_GATEWAY_TOKEN' | 'OUTBOX_RETENTION_DAYS'
  > &
    Partial<Pick<Env, 'publicUrl' | 'authSecret'>>,
  hooks: { onNotified?: (personIds: string[]) => void } = {},
): Record<string, JobHandler> {
  const notifier = appNotifier(env, hooks.onNotified);
  // The reminders run in their own transactions; the realtime hook hears of them after commit.
  const announce = (sent: RemindersSent) => notifier.announce(sent.personIds);
  const notify = notifier.notify.bind(notifier);
  const mail = createMailTransport({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM });
  const sms = createSmsTransport({ gatewayUrl: env.SMS_GATEWAY_URL, gatewayToken: env.SMS_GATEWAY_TOKEN });
  return {
    'mail.deliver': mailDeliveryHandler(mail),
    'sms.deliver': smsDeliveryHandler(sms),
    'outbox.purge': outboxPurgeHandler(env.OUTBOX_RETENTION_DAYS),
    'login-throttle.purge': async (_payload, { db }) => {
      await db.transaction((tx) => purgeLoginThrottle(tx));
    },
    'invitations.purge': async (_payload, { db }) => {
      await purgeInvitations(db);
    },
    'intake.retention': async (_payload, { db }) => {
      await applyIntakeRetention(db);
    },
    'messaging.retention': async (payload, { db }) => {
      await applyMessagingRetention(db, jobNow(payload));
    },
    'training.reminders': async (_payload, { db }) => {
      await sendSessionReminders(db, { publicUrl: env.publicUrl });
    },
    'community.cafe': async (_payload, { db }) => {
      await cafeHousekeeping(db);
    },
    'community.event-reminders': async (_payload, { db }) => {
      await sendEventReminders(db);
    },
    'mentorships.extension-asks': async (payload, { db }) => {
      await askAboutExtensions(db, { publicUrl: env.publicUrl, now: jobNow(payload) });
    },
    'mentorships.staff-tasks': async (payload, { db }) => {
      await openDueTasks(db, { now: jobNow(payload) });
    },
    // Waves and their reminders as of the job's moment (a journey moves it: jobNow).
    'evaluation.waves': async (payload, { db }) => {
      await sendDueWaves(db, { now: jobNow(payload), publicUrl: env.publicUrl });
    },
    'mentorships.meeting-reminders': async (payload, { db }) => {
      announce(await sendMeetingReminders({ db, notify, now: jobNow(payload) }));
    },
    'mentorships.slip-nudges': async (payload, { db }) => {
      announce(await sendSlipNudges({ db, notify, now: jobNow(payload) }));
    },
    'notifications.deliver-held': async (payload, { db }) => {
      await deliverHeldNotifications(db, notifier, jobNow(payload));
    },
    'notifications.digest': async (payload, { db }) => {
      await sendNotificationDigests(db, notifier, jobNow(payload));
    },
  };
}
