import { and, isNull, lt, or } from 'drizzle-orm';
import type { Database } from '../../../server/db.ts';
import { programme } from '../../programmes/server/index.ts';
import { invitation } from './invitation.table.ts';

/** Days an invitation that was never accepted is kept after it expired or was withdrawn. */
export const UNACCEPTED_INVITATION_DAYS = 30;

/**
 * The daily `invitations.purge` job: invitations nobody accepted hold a name and an e-mail or
 * phone number of someone who never joined; a month after they expired or were withdrawn they
 * go. Accepted invitations stay as the record of who invited whom, until that person is erased.
 */
export async function purgeInvitations(db: Database, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - UNACCEPTED_INVITATION_DAYS * 86_400_000);
  const programmes = await db.db.select({ id: programme.id }).from(programme);
  let purged = 0;
  for (const { id } of programmes) {
    const removed = await db.withProgramme(id, (tx) =>
      tx
        .delete(invitation)
        .where(
          and(
            isNull(invitation.acceptedAt),
            or(lt(invitation.expiresAt, cutoff), lt(invitation.revokedAt, cutoff)),
          ),
        )
        .returning({ id: invitation.id }),
    );
    purged += removed.length;
  }
  return purged;
}
