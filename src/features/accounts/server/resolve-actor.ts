import type { IncomingHttpHeaders } from 'node:http';
import { fromNodeHeaders } from 'better-auth/node';
import { and, eq, lt, sql } from 'drizzle-orm';
import { type Actor, anonymous, PRIVILEGED_ROLES, type Role } from '../../../server/access.ts';
import { type Database, setUser } from '../../../server/db.ts';
import { recordAudit } from '../../audit/server/index.ts';
import { authSession } from './auth.table.ts';
import type { Auth } from './auth.ts';
import { membership } from './membership.table.ts';

export interface ResolveActorOptions {
  auth: Auth;
  db: Database;
  headers: IncomingHttpHeaders;
  /** Staff, researchers and admins are logged out after this long without a request. */
  privilegedIdleMinutes: number;
  now?: Date;
}

/**
 * Who is calling: the session's user with their roles per programme, or anonymous. A session of
 * someone with a privileged role that has been idle too long is ended here (the person logs in
 * again); others expire through better-auth's sliding expiry (SESSION_IDLE_DAYS).
 */
export async function resolveActor(options: ResolveActorOptions): Promise<Actor> {
  const session = await options.auth.api.getSession({ headers: fromNodeHeaders(options.headers) });
  if (!session) return anonymous;
  const userId = session.user.id;
  const now = options.now ?? new Date();
  const rows = await options.db.transaction(async (tx) => {
    await setUser(tx, userId);
    return tx
      .select({ programmeId: membership.programmeId, role: membership.role })
      .from(membership)
      .where(eq(membership.userId, userId));
  });
  const roles: Record<string, Role[]> = {};
  for (const row of rows) {
    const held = roles[row.programmeId] ?? [];
    held.push(row.role);
    roles[row.programmeId] = held;
  }

  const privileged = rows.some((r) => PRIVILEGED_ROLES.includes(r.role));
  const [activity] = await options.db.db
    .select({ lastActiveAt: authSession.lastActiveAt })
    .from(authSession)
    .where(eq(authSession.id, session.session.id));
  if (!activity) return anonymous;
  const idleMs = now.getTime() - activity.lastActiveAt.getTime();
  if (privileged && idleMs > options.privilegedIdleMinutes * 60_000) {
    await options.db.transaction(async (tx) => {
      await tx.delete(authSession).where(eq(authSession.id, session.session.id));
      await recordAudit(tx, {
        actorId: null,
        actorRole: 'system',
        action: 'logout',
        subjectId: userId,
        programmeId: null,
        purpose: 'idle timeout',
      });
    });
    return anonymous;
  }
  // At most one write a minute per session.
  if (idleMs > 60_000) {
    await options.db.db
      .update(authSession)
      .set({ lastActiveAt: now })
      .where(and(eq(authSession.id, session.session.id), lt(authSession.lastActiveAt, sql`${now}`)));
  }
  return {
    type: 'user',
    userId,
    roles,
    twoFactorEnabled: Boolean((session.user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled),
    loggedInAt: new Date(session.session.createdAt),
  };
}
