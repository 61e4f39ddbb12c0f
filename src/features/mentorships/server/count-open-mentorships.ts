import { and, count, inArray } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import type { MentorshipState } from '../mentorship-states.ts';
import { mentorship } from './mentorships.table.ts';

/** The states in which a pair holds a place: a peer has at most one, a mentor's capacity counts them. */
export const OPEN_STATES: MentorshipState[] = ['proposed', 'active', 'paused'];

/**
 * How many open mentorships (proposed, active or paused — a paused pair keeps its place) each
 * mentor has in the programme of `tx`, for matching's capacity check; mentors without one are
 * absent. `mentorIds` limits the count to those mentors.
 */
export async function openMentorshipCounts(
  tx: Tx,
  mentorIds?: readonly string[],
): Promise<Map<string, number>> {
  if (mentorIds?.length === 0) return new Map();
  const rows = await tx
    .select({ mentorId: mentorship.mentorId, n: count() })
    .from(mentorship)
    .where(
      and(
        inArray(mentorship.state, OPEN_STATES),
        mentorIds ? inArray(mentorship.mentorId, [...mentorIds]) : undefined,
      ),
    )
    .groupBy(mentorship.mentorId);
  return new Map(rows.flatMap((r) => (r.mentorId ? [[r.mentorId, Number(r.n)] as const] : [])));
}

/** Which of `peerIds` have an open mentorship (proposed, active or paused): not waiting for a match. */
export async function peersWithOpenMentorship(tx: Tx, peerIds: readonly string[]): Promise<Set<string>> {
  if (peerIds.length === 0) return new Set();
  const rows = await tx
    .select({ peerId: mentorship.peerId })
    .from(mentorship)
    .where(and(inArray(mentorship.state, OPEN_STATES), inArray(mentorship.peerId, [...peerIds])));
  return new Set(rows.flatMap((r) => (r.peerId ? [r.peerId] : [])));
}
