/**
 * The one way to notify someone (decision 043). `notify(tx, …)` runs in the caller's transaction:
 * it stores the in-app row and, by the person's choices, queues an e-mail and/or SMS through the
 * outbox now, holds it until their quiet hours end, or keeps it for the daily digest. The outbound
 * text is always the same generic sentence with a link and a signed stop link.
 */
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { queueMail } from '../../../server/mail.ts';
import { queueSms } from '../../../server/sms.ts';
import { appUser } from '../../accounts/server/index.ts';
import { GENERIC_MESSAGE, type NotificationKind, type OutboundChannel } from '../notifications.contract.ts';
import { notification, notificationDelivery } from './notifications.table.ts';
import { choicesOf } from './preferences.ts';
import { afterQuietHours } from './quiet-hours.ts';
import { signStopToken, stopLinkKey } from './stop-link.ts';

/** What the composition gives the feature. */
export interface NotificationsDeps {
  /** The address of makker, for the links in e-mails and SMS. */
  publicUrl: string;
  /** The installation's secret (MAKKER_AUTH_SECRET); the stop-link key is derived from it. */
  secret: string;
  /**
   * Called with the people who got an in-app notification, after the transaction that made them
   * committed: the realtime hub pushes a refresh to their open pages. Unset: the pages poll.
   */
  onNotified?: (personIds: string[]) => void;
}

export interface NotifyInput {
  programmeId: string;
  personId: string;
  kind: NotificationKind;
  /** A path in makker (starting with /) the notification opens. */
  link: string;
  /** Makes the notification once only per person and kind: a second notify with the key does nothing. */
  dedupeKey?: string;
  now?: Date;
}

export interface Notifier {
  /** Notifies one person in the caller's transaction; null when the dedupe key was used before. */
  notify(tx: Tx, input: NotifyInput): Promise<{ notificationId: string } | null>;
  /** Call after the transaction committed, with the people notified in it (the realtime hook). */
  announce(personIds: readonly string[]): void;
  /** The text of an outbound message for a person (also the digest's). */
  outboundText(target: OutboundTarget, now: Date): string;
  readonly stopKey: Buffer;
}

export interface OutboundTarget {
  programmeId: string;
  personId: string;
  /** null: the digest, whose stop link turns the channel off for every kind. */
  kind: NotificationKind | null;
  channel: OutboundChannel;
  link: string;
  count?: number;
}

const DEFAULT_LINK = '/min-side/notifikationer';

/** The notifier over the installation's address and secret. */
export function createNotifier(deps: NotificationsDeps): Notifier {
  const stopKey = stopLinkKey(deps.secret);
  const base = deps.publicUrl.replace(/\/$/, '');
  const outboundText = (target: OutboundTarget, now: Date) => {
    const token = signStopToken(stopKey, target, now);
    const stop = `${base}/stop?t=${token}`;
    const several = (target.count ?? 1) > 1;
    const lines = several
      ? [`Du har ${target.count} nye beskeder i makker.`, `You have ${target.count} new messages in makker.`]
      : [GENERIC_MESSAGE.da, GENERIC_MESSAGE.en];
    if (target.channel === 'sms') return `${lines[0]} ${base}${target.link}\nStop: ${stop}`;
    return [
      ...lines,
      '',
      `${base}${target.link}`,
      '',
      target.kind
        ? 'Vil du ikke have denne slags e-mails? / Stop these e-mails:'
        : 'Vil du ikke have flere e-mails fra makker? / Stop all e-mails from makker:',
      stop,
    ].join('\n');
  };

  async function send(tx: Tx, target: OutboundTarget & { to: string }, now: Date) {
    const text = outboundText(target, now);
    if (target.channel === 'email')
      await queueMail(tx, { to: target.to, subject: GENERIC_MESSAGE.subject, text });
    else await queueSms(tx, { to: target.to, text });
  }

  return {
    stopKey,
    outboundText,
    announce(personIds) {
      if (personIds.length > 0) deps.onNotified?.([...new Set(personIds)]);
    },
    async notify(tx, input) {
      const now = input.now ?? new Date();
      const link = input.link.startsWith('/') && !input.link.startsWith('//') ? input.link : DEFAULT_LINK;
      const choices = await choicesOf(tx, input.personId);
      const [row] = await tx
        .insert(notification)
        .values({
          programmeId: input.programmeId,
          personId: input.personId,
          kind: input.kind,
          link,
          dedupeKey: input.dedupeKey ?? null,
          inApp: choices.isOn(input.kind, 'in-app'),
          createdAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: notification.id });
      if (!row) return null;
      const [person] = await tx
        .select({ email: appUser.email })
        .from(appUser)
        .where(eq(appUser.id, input.personId));
      const to = { email: person?.email ?? null, sms: choices.phone };
      for (const channel of ['email', 'sms'] as const) {
        if (!choices.isOn(input.kind, channel) || !to[channel]) continue;
        const dueAt = choices.digest ? now : afterQuietHours(now, choices.quietHours);
        const immediate = !choices.digest && dueAt.getTime() <= now.getTime();
        await tx.insert(notificationDelivery).values({
          programmeId: input.programmeId,
          notificationId: row.id,
          personId: input.personId,
          channel,
          digest: choices.digest,
          dueAt,
          sentAt: immediate ? now : null,
        });
        if (immediate) await send(tx, { ...input, link, channel, to: to[channel]! }, now);
      }
      return { notificationId: row.id };
    },
  };
}

export { DEFAULT_LINK };

/**
 * Records a notification as already given, in the app only and without e-mail or SMS: the demo's
 * history (a fresh installation's first reminder run then mails nobody about the past).
 */
export async function recordNotificationOnly(tx: Tx, input: NotifyInput): Promise<boolean> {
  const inserted = await tx
    .insert(notification)
    .values({
      programmeId: input.programmeId,
      personId: input.personId,
      kind: input.kind,
      link: input.link,
      dedupeKey: input.dedupeKey ?? null,
      inApp: true,
      createdAt: input.now ?? new Date(),
    })
    .onConflictDoNothing()
    .returning({ id: notification.id });
  return inserted.length > 0;
}
