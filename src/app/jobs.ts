/** The job handlers of every feature, by kind. */

import { purgeInvitations, purgeLoginThrottle } from '../features/accounts/server/index.ts';
import { cafeHousekeeping, sendEventReminders } from '../features/community/server/index.ts';
import { applyIntakeRetention } from '../features/intake/server/index.ts';
import { askAboutExtensions, openDueTasks } from '../features/mentorships/server/index.ts';
import { sendSessionReminders } from '../features/training/server/index.ts';
import type { Env } from '../server/env.ts';
import { type JobHandler, jobNow } from '../server/jobs.ts';
import { createMailTransport, mailDeliveryHandler } from '../server/mail.ts';
import { outboxPurgeHandler } from '../server/outbox-retention.ts';
import { createSmsTransport, smsDeliveryHandler } from '../server/sms.ts';

export function jobHandlers(
  env: Pick<
    Env,
    'SMTP_URL' | 'MAIL_FROM' | 'SMS_GATEWAY_URL' | 'SMS_GATEWAY_TOKEN' | 'OUTBOX_RETENTION_DAYS'
  > &
    Partial<Pick<Env, 'publicUrl'>>,
): Record<string, JobHandler> {
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
  };
}
