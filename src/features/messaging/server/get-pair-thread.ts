import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import { findPairsOfPerson } from '../../mentorships/server/index.ts';
import type { MyThreads, PairThread } from '../messaging.contract.ts';
import { openMessage } from './message-text.ts';
import { authorize } from './messaging.policy.ts';
import { pairMessage, pairMessageReport } from './messaging.table.ts';
import { isWritable, type ThreadDeps, withOwnThread } from './own-thread.ts';

/** How many of the newest messages the thread shows. */
export const THREAD_SHOWN = 200;

/**
 * The pair's thread as one of its two people sees it: the newest messages, oldest first, each
 * "mine" or "my partner's". Their own reading is not audited (as their pair page, decision 038).
 */
export async function getPairThread(deps: ThreadDeps): Promise<PairThread> {
  return withOwnThread(deps, 'own.read', async (tx, { pair, userId }) => {
    const rows = await tx
      .select()
      .from(pairMessage)
      .where(eq(pairMessage.mentorshipId, pair.id))
      .orderBy(desc(pairMessage.sentAt), desc(pairMessage.id))
      .limit(THREAD_SHOWN);
    const reported = rows.length
      ? await tx
          .select({ messageId: pairMessageReport.messageId })
          .from(pairMessageReport)
          .where(
            and(
              inArray(
                pairMessageReport.messageId,
                rows.map((r) => r.id),
              ),
              eq(pairMessageReport.reporterId, userId),
            ),
          )
      : [];
    const reportedIds = new Set(reported.map((r) => r.messageId));
    return {
      mentorshipId: pair.id,
      writable: isWritable(pair),
      messages: rows.reverse().map((row) => ({
        id: row.id,
        from: row.senderId === userId ? 'me' : 'partner',
        text: openMessage(row),
        sentAt: row.sentAt.toISOString(),
        reportedByMe: reportedIds.has(row.id),
      })),
    };
  });
}

/** The caller's threads in the programme: every pair they are or were in, newest first. */
export async function listMyThreads(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
}): Promise<MyThreads> {
  authorize(deps.actor, 'own.read', deps);
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const pairs = (await findPairsOfPerson(tx, userId)).filter((p) => p.state !== 'proposed');
    if (pairs.length === 0) return { threads: [] };
    const counts = await tx
      .select({ mentorshipId: pairMessage.mentorshipId, n: count() })
      .from(pairMessage)
      .where(
        inArray(
          pairMessage.mentorshipId,
          pairs.map((p) => p.id),
        ),
      )
      .groupBy(pairMessage.mentorshipId);
    const partnerIds = pairs
      .map((p) => (p.peerId === userId ? p.mentorId : p.peerId))
      .filter((id): id is string => id !== null);
    const partners = await findPeopleWithRole(tx, deps.programmeId, ['peer', 'mentor'], partnerIds);
    const threads = pairs
      .map((p) => {
        const partnerId = p.peerId === userId ? p.mentorId : p.peerId;
        return {
          mentorshipId: p.id,
          partnerName: partners.find((x) => x.id === partnerId)?.name ?? null,
          writable: isWritable(p),
          messageCount: Number(counts.find((c) => c.mentorshipId === p.id)?.n ?? 0),
        };
      })
      // A closed pair's thread is listed while it still holds messages (until retention).
      .filter((t) => t.writable || t.messageCount > 0);
    return { threads };
  });
}
