import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { application, applicationConsent } from './intake.table.ts';

/**
 * Whether the person (through an application that followed them into their account, decision
 * 036) holds a consent with this key that they have not withdrawn, in the programme of the
 * caller's transaction: for other features that act only with consent (the evaluation tells
 * staff about a low well-being score only then).
 */
export async function hasGivenConsent(tx: Tx, userId: string, key: string): Promise<boolean> {
  const [row] = await tx
    .select({ key: applicationConsent.key })
    .from(applicationConsent)
    .innerJoin(application, eq(application.id, applicationConsent.applicationId))
    .where(
      and(
        eq(application.userId, userId),
        eq(applicationConsent.key, key),
        isNull(applicationConsent.withdrawnAt),
      ),
    )
    .limit(1);
  return Boolean(row);
}
