import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { fieldContext, openText } from '../../../server/field-encryption.ts';
import type { ApplicationAnswers } from '../intake.contract.ts';
import { application } from './intake.table.ts';

/** What a person's approved application says that can start their matching wishes. */
export interface ApplicationWishes {
  role: 'peer' | 'mentor';
  interests: NonNullable<ApplicationAnswers['interests']>;
  availability: NonNullable<ApplicationAnswers['availability']> | null;
  /** The hopes they wrote, decrypted. */
  hopes: string;
  birthDate: string | null;
}

/**
 * The answers of the person's latest approved application linked to their account (decision
 * 036), in the caller's programme transaction: for the matching feature's first draft of the
 * wishes profile. The caller authorises and audits.
 */
export async function findApplicationWishes(tx: Tx, userId: string): Promise<ApplicationWishes | null> {
  const [row] = await tx
    .select({
      id: application.id,
      role: application.role,
      answers: application.answers,
      hopesSealed: application.hopesSealed,
    })
    .from(application)
    .where(and(eq(application.userId, userId), eq(application.status, 'approved')))
    .orderBy(desc(application.decidedAt))
    .limit(1);
  if (!row) return null;
  return {
    role: row.role,
    interests: row.answers.interests ?? [],
    availability: row.answers.availability ?? null,
    hopes: row.hopesSealed
      ? openText(row.hopesSealed, fieldContext('application', 'hopes_sealed', row.id))
      : '',
    birthDate: row.answers.eligibility?.birthDate ?? null,
  };
}
