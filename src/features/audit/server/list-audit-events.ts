import { desc, inArray } from 'drizzle-orm';
import type { Database } from '../../../server/db.ts';
import { auditEvent } from './audit-event.table.ts';

/**
 * The newest audit records about one person, by every id that stands for them (their account,
 * their applications …); the caller decides whether they may see them.
 */
export async function listAuditEventsForSubject(db: Database, subjectIds: readonly string[], limit = 200) {
  if (subjectIds.length === 0) return [];
  return db.db
    .select({
      seq: auditEvent.seq,
      occurredAt: auditEvent.occurredAt,
      actorId: auditEvent.actorId,
      actorRole: auditEvent.actorRole,
      action: auditEvent.action,
      purpose: auditEvent.purpose,
    })
    .from(auditEvent)
    .where(inArray(auditEvent.subjectId, [...subjectIds]))
    .orderBy(desc(auditEvent.seq))
    .limit(limit);
}
