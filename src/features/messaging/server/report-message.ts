import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../server/errors.ts';
import { recordAuditForEach } from '../../audit/server/index.ts';
import type { ReportMessageRequest } from '../messaging.contract.ts';
import { sealReason } from './message-text.ts';
import { pairMessage, pairMessageReport } from './messaging.table.ts';
import { type ThreadDeps, withOwnThread } from './own-thread.ts';

/**
 * One of the pair reports a message from their partner, with an optional reason: from then on
 * staff can read that message (and only that one) in their queue. Allowed after the pair has
 * closed too, while the thread exists. Once per message.
 */
export async function reportMessage(
  deps: ThreadDeps & { messageId: string; request: ReportMessageRequest },
): Promise<{ id: string }> {
  return withOwnThread(deps, 'own.report', async (tx, { pair, userId, granting }) => {
    const [message] = await tx
      .select({ id: pairMessage.id, senderId: pairMessage.senderId })
      .from(pairMessage)
      .where(and(eq(pairMessage.id, deps.messageId), eq(pairMessage.mentorshipId, pair.id)));
    if (!message) throw new AppError('MESSAGE_NOT_FOUND');
    if (message.senderId === userId) throw new AppError('MESSAGE_NOT_REPORTABLE');
    const id = crypto.randomUUID();
    const inserted = await tx
      .insert(pairMessageReport)
      .values({
        id,
        programmeId: deps.programmeId,
        messageId: message.id,
        reporterId: userId,
        reasonSealed: sealReason(id, deps.request.reason?.trim() ?? ''),
        reportedAt: deps.now ?? new Date(),
      })
      .onConflictDoNothing()
      .returning({ id: pairMessageReport.id });
    if (inserted.length === 0) throw new AppError('MESSAGE_NOT_REPORTABLE');
    await recordAuditForEach(
      tx,
      {
        actorId: userId,
        actorRole: granting.join(','),
        action: 'create',
        programmeId: deps.programmeId,
        purpose: 'POST /api/programmes/:programmeId/mentorships/:mentorshipId/messages/:messageId/report',
        requestId: deps.requestId ?? null,
        details: { mentorshipId: pair.id, messageId: message.id },
      },
      [message.senderId, userId],
    );
    return { id };
  });
}
