import { and, type Column, eq, inArray } from 'drizzle-orm';
import type { DataSubject, PersonalDataPart } from '../../../server/personal-data.ts';
import { smsMessage } from '../../../server/sms.table.ts';
import {
  notification,
  notificationDelivery,
  notificationPreference,
  notificationSetting,
} from './notifications.table.ts';

const inScope = (subject: DataSubject, programmeId: Column) =>
  subject.programmeIds.length ? inArray(programmeId, subject.programmeIds) : undefined;

/**
 * A person's notifications (kind, link, when, read), what was sent by e-mail or SMS and when, and
 * their choices (channels per kind, quiet hours, digest, SMS number). Erasure deletes all of it, and
 * the SMS outbox's messages to the number they gave here (the accounts part knows only invitation
 * numbers).
 */
export const notificationsPersonalData: PersonalDataPart = {
  name: 'notifications',
  tables: [
    { table: notification, erasure: 'delete' },
    { table: notificationDelivery, erasure: 'delete' },
    { table: notificationPreference, erasure: 'delete' },
    { table: notificationSetting, erasure: 'delete' },
  ],
  async export(tx, subject) {
    const mine = (personId: Column, programmeId: Column) =>
      and(eq(personId, subject.userId), inScope(subject, programmeId));
    const notifications = await tx
      .select({
        kind: notification.kind,
        link: notification.link,
        createdAt: notification.createdAt,
        readAt: notification.readAt,
        inApp: notification.inApp,
      })
      .from(notification)
      .where(mine(notification.personId, notification.programmeId));
    const deliveries = await tx
      .select({
        channel: notificationDelivery.channel,
        digest: notificationDelivery.digest,
        dueAt: notificationDelivery.dueAt,
        sentAt: notificationDelivery.sentAt,
      })
      .from(notificationDelivery)
      .where(mine(notificationDelivery.personId, notificationDelivery.programmeId));
    const choices = await tx
      .select({
        kind: notificationPreference.kind,
        channel: notificationPreference.channel,
        enabled: notificationPreference.enabled,
      })
      .from(notificationPreference)
      .where(mine(notificationPreference.personId, notificationPreference.programmeId));
    const settings = await tx
      .select({
        quietFrom: notificationSetting.quietFrom,
        quietTo: notificationSetting.quietTo,
        digest: notificationSetting.digest,
        phone: notificationSetting.phone,
      })
      .from(notificationSetting)
      .where(mine(notificationSetting.personId, notificationSetting.programmeId));
    return {
      notifications: notifications.map((n) => ({
        ...n,
        createdAt: n.createdAt.toISOString(),
        readAt: n.readAt?.toISOString() ?? null,
      })),
      deliveries: deliveries.map((d) => ({
        ...d,
        dueAt: d.dueAt.toISOString(),
        sentAt: d.sentAt?.toISOString() ?? null,
      })),
      choices,
      settings,
    };
  },
  async erase(tx, subject) {
    const phones = await tx
      .select({ phone: notificationSetting.phone })
      .from(notificationSetting)
      .where(
        and(
          eq(notificationSetting.personId, subject.userId),
          inScope(subject, notificationSetting.programmeId),
        ),
      );
    const numbers = phones.flatMap((p) => (p.phone ? [p.phone] : []));
    if (numbers.length && subject.wholeAccount)
      await tx.delete(smsMessage).where(inArray(smsMessage.toPhone, numbers));
    for (const [table, personId, programmeId] of [
      [notificationDelivery, notificationDelivery.personId, notificationDelivery.programmeId],
      [notification, notification.personId, notification.programmeId],
      [notificationPreference, notificationPreference.personId, notificationPreference.programmeId],
      [notificationSetting, notificationSetting.personId, notificationSetting.programmeId],
    ] as const) {
      await tx.delete(table).where(and(eq(personId, subject.userId), inScope(subject, programmeId)));
    }
  },
};
