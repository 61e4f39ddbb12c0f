import { and, asc, count, eq, ilike, ne, or, type SQL } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { recordAudit } from '../../audit/server/index.ts';
import type { ApplicantRole } from '../eligibility.contract.ts';
import type { ApplicationStatus, ApplicationSummary } from '../intake.contract.ts';
import { authorize } from './intake.policy.ts';
import { application } from './intake.table.ts';

const DAY = 86_400_000;

/** `%` and `_` in a search are letters, not patterns. */
function likeTerm(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Staff's queue: sent applications (drafts are the applicants' own until sent), oldest first so
 * nobody waits longest, filtered by role, status, eligibility and a search in name, e-mail and
 * phone; with counts per status for the role. Each application shown is an audited read.
 */
export async function listApplications(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  filter: {
    role?: ApplicantRole;
    status?: ApplicationStatus;
    eligibility?: 'eligible' | 'not-eligible' | 'incomplete';
    q?: string;
  };
  requestId?: string;
  now?: Date;
}): Promise<{ applications: ApplicationSummary[]; counts: Record<string, number> }> {
  const granting = authorize(deps.actor, 'application.list', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  const now = deps.now ?? new Date();
  const { role, status, eligibility, q } = deps.filter;
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const conditions: (SQL | undefined)[] = [
      ne(application.status, 'draft'),
      role ? eq(application.role, role) : undefined,
      status ? eq(application.status, status) : undefined,
      eligibility ? eq(application.eligibilityOutcome, eligibility) : undefined,
      q
        ? or(
            ilike(application.name, likeTerm(q)),
            ilike(application.email, likeTerm(q)),
            ilike(application.phone, likeTerm(q)),
          )
        : undefined,
    ];
    const rows = await tx
      .select()
      .from(application)
      .where(and(...conditions))
      .orderBy(asc(application.submittedAt))
      .limit(500);
    const perStatus = await tx
      .select({ status: application.status, n: count() })
      .from(application)
      .where(and(ne(application.status, 'draft'), role ? eq(application.role, role) : undefined))
      .groupBy(application.status);
    for (const row of rows) {
      await recordAudit(tx, {
        actorId: actor.userId,
        actorRole: granting.join(','),
        action: q ? 'search' : 'read',
        subjectId: row.id,
        programmeId: deps.programmeId,
        purpose: 'GET /api/programmes/:programmeId/applications',
        requestId: deps.requestId ?? null,
      });
    }
    return {
      applications: rows.map((row) => ({
        id: row.id,
        role: row.role,
        status: row.status,
        name: row.name ?? '',
        eligibility: row.eligibilityOutcome ?? 'incomplete',
        submittedAt: (row.submittedAt ?? row.createdAt).toISOString(),
        ageDays: Math.floor((now.getTime() - (row.submittedAt ?? row.createdAt).getTime()) / DAY),
        municipalityCode: row.municipalityCode,
      })),
      counts: Object.fromEntries(perStatus.map((s) => [s.status, s.n])),
    };
  });
}
