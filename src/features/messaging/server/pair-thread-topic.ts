/**
 * The realtime topic of a pair's thread, `pair-thread:<mentorshipId>` (decision 047/048): only
 * the two people of the pair may hear it, read from the database at each check (the hub checks
 * again at every heartbeat, so an erased person stops hearing of it).
 */
import type { Database, Executor } from '../../../server/db.ts';
import type { LiveEvent, TopicCheck } from '../../../server/realtime.ts';
import { findProgrammesOfPerson } from '../../accounts/server/index.ts';
import { findPair } from '../../mentorships/server/index.ts';

export const PAIR_THREAD_TOPIC = 'pair-thread';

/** What sending needs of the realtime hub. */
export interface PairThreadLive {
  publish(exec: Executor, topic: string, event: LiveEvent): Promise<void>;
}

export const pairThreadTopic = (mentorshipId: string) => `${PAIR_THREAD_TOPIC}:${mentorshipId}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The hub's check for `pair-thread:<id>`: the user is the pair's peer or mentor. */
export function pairThreadCheck(db: Database): TopicCheck {
  return async (userId, mentorshipId) => {
    if (!UUID.test(mentorshipId) || !UUID.test(userId)) return false;
    for (const programmeId of await findProgrammesOfPerson(db, userId, ['peer', 'mentor'])) {
      const pair = await db.withProgramme(programmeId, (tx) => findPair(tx, mentorshipId));
      if (pair) return pair.peerId === userId || pair.mentorId === userId;
    }
    return false;
  };
}
