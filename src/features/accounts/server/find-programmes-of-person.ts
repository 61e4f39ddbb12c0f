import { and, eq, inArray } from 'drizzle-orm';
import type { Role } from '../../../server/access.ts';
import { type Database, setUser } from '../../../server/db.ts';
import { membership } from './membership.table.ts';

/**
 * The programmes in which the person holds any of `roles`, read from the database now (not from
 * a session's cached roles): for checks that run outside a request, such as the realtime hub's.
 */
export async function findProgrammesOfPerson(
  db: Database,
  userId: string,
  roles: readonly Role[],
): Promise<string[]> {
  return db.transaction(async (tx) => {
    await setUser(tx, userId);
    const rows = await tx
      .selectDistinct({ programmeId: membership.programmeId })
      .from(membership)
      .where(and(eq(membership.userId, userId), inArray(membership.role, [...roles])));
    return rows.map((r) => r.programmeId);
  });
}
