/**
 * Who is in a pair and where it stands, for features that hang something on a pair (the pair's
 * messages): they get ids and the state, never the course's details. In the caller's programme
 * transaction; the caller authorises.
 */
import { and, desc, eq, inArray, lt, max, or } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import type { MentorshipState } from '../mentorship-states.ts';
import { mentorship, mentorshipEvent } from './mentorships.table.ts';

export interface PairFacts {
  id: string;
  programmeId: string;
  peerId: string | null;
  mentorId: string | null;
  state: MentorshipState;
}

/** The pair of that id in the transaction's programme, or null. */
export async function findPair(tx: Tx, mentorshipId: string): Promise<PairFacts | null> {
  const [row] = await tx
    .select({
      id: mentorship.id,
      programmeId: mentorship.programmeId,
      peerId: mentorship.peerId,
      mentorId: mentorship.mentorId,
      state: mentorship.state,
    })
    .from(mentorship)
    .where(eq(mentorship.id, mentorshipId));
  return row ?? null;
}

/** The pairs of the given ids (all when none are given) in the transaction's programme. */
export async function findPairs(tx: Tx, mentorshipIds?: readonly string[]): Promise<PairFacts[]> {
  if (mentorshipIds?.length === 0) return [];
  return tx
    .select({
      id: mentorship.id,
      programmeId: mentorship.programmeId,
      peerId: mentorship.peerId,
      mentorId: mentorship.mentorId,
      state: mentorship.state,
    })
    .from(mentorship)
    .where(mentorshipIds ? inArray(mentorship.id, [...mentorshipIds]) : undefined)
    .orderBy(desc(mentorship.startDate), mentorship.id);
}

/** Every pair of the transaction's programme that the person is (or was) in, newest first. */
export async function findPairsOfPerson(tx: Tx, userId: string): Promise<PairFacts[]> {
  return tx
    .select({
      id: mentorship.id,
      programmeId: mentorship.programmeId,
      peerId: mentorship.peerId,
      mentorId: mentorship.mentorId,
      state: mentorship.state,
    })
    .from(mentorship)
    .where(or(eq(mentorship.peerId, userId), eq(mentorship.mentorId, userId)))
    .orderBy(desc(mentorship.startDate), desc(mentorship.createdAt));
}

/** The ids of the programme's pairs that were closed before `cutoff` (by the step that closed them). */
export async function pairsClosedBefore(tx: Tx, cutoff: Date): Promise<string[]> {
  const rows = await tx
    .select({ id: mentorship.id })
    .from(mentorship)
    .innerJoin(mentorshipEvent, eq(mentorshipEvent.mentorshipId, mentorship.id))
    .where(and(eq(mentorship.state, 'closed'), eq(mentorshipEvent.toState, 'closed')))
    .groupBy(mentorship.id)
    .having(lt(max(mentorshipEvent.at), cutoff));
  return rows.map((r) => r.id);
}
