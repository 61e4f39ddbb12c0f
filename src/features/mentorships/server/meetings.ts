/**
 * The pair's meetings: either of the two plans one and either logs what became of it; each
 * says privately how it went. A note that looks like a home (home-address.ts) is stored with a
 * flag staff see in the overview, and the person is told so — never silently.
 */
import { and, eq } from 'drizzle-orm';
import { requireUser } from '../../../server/access.ts';
import type { Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { fieldContext, sealText } from '../../../server/field-encryption.ts';
import { copenhagenInstant } from '../../../shared/calendar-date.ts';
import { looksLikeHome } from '../home-address.ts';
import type { MentorshipState } from '../mentorship-states.ts';
import type { LogMeetingRequest, Meeting, PlanMeetingRequest } from '../mentorships.contract.ts';
import { openNote } from './course-facts.ts';
import { meetingForPair } from './get-my-mentorships.ts';
import { lockMentorship, type MentorshipDeps, type MentorshipRow, partyOf } from './mentorship-steps.ts';
import { authorize } from './mentorships.policy.ts';
import { meeting, meetingRating } from './mentorships.table.ts';
import { auditPeople } from './mentorships-audit.ts';

/** Meetings are logged while the pair runs, is paused (one from before) or is ending (the last). */
const LOGGABLE: MentorshipState[] = ['active', 'paused', 'ending'];

/** Locks the caller's own pair (MENTORSHIP_NOT_FOUND for anyone else's) in a programme transaction. */
async function ownPair<T>(
  deps: MentorshipDeps,
  work: (tx: Tx, row: MentorshipRow, granting: string[], userId: string) => Promise<T>,
): Promise<T> {
  const granting = authorize(deps.actor, 'own.meetings', deps);
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await lockMentorship(tx, deps.mentorshipId);
    partyOf(deps.actor, row, granting, false);
    return work(tx, row, granting, userId);
  });
}

const audit = (tx: Tx, deps: MentorshipDeps, row: MentorshipRow, granting: string[], purpose: string) =>
  auditPeople(tx, deps, {
    granting,
    action: 'update',
    purpose,
    subjectIds: [row.peerId, row.mentorId],
  });

function sealedNote(id: string, note: string) {
  return note ? sealText(note, fieldContext('meeting', 'note_sealed', id)) : null;
}

/** Plans a meeting of the pair (only while it runs). */
export async function planMeeting(deps: MentorshipDeps & { request: PlanMeetingRequest }): Promise<Meeting> {
  return ownPair(deps, async (tx, row, granting, userId) => {
    if (row.state !== 'active') throw new AppError('MENTORSHIP_NOT_ACTIVE');
    const note = deps.request.note?.trim() ?? '';
    const id = crypto.randomUUID();
    const [created] = await tx
      .insert(meeting)
      .values({
        id,
        programmeId: deps.programmeId,
        mentorshipId: row.id,
        startsAt: copenhagenInstant(deps.request.date, deps.request.time),
        placeType: deps.request.placeType,
        noteSealed: sealedNote(id, note),
        status: 'planned',
        plannedBy: userId,
        homeFlag: looksLikeHome(note),
      })
      .returning();
    await audit(
      tx,
      deps,
      row,
      granting,
      'POST /api/programmes/:programmeId/mentorships/:mentorshipId/meetings',
    );
    return meetingForPair(created!, null);
  });
}

async function upsertRating(tx: Tx, programmeId: string, meetingId: string, userId: string, rating: number) {
  await tx
    .insert(meetingRating)
    .values({ programmeId, meetingId, userId, rating })
    .onConflictDoUpdate({
      target: [meetingRating.meetingId, meetingRating.userId],
      set: { rating, ratedAt: new Date() },
    });
}

async function meetingOf(tx: Tx, row: MentorshipRow, meetingId: string) {
  const [found] = await tx
    .select()
    .from(meeting)
    .where(and(eq(meeting.id, meetingId), eq(meeting.mentorshipId, row.id)))
    .for('update');
  if (!found) throw new AppError('MEETING_NOT_FOUND');
  return found;
}

/**
 * Logs what became of a planned meeting: it happened (with the caller's own rating), it was
 * cancelled, or it was moved (a new planned meeting takes its place; that one is returned).
 */
export async function logMeeting(
  deps: MentorshipDeps & { meetingId: string; request: LogMeetingRequest },
): Promise<Meeting> {
  return ownPair(deps, async (tx, row, granting, userId) => {
    if (!LOGGABLE.includes(row.state)) throw new AppError('MENTORSHIP_NOT_ACTIVE');
    const found = await meetingOf(tx, row, deps.meetingId);
    if (found.status !== 'planned') throw new AppError('MEETING_ALREADY_LOGGED');
    const now = deps.now ?? new Date();
    const logged = { loggedBy: userId, loggedAt: now };
    const request = deps.request;
    let result: Meeting;
    if (request.outcome === 'happened') {
      if (found.startsAt.getTime() > now.getTime()) throw new AppError('MEETING_NOT_YET');
      const [updated] = await tx
        .update(meeting)
        .set({ status: 'happened', ...logged })
        .where(eq(meeting.id, found.id))
        .returning();
      if (request.rating) await upsertRating(tx, deps.programmeId, found.id, userId, request.rating);
      result = meetingForPair(updated!, request.rating ?? null);
    } else if (request.outcome === 'cancelled') {
      const [updated] = await tx
        .update(meeting)
        .set({ status: 'cancelled', ...logged })
        .where(eq(meeting.id, found.id))
        .returning();
      result = meetingForPair(updated!, null);
    } else {
      if (row.state !== 'active') throw new AppError('MENTORSHIP_NOT_ACTIVE');
      const id = crypto.randomUUID();
      const [moved] = await tx
        .insert(meeting)
        .values({
          ...found,
          id,
          startsAt: copenhagenInstant(request.date, request.time),
          noteSealed: found.noteSealed ? sealedNote(id, openNote(found)) : null,
          status: 'planned',
          plannedBy: userId,
          loggedBy: null,
          loggedAt: null,
          movedToId: null,
          createdAt: now,
        })
        .returning();
      await tx
        .update(meeting)
        .set({ status: 'moved', movedToId: id, ...logged })
        .where(eq(meeting.id, found.id));
      result = meetingForPair(moved!, null);
    }
    await audit(
      tx,
      deps,
      row,
      granting,
      'PUT /api/programmes/:programmeId/mentorships/:mentorshipId/meetings/:meetingId',
    );
    return result;
  });
}

/** The caller's own, private "how did it go" (1–5) for a meeting that happened. */
export async function rateMeeting(
  deps: MentorshipDeps & { meetingId: string; rating: number },
): Promise<Meeting> {
  return ownPair(deps, async (tx, row, granting, userId) => {
    const found = await meetingOf(tx, row, deps.meetingId);
    if (found.status !== 'happened') throw new AppError('MEETING_NOT_HAPPENED');
    await upsertRating(tx, deps.programmeId, found.id, userId, deps.rating);
    // The rating is the rater's own: only they are its subject.
    await auditPeople(tx, deps, {
      granting,
      action: 'update',
      purpose: 'PUT /api/programmes/:programmeId/mentorships/:mentorshipId/meetings/:meetingId/my-rating',
      subjectIds: [userId],
    });
    return meetingForPair(found, deps.rating);
  });
}
