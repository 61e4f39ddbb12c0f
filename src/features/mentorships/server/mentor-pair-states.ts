import { and, inArray } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import type { MentorshipState } from '../mentorship-states.ts';
import { mentorship } from './mentorships.table.ts';

/** Where a mentor stands with peers: in a running pair, only in paused ones, or in none. */
export type MentorPairing = 'matched' | 'paused';

/**
 * For each of `mentorIds` that has a pair under way in the programme of `tx`: 'matched' when at
 * least one pair is active or ending, else 'paused' when one is paused. Mentors with only
 * proposed or closed pairs (or none) are absent: they are still waiting. For the training
 * feature's cohort figures (issue #6 point 8).
 */
export async function mentorPairings(
  tx: Tx,
  mentorIds: readonly string[],
): Promise<Map<string, MentorPairing>> {
  if (mentorIds.length === 0) return new Map();
  const states: MentorshipState[] = ['active', 'ending', 'paused'];
  const rows = await tx
    .select({ mentorId: mentorship.mentorId, state: mentorship.state })
    .from(mentorship)
    .where(and(inArray(mentorship.state, states), inArray(mentorship.mentorId, [...mentorIds])));
  const result = new Map<string, MentorPairing>();
  for (const { mentorId, state } of rows) {
    if (!mentorId) continue;
    if (state !== 'paused') result.set(mentorId, 'matched');
    else if (!result.has(mentorId)) result.set(mentorId, 'paused');
  }
  return result;
}
