import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db.ts';
import { recordAudit } from '../../audit/server/index.ts';
import { appUser } from './auth.table.ts';

/**
 * A failed password login goes in the audit trail of the account it was for, so the person can
 * see it. Attempts on unknown addresses are not recorded: the address itself would be personal
 * data about someone who is not a user.
 */
export async function recordFailedLogin(db: Database, email: unknown, requestId: string): Promise<void> {
  if (typeof email !== 'string' || email.length > 320) return;
  const [user] = await db.db
    .select({ id: appUser.id })
    .from(appUser)
    .where(eq(appUser.email, email.toLowerCase()));
  if (!user) return;
  await db.transaction((tx) =>
    recordAudit(tx, {
      actorId: null,
      actorRole: 'anonymous',
      action: 'login-failed',
      subjectId: user.id,
      programmeId: null,
      purpose: 'auth /sign-in/email',
      requestId,
    }),
  );
}
