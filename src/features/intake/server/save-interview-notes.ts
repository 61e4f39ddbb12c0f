import { eq } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { sealText } from '../../../server/field-encryption.ts';
import { recordAudit } from '../../audit/server/index.ts';
import { INTERVIEW_CHECKLIST, type Interview } from '../intake.contract.ts';
import { findSentApplication } from './get-application.ts';
import { authorize } from './intake.policy.ts';
import { interview } from './intake.table.ts';
import { findInterview, notesContext, staffInterview } from './interview-view.ts';

/**
 * Saves staff's interview notes (encrypted) and checklist, whole each time: notes left out are
 * cleared, and only the checklist keys of the applicant's role are taken. Audited.
 */
export async function saveInterviewNotes(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  applicationId: string;
  notes?: string;
  checklist: Record<string, boolean>;
  requestId?: string;
  now?: Date;
}): Promise<Interview> {
  const granting = authorize(deps.actor, 'application.transition', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  const notes = deps.notes?.trim() || null;
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await findSentApplication(tx, deps.applicationId);
    if (!(await findInterview(tx, row.id))) throw new AppError('INTERVIEW_NOT_BOOKED');
    const allowed: readonly string[] = INTERVIEW_CHECKLIST[row.role];
    const unknown = Object.keys(deps.checklist).filter((key) => !allowed.includes(key));
    if (unknown.length) throw new AppError('CHECKLIST_KEY_UNKNOWN', undefined, { keys: unknown });
    await tx
      .update(interview)
      .set({
        notesSealed: notes ? sealText(notes, notesContext(row.id)) : null,
        checklist: deps.checklist,
        updatedAt: deps.now ?? new Date(),
      })
      .where(eq(interview.applicationId, row.id));
    await recordAudit(tx, {
      actorId: actor.userId,
      actorRole: granting.join(','),
      action: 'update',
      subjectId: row.id,
      programmeId: deps.programmeId,
      purpose: 'PUT /api/programmes/:programmeId/applications/:applicationId/interview/notes',
      requestId: deps.requestId ?? null,
    });
    return (await staffInterview(tx, row.id))!;
  });
}
