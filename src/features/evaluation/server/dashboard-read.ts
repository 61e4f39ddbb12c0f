/**
 * The dashboard and the report, for staff and researchers (decision 046): computed on the server
 * from the raw answers each time; aggregated, with cells under 5 suppressed, so one audit record
 * says who read which aggregate (no data subject: no single person's data is shown).
 */
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../audit/server/index.ts';
import { findProgrammeById } from '../../programmes/server/index.ts';
import type { Dashboard, DashboardQuery } from '../dashboard.contract.ts';
import type { RespondentRole } from '../questionnaire.contract.ts';
import { computeDashboard } from './dashboard-compute.ts';
import { type EvaluationData, loadEvaluationData, recordsFor } from './dashboard-data.ts';
import { authorize } from './evaluation.policy.ts';
import { renderReportPdf } from './report-pdf.ts';

interface Deps {
  db: Database;
  actor: Actor;
  programmeId: string;
  requestId?: string;
  now?: Date;
}

function dashboardOf(
  data: EvaluationData,
  programmeName: string,
  role: RespondentRole,
  cohortId: string | undefined,
  now: Date,
): Dashboard {
  const cohort = cohortId ? data.cohorts.find((c) => c.id === cohortId) : undefined;
  if (cohortId && !cohort) throw new AppError('NOT_FOUND');
  return computeDashboard({
    programmeName,
    role,
    cohort: cohort ?? null,
    cohorts: data.cohorts,
    measures: data.measures,
    records: recordsFor(data, role, cohort?.id ?? null),
    now,
  });
}

async function audit(
  tx: Tx,
  deps: Deps,
  granting: string[],
  action: 'read' | 'export',
  details: Record<string, string | number | boolean | null>,
) {
  await recordAudit(tx, {
    actorId: requireUser(deps.actor).userId,
    actorRole: granting.join(','),
    action,
    subjectId: null,
    programmeId: deps.programmeId,
    purpose:
      action === 'read'
        ? 'evaluation dashboard (aggregated, cells under 5 suppressed)'
        : 'evaluation report (aggregated)',
    requestId: deps.requestId ?? null,
    details,
  });
}

async function programmeName(db: Database, programmeId: string) {
  const found = await findProgrammeById(db, programmeId);
  if (!found) throw new AppError('NOT_FOUND');
  return found.name;
}

export async function getDashboard(deps: Deps & { query: DashboardQuery }): Promise<Dashboard> {
  const granting = authorize(deps.actor, 'dashboard.read', { programmeId: deps.programmeId });
  const name = await programmeName(deps.db, deps.programmeId);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const data = await loadEvaluationData(tx, deps.programmeId);
    const result = dashboardOf(data, name, deps.query.role, deps.query.cohortId, deps.now ?? new Date());
    await audit(tx, deps, granting, 'read', { role: deps.query.role, cohortId: deps.query.cohortId ?? null });
    return result;
  });
}

/** The report as PDF: both roles, the programme or one cohort. */
export async function downloadReport(deps: Deps & { cohortId?: string | undefined }): Promise<Buffer> {
  const granting = authorize(deps.actor, 'dashboard.read', { programmeId: deps.programmeId });
  const name = await programmeName(deps.db, deps.programmeId);
  const now = deps.now ?? new Date();
  const { dashboards, measures } = await deps.db.withProgramme(deps.programmeId, async (tx) => {
    const data = await loadEvaluationData(tx, deps.programmeId);
    const both = (['peer', 'mentor'] as const).map((role) =>
      dashboardOf(data, name, role, deps.cohortId, now),
    );
    await audit(tx, deps, granting, 'export', { report: 'pdf', cohortId: deps.cohortId ?? null });
    return { dashboards: both, measures: data.measures };
  });
  return renderReportPdf({ dashboards, measures, generatedAt: now });
}
