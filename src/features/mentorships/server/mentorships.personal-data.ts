import { and, type Column, eq, inArray, or } from 'drizzle-orm';
import { fieldContext, openText } from '../../../server/field-encryption.ts';
import type { DataSubject, PersonalDataPart } from '../../../server/personal-data.ts';
import { openNote } from './course-facts.ts';
import {
  extensionAnswer,
  meeting,
  meetingRating,
  mentorship,
  mentorshipEvent,
  mentorshipNote,
  mentorshipTask,
} from './mentorships.table.ts';

const inScope = (subject: DataSubject, programmeId: Column) =>
  subject.programmeIds.length ? inArray(programmeId, subject.programmeIds) : undefined;

/**
 * A person's pairs, their meetings, their own ratings and the steps they took with what they
 * wrote. Erasure deletes their ratings and what they wrote about a pause or an ending; the
 * pairs, meetings and steps stay for the partner and for the figures, without them.
 * Staff's notes and own tasks about a pair are about both of the pair (decision 044): a person's
 * export holds those of their pairs (a request for access covers what staff wrote about them),
 * and their erasure deletes the notes and the texts of own tasks of their pairs; a staff member's
 * erasure removes only their name from what they wrote and did.
 */
export const mentorshipsPersonalData: PersonalDataPart = {
  name: 'mentorships',
  tables: [
    { table: mentorship, erasure: 'anonymise' },
    { table: mentorshipEvent, erasure: 'anonymise' },
    { table: meeting, erasure: 'anonymise' },
    { table: meetingRating, erasure: 'delete' },
    { table: extensionAnswer, erasure: 'delete' },
    { table: mentorshipTask, erasure: 'anonymise' },
    { table: mentorshipNote, erasure: 'delete' },
  ],
  async export(tx, subject) {
    const mine = or(eq(mentorship.peerId, subject.userId), eq(mentorship.mentorId, subject.userId));
    const pairs = await tx
      .select()
      .from(mentorship)
      .where(and(mine, inScope(subject, mentorship.programmeId)));
    const ids = pairs.map((p) => p.id);
    const meetings = ids.length
      ? await tx.select().from(meeting).where(inArray(meeting.mentorshipId, ids))
      : [];
    const ratings = await tx
      .select()
      .from(meetingRating)
      .where(and(eq(meetingRating.userId, subject.userId), inScope(subject, meetingRating.programmeId)));
    const answers = await tx
      .select()
      .from(extensionAnswer)
      .where(and(eq(extensionAnswer.userId, subject.userId), inScope(subject, extensionAnswer.programmeId)));
    const steps = await tx
      .select()
      .from(mentorshipEvent)
      .where(and(eq(mentorshipEvent.actorId, subject.userId), inScope(subject, mentorshipEvent.programmeId)));
    const notes = ids.length
      ? await tx.select().from(mentorshipNote).where(inArray(mentorshipNote.mentorshipId, ids))
      : [];
    const tasks = ids.length
      ? await tx.select().from(mentorshipTask).where(inArray(mentorshipTask.mentorshipId, ids))
      : [];
    const written = await tx
      .select({ id: mentorshipNote.id, mentorshipId: mentorshipNote.mentorshipId, at: mentorshipNote.at })
      .from(mentorshipNote)
      .where(and(eq(mentorshipNote.authorId, subject.userId), inScope(subject, mentorshipNote.programmeId)));
    return {
      staffNotesAboutMe: notes.map((n) => ({
        mentorshipId: n.mentorshipId,
        at: n.at.toISOString(),
        text: openText(n.textSealed, fieldContext('mentorship_note', 'text_sealed', n.id)),
      })),
      staffTasksOfMyPairs: tasks.map((t) => ({
        mentorshipId: t.mentorshipId,
        kind: t.kind,
        text: t.textSealed
          ? openText(t.textSealed, fieldContext('mentorship_task', 'text_sealed', t.id))
          : null,
        createdAt: t.createdAt.toISOString(),
        doneAt: t.doneAt?.toISOString() ?? null,
      })),
      staffNotesIWrote: written.map((n) => ({ mentorshipId: n.mentorshipId, at: n.at.toISOString() })),
      mentorships: pairs.map((p) => ({
        id: p.id,
        as: p.peerId === subject.userId ? 'peer' : 'mentor',
        state: p.state,
        rhythm: p.rhythm,
        startDate: p.startDate,
        plannedEnd: p.plannedEnd,
        extendedEnd: p.extendedEnd,
        endReason: p.endReason,
        extensionOutcome: p.extensionOutcome,
      })),
      extensionAnswers: answers.map((a) => ({
        mentorshipId: a.mentorshipId,
        wantsToContinue: a.wantsToContinue,
        answeredAt: a.answeredAt.toISOString(),
      })),
      meetings: meetings.map((m) => ({
        mentorshipId: m.mentorshipId,
        startsAt: m.startsAt.toISOString(),
        placeType: m.placeType,
        note: openNote(m),
        status: m.status,
      })),
      ratings: ratings.map((r) => ({
        meetingId: r.meetingId,
        rating: r.rating,
        ratedAt: r.ratedAt.toISOString(),
      })),
      steps: steps.map((e) => ({
        mentorshipId: e.mentorshipId,
        type: e.type,
        at: e.at.toISOString(),
        reason: e.reason,
        note: e.noteSealed ? openNote(e, 'mentorship_event') : null,
      })),
    };
  },
  async erase(tx, subject) {
    const mine = or(eq(mentorship.peerId, subject.userId), eq(mentorship.mentorId, subject.userId));
    const pairIds = (
      await tx
        .select({ id: mentorship.id })
        .from(mentorship)
        .where(and(mine, inScope(subject, mentorship.programmeId)))
    ).map((p) => p.id);
    if (pairIds.length) {
      await tx.delete(mentorshipNote).where(inArray(mentorshipNote.mentorshipId, pairIds));
      await tx
        .update(mentorshipTask)
        .set({ textSealed: null })
        .where(inArray(mentorshipTask.mentorshipId, pairIds));
    }
    await tx
      .update(mentorshipNote)
      .set({ authorId: null })
      .where(and(eq(mentorshipNote.authorId, subject.userId), inScope(subject, mentorshipNote.programmeId)));
    await tx
      .update(mentorshipTask)
      .set({ createdBy: null })
      .where(and(eq(mentorshipTask.createdBy, subject.userId), inScope(subject, mentorshipTask.programmeId)));
    await tx
      .update(mentorshipTask)
      .set({ doneBy: null })
      .where(and(eq(mentorshipTask.doneBy, subject.userId), inScope(subject, mentorshipTask.programmeId)));
    await tx
      .delete(extensionAnswer)
      .where(and(eq(extensionAnswer.userId, subject.userId), inScope(subject, extensionAnswer.programmeId)));
    await tx
      .delete(meetingRating)
      .where(and(eq(meetingRating.userId, subject.userId), inScope(subject, meetingRating.programmeId)));
    await tx
      .update(mentorshipEvent)
      .set({ actorId: null, noteSealed: null })
      .where(and(eq(mentorshipEvent.actorId, subject.userId), inScope(subject, mentorshipEvent.programmeId)));
    for (const column of [meeting.plannedBy, meeting.loggedBy] as const) {
      await tx
        .update(meeting)
        .set(column === meeting.plannedBy ? { plannedBy: null } : { loggedBy: null })
        .where(and(eq(column, subject.userId), inScope(subject, meeting.programmeId)));
    }
    await tx
      .update(mentorship)
      .set({ peerId: null })
      .where(and(eq(mentorship.peerId, subject.userId), inScope(subject, mentorship.programmeId)));
    await tx
      .update(mentorship)
      .set({ mentorId: null })
      .where(and(eq(mentorship.mentorId, subject.userId), inScope(subject, mentorship.programmeId)));
  },
};
