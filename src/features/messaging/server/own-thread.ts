/**
 * The one way into a thread: the caller's roles allow the action, and the caller is one of the
 * pair (anyone else, staff and admins included, gets MENTORSHIP_NOT_FOUND so that a pair's
 * existence does not leak), in a programme transaction.
 */
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { findPair, type PairFacts } from '../../mentorships/server/index.ts';
import { WRITABLE_STATES } from '../messaging.contract.ts';
import { authorize, type MessagingAction } from './messaging.policy.ts';

export interface ThreadDeps {
  db: Database;
  actor: Actor;
  programmeId: string;
  mentorshipId: string;
  requestId?: string | undefined;
  now?: Date;
}

export interface OwnThread {
  pair: PairFacts;
  userId: string;
  partnerId: string | null;
  granting: string[];
}

/** Whether the pair may still write (decision 048: until the mentorship closes). */
export const isWritable = (pair: PairFacts) => (WRITABLE_STATES as readonly string[]).includes(pair.state);

export async function withOwnThread<T>(
  deps: ThreadDeps,
  action: MessagingAction,
  work: (tx: Tx, thread: OwnThread) => Promise<T>,
): Promise<T> {
  const granting = authorize(deps.actor, action, deps);
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const pair = await findPair(tx, deps.mentorshipId);
    if (!pair || (pair.peerId !== userId && pair.mentorId !== userId)) {
      throw new AppError('MENTORSHIP_NOT_FOUND');
    }
    const partnerId = pair.peerId === userId ? pair.mentorId : pair.peerId;
    return work(tx, { pair, userId, partnerId, granting });
  });
}
