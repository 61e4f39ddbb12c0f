import type { Tx } from '../../../server/db.ts';
import type { AuditAction } from '../audit.contract.ts';
import { auditEvent } from './audit-event.table.ts';

export interface AuditEventInput {
  /** The user who acted; null for the system or an anonymous caller. */
  actorId: string | null;
  actorRole: string;
  action: AuditAction;
  /** The person whose data it is. */
  subjectId: string | null;
  programmeId: string | null;
  /** Why: the operation (e.g. `GET /api/people/:id`) or a named purpose. */
  purpose: string;
  requestId?: string | null;
  /** Ids and counts only: never names, contact details or free text. */
  details?: Record<string, string | number | boolean | null>;
}

/**
 * Writes an audit record in the caller's transaction, so the action and its record commit or
 * fail together: if the record cannot be written, the request fails.
 */
export async function recordAudit(tx: Tx, event: AuditEventInput): Promise<void> {
  await tx.insert(auditEvent).values({
    actorId: event.actorId,
    actorRole: event.actorRole,
    action: event.action,
    subjectId: event.subjectId,
    programmeId: event.programmeId,
    purpose: event.purpose,
    requestId: event.requestId ?? null,
    details: event.details ?? {},
  });
}

/** Rows per INSERT when one action touched many people (a staff list of every pair). */
const BATCH = 500;

/**
 * One record per distinct person whose data the action touched, so each sees it in their trail.
 * Written as multi-row inserts: the chain trigger runs per row and sees the rows before it in
 * the same statement, so the chain is the same as with one insert per person, at a fraction of
 * the round trips.
 */
export async function recordAuditForEach(
  tx: Tx,
  event: Omit<AuditEventInput, 'subjectId'>,
  subjectIds: Iterable<string | null>,
): Promise<void> {
  const subjects = [...new Set(subjectIds)].filter((id): id is string => id !== null);
  for (let start = 0; start < subjects.length; start += BATCH) {
    await tx.insert(auditEvent).values(
      subjects.slice(start, start + BATCH).map((subjectId) => ({
        actorId: event.actorId,
        actorRole: event.actorRole,
        action: event.action,
        subjectId,
        programmeId: event.programmeId,
        purpose: event.purpose,
        requestId: event.requestId ?? null,
        details: event.details ?? {},
      })),
    );
  }
}
