import { and, count, eq, gt } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAuditForEach } from '../../audit/server/index.ts';
import type { PairMessage, SendMessageRequest } from '../messaging.contract.ts';
import { sealMessage } from './message-text.ts';
import { pairMessage } from './messaging.table.ts';
import { isWritable, type ThreadDeps, withOwnThread } from './own-thread.ts';
import { type PairThreadLive, pairThreadTopic } from './pair-thread-topic.ts';

/** At most this many messages a minute per person (a person typing never meets it; a script does). */
export const MESSAGES_PER_MINUTE = 10;

/** What the app composes around a sent message: the notifications seam (decision 048). */
export type OnMessageSent = (
  tx: Tx,
  message: { programmeId: string; recipientId: string; mentorshipId: string },
) => Promise<void>;

export interface SendMessageDeps extends ThreadDeps {
  request: SendMessageRequest;
  live: PairThreadLive;
  onMessageSent?: OnMessageSent | undefined;
}

/**
 * Sends a message in the caller's own pair's thread while the pair has not closed: stored
 * encrypted, audited for both of the pair, and announced (ids only) to the thread's topic and
 * to the partner through `onMessageSent`, all when the transaction commits.
 */
export async function sendMessage(deps: SendMessageDeps): Promise<PairMessage> {
  return withOwnThread(deps, 'own.write', async (tx, { pair, userId, partnerId, granting }) => {
    if (!isWritable(pair)) throw new AppError('MESSAGE_THREAD_CLOSED');
    const now = deps.now ?? new Date();
    const [recent] = await tx
      .select({ n: count() })
      .from(pairMessage)
      .where(and(eq(pairMessage.senderId, userId), gt(pairMessage.sentAt, new Date(now.getTime() - 60_000))));
    if (Number(recent?.n ?? 0) >= MESSAGES_PER_MINUTE) throw new AppError('MESSAGES_TOO_FAST');
    const id = crypto.randomUUID();
    const text = deps.request.text.trim();
    await tx.insert(pairMessage).values({
      id,
      programmeId: deps.programmeId,
      mentorshipId: pair.id,
      senderId: userId,
      textSealed: sealMessage(id, text),
      sentAt: now,
    });
    await recordAuditForEach(
      tx,
      {
        actorId: userId,
        actorRole: granting.join(','),
        action: 'create',
        programmeId: deps.programmeId,
        purpose: 'POST /api/programmes/:programmeId/mentorships/:mentorshipId/messages',
        requestId: deps.requestId ?? null,
        details: { mentorshipId: pair.id },
      },
      [pair.peerId, pair.mentorId],
    );
    await deps.live.publish(tx, pairThreadTopic(pair.id), { kind: 'pair.message', id });
    if (partnerId && deps.onMessageSent) {
      await deps.onMessageSent(tx, {
        programmeId: deps.programmeId,
        recipientId: partnerId,
        mentorshipId: pair.id,
      });
    }
    return { id, from: 'me', text, sentAt: now.toISOString(), reportedByMe: false };
  });
}
