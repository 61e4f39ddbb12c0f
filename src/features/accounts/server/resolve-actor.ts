import type { IncomingHttpHeaders } from 'node:http';
import { fromNodeHeaders } from 'better-auth/node';
import { eq } from 'drizzle-orm';
import { type Actor, anonymous, type Role } from '../../../server/access.ts';
import { type Database, setUser } from '../../../server/db.ts';
import type { Auth } from './auth.ts';
import { membership } from './membership.table.ts';

/** Who is calling: the session's user with their roles per programme, or anonymous. */
export async function resolveActor(options: {
  auth: Auth;
  db: Database;
  headers: IncomingHttpHeaders;
}): Promise<Actor> {
  const session = await options.auth.api.getSession({ headers: fromNodeHeaders(options.headers) });
  if (!session) return anonymous;
  const userId = session.user.id;
  const rows = await options.db.transaction(async (tx) => {
    await setUser(tx, userId);
    return tx
      .select({ programmeId: membership.programmeId, role: membership.role })
      .from(membership)
      .where(eq(membership.userId, userId));
  });
  const roles: Record<string, Role[]> = {};
  for (const row of rows) (roles[row.programmeId] ??= []).push(row.role);
  return {
    type: 'user',
    userId,
    roles,
    twoFactorEnabled: Boolean((session.user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled),
  };
}
