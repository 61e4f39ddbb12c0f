import type { Tx } from '../../../server/db.ts';

/**
 * What matching needs to know of the pairs already under way, in the caller's programme
 * transaction: the seam the mentorships feature plugs into (composed in src/app/server.ts), so
 * matching never reads its tables.
 */
export interface ActiveMentorships {
  /**
   * How many open mentorships each of `mentorIds` has: a mentor's places in a round are the
   * programme's capacity minus this count minus their approved proposals.
   */
  countsOfMentors(tx: Tx, mentorIds: readonly string[]): Promise<Map<string, number>>;
  /** Which of `peerIds` already have a mentorship under way: they are not waiting for a match. */
  peersInPairs(tx: Tx, peerIds: readonly string[]): Promise<Set<string>>;
}

/** Nobody has a mentorship (tests of matching on its own). */
export const noMentorshipsYet: ActiveMentorships = {
  countsOfMentors: async (_tx, mentorIds) => new Map(mentorIds.map((id) => [id, 0])),
  peersInPairs: async () => new Set(),
};
