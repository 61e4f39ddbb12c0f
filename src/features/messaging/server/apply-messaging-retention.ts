import { inArray } from 'drizzle-orm';
import type { Database } from '../../../server/db.ts';
import { recordAudit } from '../../audit/server/index.ts';
import { pairsClosedBefore } from '../../mentorships/server/index.ts';
import { programme } from '../../programmes/server/index.ts';
import { THREAD_RETENTION_DAYS } from '../messaging.contract.ts';
import { pairMessage } from './messaging.table.ts';

const DAY = 86_400_000;

export { THREAD_RETENTION_DAYS };

/**
 * The daily `messaging.retention` job: per programme, deletes the threads (messages and their
 * reports) of pairs closed more than THREAD_RETENTION_DAYS ago, with one audit record per thread.
 */
export async function applyMessagingRetention(
  db: Database,
  now = new Date(),
): Promise<{ threadsDeleted: number; messagesDeleted: number }> {
  const programmes = await db.db.select({ id: programme.id }).from(programme);
  let threadsDeleted = 0;
  let messagesDeleted = 0;
  for (const { id: programmeId } of programmes) {
    await db.withProgramme(programmeId, async (tx) => {
      const closed = await pairsClosedBefore(tx, new Date(now.getTime() - THREAD_RETENTION_DAYS * DAY));
      if (closed.length === 0) return;
      const deleted = await tx
        .delete(pairMessage)
        .where(inArray(pairMessage.mentorshipId, closed))
        .returning({ mentorshipId: pairMessage.mentorshipId });
      const threads = [...new Set(deleted.map((d) => d.mentorshipId))];
      for (const mentorshipId of threads) {
        await recordAudit(tx, {
          actorId: null,
          actorRole: 'system',
          action: 'delete',
          subjectId: null,
          programmeId,
          purpose: "retention: a closed pair's messages",
          details: {
            mentorshipId,
            messages: deleted.filter((d) => d.mentorshipId === mentorshipId).length,
            retentionDays: THREAD_RETENTION_DAYS,
          },
        });
      }
      threadsDeleted += threads.length;
      messagesDeleted += deleted.length;
    });
  }
  return { threadsDeleted, messagesDeleted };
}
