import type { Tx } from '../../../server/db.ts';

/**
 * How many active mentorships each mentor has, in the caller's programme transaction: the seam a
 * mentorship feature plugs into (composed in src/app/server.ts), so matching never reads its
 * tables. A mentor's places in a round are the programme's capacity minus this count minus their
 * approved proposals.
 */
export type ActiveMentorships = (tx: Tx, mentorIds: readonly string[]) => Promise<Map<string, number>>;

/** Until mentorships exist (issue #7 point 7 and the mentorship feature): nobody has one. */
export const noMentorshipsYet: ActiveMentorships = async (_tx, mentorIds) =>
  new Map(mentorIds.map((id) => [id, 0]));
