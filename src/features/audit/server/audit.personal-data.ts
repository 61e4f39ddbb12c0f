import { desc, eq, or } from 'drizzle-orm';
import type { PersonalDataPart } from '../../../server/personal-data.ts';
import { auditEvent } from './audit-event.table.ts';

/**
 * The audit trail about a person is part of their export (who has seen and changed their data).
 * It is retained on erasure: logging access to health data is a legal duty, the rows hold ids
 * only (no names, contact details or free text), and once the account is erased those ids point
 * at nobody. Deleting them would also break the hash chain that proves the trail is complete.
 */
export const auditPersonalData: PersonalDataPart = {
  name: 'audit',
  tables: [
    {
      table: auditEvent,
      erasure: 'retain',
      retention:
        'Logging of access to health data (GDPR art. 17(3)(b) and 32); ids only, pseudonymous after the account is erased.',
    },
  ],
  async export(tx, subject) {
    const rows = await tx
      .select({
        at: auditEvent.occurredAt,
        action: auditEvent.action,
        actorRole: auditEvent.actorRole,
        purpose: auditEvent.purpose,
        byThemselves: eq(auditEvent.actorId, subject.userId),
      })
      .from(auditEvent)
      .where(or(eq(auditEvent.subjectId, subject.userId), eq(auditEvent.actorId, subject.userId)))
      .orderBy(desc(auditEvent.seq))
      .limit(10_000);
    return {
      events: rows.map((r) => ({
        at: r.at.toISOString(),
        action: r.action,
        actorRole: r.actorRole,
        purpose: r.purpose,
        byThemselves: Boolean(r.byThemselves),
      })),
    };
  },
  async erase() {
    // Retained, see above.
  },
};
