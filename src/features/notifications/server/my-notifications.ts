/** A person's own in-app list: the newest first, the unread count, marking read. */
import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import type { MarkReadRequest, MyNotifications, NotificationKind } from '../notifications.contract.ts';
import { KIND_NAMES } from '../notifications.contract.ts';
import { authorize } from './notifications.policy.ts';
import { notification } from './notifications.table.ts';

const LIST_LIMIT = 50;

interface Deps {
  db: Database;
  actor: Actor;
  programmeId: string;
}

const mineShown = (userId: string) => and(eq(notification.personId, userId), eq(notification.inApp, true));

/** The caller's notifications in a programme (at most the newest 50) and how many are unread. */
export async function listMyNotifications(deps: Deps): Promise<MyNotifications> {
  authorize(deps.actor, 'own.read', deps);
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const rows = await tx
      .select()
      .from(notification)
      .where(and(mineShown(userId), inArray(notification.kind, KIND_NAMES)))
      .orderBy(desc(notification.createdAt), desc(notification.id))
      .limit(LIST_LIMIT);
    const [unread] = await tx
      .select({ n: count() })
      .from(notification)
      .where(and(mineShown(userId), isNull(notification.readAt)));
    return {
      unread: Number(unread?.n ?? 0),
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind as NotificationKind,
        link: r.link,
        createdAt: r.createdAt.toISOString(),
        read: r.readAt !== null,
      })),
    };
  });
}

/** Marks the given notifications of the caller read (all of them without ids); returns the list. */
export async function markNotificationsRead(
  deps: Deps & { request: MarkReadRequest; now?: Date },
): Promise<MyNotifications> {
  authorize(deps.actor, 'own.read', deps);
  const { userId } = requireUser(deps.actor);
  await deps.db.withProgramme(deps.programmeId, (tx) =>
    tx
      .update(notification)
      .set({ readAt: deps.now ?? new Date() })
      .where(
        and(
          mineShown(userId),
          isNull(notification.readAt),
          deps.request.ids ? inArray(notification.id, deps.request.ids) : undefined,
        ),
      ),
  );
  return listMyNotifications(deps);
}

/** The caller's unread count over all their programmes: the number beside the menu's bell. */
export async function countMyUnread(deps: { db: Database; actor: Actor }): Promise<{ unread: number }> {
  const user = requireUser(deps.actor);
  authorize(deps.actor, 'me.unread', { ownerIds: [user.userId] });
  let unread = 0;
  for (const programmeId of Object.keys(user.roles)) {
    if ((user.roles[programmeId] ?? []).length === 0) continue;
    unread += await deps.db.withProgramme(programmeId, async (tx) => {
      const [row] = await tx
        .select({ n: count() })
        .from(notification)
        .where(and(mineShown(user.userId), isNull(notification.readAt)));
      return Number(row?.n ?? 0);
    });
  }
  return { unread };
}
