import { count, eq } from 'drizzle-orm';
import { type Database, lockTransaction } from '../../../server/db.ts';
import type { NotificationKind } from '../notifications.contract.ts';
import { notification, notificationPreference, notificationSetting } from './notifications.table.ts';

const HOUR = 3_600_000;

/**
 * The demo's notifications: a few in each demo person's list (some read), and the peer's choices
 * (an SMS number, SMS on for meeting reminders, quiet hours 21:00–08:00). Rows only: nothing is
 * sent. Idempotent: a second run changes nothing.
 */
export async function seedDemoNotifications(
  db: Database,
  programmeId: string,
  people: { peerId: string | null; mentorId: string | null; staffId: string | null },
  now = new Date(),
): Promise<void> {
  await db.withProgramme(programmeId, async (tx) => {
    await lockTransaction(tx, 'seed-demo-notifications');
    const [existing] = await tx.select({ n: count() }).from(notification);
    if (Number(existing?.n ?? 0) > 0) return;
    const rows: {
      personId: string | null;
      kind: NotificationKind;
      link: string;
      hoursAgo: number;
      read: boolean;
    }[] = [
      {
        personId: people.peerId,
        kind: 'meeting.reminder',
        link: '/min-side/makker',
        hoursAgo: 30,
        read: true,
      },
      {
        personId: people.peerId,
        kind: 'event.update',
        link: '/min-side/faellesskab',
        hoursAgo: 5,
        read: false,
      },
      {
        personId: people.mentorId,
        kind: 'meeting.reminder',
        link: '/min-side/makker',
        hoursAgo: 30,
        read: true,
      },
      { personId: people.mentorId, kind: 'group.post', link: '/min-side', hoursAgo: 2, read: false },
      { personId: people.staffId, kind: 'event.update', link: '/faellesskab', hoursAgo: 26, read: true },
    ];
    for (const r of rows) {
      if (!r.personId) continue;
      const at = new Date(now.getTime() - r.hoursAgo * HOUR);
      await tx.insert(notification).values({
        programmeId,
        personId: r.personId,
        kind: r.kind,
        link: r.link,
        inApp: true,
        createdAt: at,
        readAt: r.read ? new Date(at.getTime() + HOUR) : null,
      });
    }
    if (!people.peerId) return;
    const [setting] = await tx
      .select({ p: notificationSetting.personId })
      .from(notificationSetting)
      .where(eq(notificationSetting.personId, people.peerId));
    if (setting) return;
    await tx.insert(notificationSetting).values({
      programmeId,
      personId: people.peerId,
      quietFrom: '21:00',
      quietTo: '08:00',
      digest: false,
      phone: '+4520304050',
    });
    await tx.insert(notificationPreference).values([
      { programmeId, personId: people.peerId, kind: 'meeting.reminder', channel: 'sms', enabled: true },
      { programmeId, personId: people.peerId, kind: 'mentorship.slip', channel: 'sms', enabled: true },
    ]);
  });
}
