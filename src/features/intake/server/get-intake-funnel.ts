import { eq, ne } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import type { FunnelResponse } from '../intake.contract.ts';
import { authorize } from './intake.policy.ts';
import { application, applicationEvent } from './intake.table.ts';

const DAY = 86_400_000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Counts only (no person is shown, so nothing to audit per person): per role and month of sending,
 * how many applied, met the rules when they sent, had an interview booked, and were approved; and
 * the median days from sending to a decision. Anonymised applications still count.
 */
export async function getIntakeFunnel(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
}): Promise<FunnelResponse> {
  authorize(deps.actor, 'application.list', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const rows = await tx
      .select({
        id: application.id,
        role: application.role,
        status: application.status,
        outcome: application.eligibilityOutcome,
        submittedAt: application.submittedAt,
        decidedAt: application.decidedAt,
      })
      .from(application)
      .where(ne(application.status, 'draft'));
    const interviewed = new Set(
      (
        await tx
          .select({ id: applicationEvent.applicationId })
          .from(applicationEvent)
          .where(eq(applicationEvent.toStatus, 'interview-booked'))
      ).map((r) => r.id),
    );
    const approved = new Set(
      (
        await tx
          .select({ id: applicationEvent.applicationId })
          .from(applicationEvent)
          .where(eq(applicationEvent.toStatus, 'approved'))
      ).map((r) => r.id),
    );
    const byKey = new Map<string, FunnelResponse['months'][number]>();
    const days: Record<'peer' | 'mentor', number[]> = { peer: [], mentor: [] };
    for (const row of rows) {
      if (!row.submittedAt) continue;
      const month = copenhagenDate(row.submittedAt).slice(0, 7);
      const key = `${month}:${row.role}`;
      const entry = byKey.get(key) ?? {
        month,
        role: row.role,
        applied: 0,
        eligible: 0,
        interviewed: 0,
        approved: 0,
      };
      entry.applied++;
      if (row.outcome === 'eligible') entry.eligible++;
      if (interviewed.has(row.id)) entry.interviewed++;
      if (approved.has(row.id) || row.status === 'approved') entry.approved++;
      byKey.set(key, entry);
      if (row.decidedAt)
        days[row.role].push(Math.floor((row.decidedAt.getTime() - row.submittedAt.getTime()) / DAY));
    }
    const months = [...byKey.values()].sort(
      (a, b) => b.month.localeCompare(a.month) || a.role.localeCompare(b.role),
    );
    return { months, medianDaysToDecision: { peer: median(days.peer), mentor: median(days.mentor) } };
  });
}
