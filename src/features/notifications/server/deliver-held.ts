/**
 * The jobs that send what `notify` held back (decision 043): `notifications.deliver-held` (hourly)
 * sends the e-mails and SMS whose quiet hours have ended, `notifications.digest` (daily) sends each
 * person who chose the digest one message per channel for everything since the last one. Each
 * delivery is claimed (`sent_at` set where it was null) in the transaction that queues its message,
 * so two instances running a job at once send it once.
 */
import { and, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Database, Tx } from '../../../server/db.ts';
import { queueMail } from '../../../server/mail.ts';
import { queueSms } from '../../../server/sms.ts';
import { appUser } from '../../accounts/server/index.ts';
import { programme } from '../../programmes/server/index.ts';
import { GENERIC_MESSAGE, type NotificationKind } from '../notifications.contract.ts';
import { notification, notificationDelivery } from './notifications.table.ts';
import type { Notifier, OutboundTarget } from './notify.ts';
import { DEFAULT_LINK } from './notify.ts';
import { choicesOf } from './preferences.ts';

type Claimed = { personId: string; channel: 'email' | 'sms'; kind: string; link: string };

async function claim(tx: Tx, now: Date, digest: boolean): Promise<Claimed[]> {
  const due = await tx
    .select({ id: notificationDelivery.id })
    .from(notificationDelivery)
    .where(
      and(
        isNull(notificationDelivery.sentAt),
        eq(notificationDelivery.digest, digest),
        lte(notificationDelivery.dueAt, now),
      ),
    );
  if (due.length === 0) return [];
  const claimed = await tx
    .update(notificationDelivery)
    .set({ sentAt: now })
    .where(
      and(
        inArray(
          notificationDelivery.id,
          due.map((d) => d.id),
        ),
        isNull(notificationDelivery.sentAt),
      ),
    )
    .returning({
      personId: notificationDelivery.personId,
      channel: notificationDelivery.channel,
      notificationId: notificationDelivery.notificationId,
    });
  if (claimed.length === 0) return [];
  const rows = await tx
    .select({ id: notification.id, kind: notification.kind, link: notification.link })
    .from(notification)
    .where(
      inArray(
        notification.id,
        claimed.map((c) => c.notificationId),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return claimed.map((c) => ({
    personId: c.personId,
    channel: c.channel,
    kind: byId.get(c.notificationId)?.kind ?? '',
    link: byId.get(c.notificationId)?.link ?? DEFAULT_LINK,
  }));
}

/** Queues one outbound message; the address is read now, so a changed e-mail or number is used. */
async function send(tx: Tx, notifier: Notifier, target: OutboundTarget, now: Date): Promise<boolean> {
  const choices = await choicesOf(tx, target.personId);
  // A choice made while the message waited wins: turned off since, it is not sent.
  if (target.kind && !choices.isOn(target.kind, target.channel)) return false;
  const text = notifier.outboundText(target, now);
  if (target.channel === 'sms') {
    if (!choices.phone) return false;
    await queueSms(tx, { to: choices.phone, text });
    return true;
  }
  const [person] = await tx
    .select({ email: appUser.email })
    .from(appUser)
    .where(eq(appUser.id, target.personId));
  if (!person?.email) return false;
  await queueMail(tx, { to: person.email, subject: GENERIC_MESSAGE.subject, text });
  return true;
}

async function eachProgramme(db: Database, work: (tx: Tx, programmeId: string) => Promise<number>) {
  let total = 0;
  for (const { id } of await db.db.select({ id: programme.id }).from(programme)) {
    total += await db.withProgramme(id, (tx) => work(tx, id));
  }
  return total;
}

/** Sends the messages held for quiet hours that have ended by `now`; returns how many were queued. */
export async function deliverHeldNotifications(db: Database, notifier: Notifier, now = new Date()) {
  return eachProgramme(db, async (tx, programmeId) => {
    let sent = 0;
    for (const c of await claim(tx, now, false)) {
      const target = {
        programmeId,
        personId: c.personId,
        kind: c.kind as NotificationKind,
        channel: c.channel,
        link: c.link,
      };
      if (await send(tx, notifier, target, now)) sent++;
    }
    return sent;
  });
}

/** Sends each person's digest (one message per channel); returns how many messages were queued. */
export async function sendNotificationDigests(db: Database, notifier: Notifier, now = new Date()) {
  return eachProgramme(db, async (tx, programmeId) => {
    const groups = new Map<string, Claimed[]>();
    for (const c of await claim(tx, now, true)) {
      const key = `${c.personId} ${c.channel}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    let sent = 0;
    for (const items of groups.values()) {
      const { personId, channel } = items[0]!;
      const target = { programmeId, personId, kind: null, channel, link: DEFAULT_LINK, count: items.length };
      if (await send(tx, notifier, target, now)) sent++;
    }
    return sent;
  });
}
