import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Role } from '../../../server/access.ts';
import type { Tx } from '../../../server/db.ts';
import { appUser } from './auth.table.ts';
import { membership } from './membership.table.ts';

/**
 * The people holding any of `roles` in the programme of the caller's transaction (or only the
 * given ones of them), by name: for other features that pick people by role (cohort leads and
 * members). The caller authorises and audits.
 */
export async function findPeopleWithRole(
  tx: Tx,
  programmeId: string,
  roles: readonly Role[],
  ids?: readonly string[],
): Promise<{ id: string; name: string; role: Role }[]> {
  if (ids?.length === 0) return [];
  return tx
    .selectDistinct({ id: appUser.id, name: appUser.name, role: membership.role })
    .from(membership)
    .innerJoin(appUser, eq(appUser.id, membership.userId))
    .where(
      and(
        eq(membership.programmeId, programmeId),
        inArray(membership.role, [...roles]),
        ids ? inArray(membership.userId, [...ids]) : undefined,
      ),
    )
    .orderBy(asc(appUser.name), asc(appUser.id));
}
