import { and, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { mentorship } from './mentorships.table.ts';

/** Every peer–mentor pair of the programme of `tx`, in any state (the evaluation's cohorts of peers). */
export async function listPairs(tx: Tx): Promise<{ peerId: string; mentorId: string }[]> {
  const rows = await tx
    .select({ peerId: mentorship.peerId, mentorId: mentorship.mentorId })
    .from(mentorship)
    .where(and(isNotNull(mentorship.peerId), isNotNull(mentorship.mentorId)));
  return rows.map((r) => ({ peerId: r.peerId!, mentorId: r.mentorId! }));
}
