import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { calendarInvitation } from '../../../server/ics.ts';
import { recordAudit } from '../../audit/server/index.ts';
import { INTERVIEW_FROM, type Interview } from '../intake.contract.ts';
import { applicationLinkOf, messageApplicant } from './applicant-messages.ts';
import { applyStatusChange, programmeNameOf } from './change-application-status.ts';
import { findSentApplication } from './get-application.ts';
import { authorize } from './intake.policy.ts';
import { interview } from './intake.table.ts';
import { findInterview, interviewTime, staffInterview } from './interview-view.ts';

const HOUR = 3_600_000;
const PURPOSE = 'POST /api/programmes/:programmeId/applications/:applicationId/interview';

/**
 * Books the screening interview (or moves it: one current interview per application), moves the
 * application to `interview-booked` with an event and an audit record like any status change,
 * and invites the applicant by e-mail (with an .ics file) and SMS, in one transaction.
 */
export async function bookInterview(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  applicationId: string;
  startsAt: string;
  endsAt?: string;
  place: string;
  locale: 'da' | 'en';
  publicUrl: string;
  requestId?: string;
  now?: Date;
}): Promise<Interview> {
  const granting = authorize(deps.actor, 'application.transition', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  const now = deps.now ?? new Date();
  const startsAt = new Date(deps.startsAt);
  const endsAt = deps.endsAt ? new Date(deps.endsAt) : new Date(startsAt.getTime() + HOUR);
  const place = deps.place.trim();
  if (startsAt.getTime() <= now.getTime()) throw new AppError('INTERVIEW_IN_PAST');
  if (endsAt.getTime() <= startsAt.getTime()) throw new AppError('INTERVIEW_ENDS_BEFORE_START');
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await findSentApplication(tx, deps.applicationId);
    if (!INTERVIEW_FROM.includes(row.status))
      throw new AppError('STATUS_CHANGE_INVALID', undefined, { applicationId: row.id, from: row.status });
    const earlier = await findInterview(tx, row.id);
    await tx
      .insert(interview)
      .values({
        programmeId: deps.programmeId,
        applicationId: row.id,
        startsAt,
        endsAt,
        place,
        bookedBy: actor.userId,
      })
      .onConflictDoUpdate({
        target: interview.applicationId,
        set: { startsAt, endsAt, place, bookedBy: actor.userId, updatedAt: now },
      });
    const programmeName = await programmeNameOf(tx, deps.programmeId);
    const actorRole = granting.join(',');
    if (row.status !== 'interview-booked') {
      await applyStatusChange(tx, row, {
        ...deps,
        to: 'interview-booked',
        now,
        actorId: actor.userId,
        actorRole,
        programmeName,
        purpose: PURPOSE,
        silent: true,
      });
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      actorRole,
      action: earlier ? 'update' : 'create',
      subjectId: row.id,
      programmeId: deps.programmeId,
      purpose: PURPOSE,
      requestId: deps.requestId ?? null,
      details: { interview: earlier ? 'moved' : 'booked' },
    });
    const link = applicationLinkOf(deps.publicUrl, row);
    if (link) {
      // The summary stays discreet: a calendar shows it to anyone who glances at the screen.
      const summary = deps.locale === 'da' ? `Samtale – ${programmeName}` : `Conversation – ${programmeName}`;
      const ics = calendarInvitation({
        uid: `interview-${row.id}@${new URL(deps.publicUrl).hostname}`,
        stamp: now,
        start: startsAt,
        end: endsAt,
        summary,
        location: place,
        description: link,
      });
      await messageApplicant(tx, {
        kind: 'interview',
        locale: deps.locale,
        programmeName,
        link,
        to: { email: row.email, phone: row.phone },
        values: { when: interviewTime(startsAt, deps.locale), place },
        attachments: [
          {
            filename: 'samtale.ics',
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            content: ics,
          },
        ],
      });
    }
    return (await staffInterview(tx, row.id))!;
  });
}
