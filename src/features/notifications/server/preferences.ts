/** A person's choices as stored, with the kinds' defaults filled in (decision 043). */
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import {
  type Channel,
  DEFAULT_QUIET_HOURS,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type QuietHours,
} from '../notifications.contract.ts';
import { notificationPreference, notificationSetting } from './notifications.table.ts';

export interface PersonChoices {
  isOn(kind: NotificationKind, channel: Channel): boolean;
  quietHours: QuietHours | null;
  digest: boolean;
  phone: string | null;
}

/** Whether a kind is on for a channel by default. */
export const isOnByDefault = (kind: NotificationKind, channel: Channel) =>
  (NOTIFICATION_KINDS[kind].defaults as readonly Channel[]).includes(channel);

/** The choices of one person in the programme of the transaction. */
export async function choicesOf(tx: Tx, personId: string): Promise<PersonChoices> {
  const overrides = await tx
    .select()
    .from(notificationPreference)
    .where(eq(notificationPreference.personId, personId));
  const [setting] = await tx
    .select()
    .from(notificationSetting)
    .where(eq(notificationSetting.personId, personId));
  const chosen = new Map(overrides.map((o) => [`${o.kind} ${o.channel}`, o.enabled]));
  return {
    isOn: (kind, channel) => chosen.get(`${kind} ${channel}`) ?? isOnByDefault(kind, channel),
    quietHours: !setting
      ? DEFAULT_QUIET_HOURS
      : setting.quietFrom && setting.quietTo
        ? { from: setting.quietFrom, to: setting.quietTo }
        : null,
    digest: setting?.digest ?? false,
    phone: setting?.phone ?? null,
  };
}

/** Turns one kind (or, with null, every kind) on or off for a channel. */
export async function setChoice(
  tx: Tx,
  target: {
    programmeId: string;
    personId: string;
    kind: NotificationKind | null;
    channel: Channel;
    enabled: boolean;
  },
  now = new Date(),
): Promise<void> {
  const kinds = target.kind ? [target.kind] : (Object.keys(NOTIFICATION_KINDS) as NotificationKind[]);
  for (const kind of kinds) {
    await tx
      .insert(notificationPreference)
      .values({
        programmeId: target.programmeId,
        personId: target.personId,
        kind,
        channel: target.channel,
        enabled: target.enabled,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [
          notificationPreference.programmeId,
          notificationPreference.personId,
          notificationPreference.kind,
          notificationPreference.channel,
        ],
        set: { enabled: target.enabled, updatedAt: now },
      });
  }
}
