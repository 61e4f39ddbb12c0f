import { desc, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db.ts';
import { auditEvent } from './audit-event.table.ts';

/** The newest audit records about one person (the caller decides whether they may see them). */
export async function listAuditEventsForSubject(db: Database, subjectId: string, limit = 200) {
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
    .where(eq(auditEvent.subjectId, subjectId))
    .orderBy(desc(auditEvent.seq))
    .limit(limit);
}
