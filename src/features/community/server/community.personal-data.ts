import { and, type Column, eq, gt, inArray } from 'drizzle-orm';
import type { DataSubject, PersonalDataPart } from '../../../server/personal-data.ts';
import { cafeCodeAttempt, cafeSession, cafeVisit, communityEvent, eventSignUp } from './community.table.ts';
import { moveWaitingListUp } from './event-sign-up.ts';

const inScope = (subject: DataSubject, programmeId: Column) =>
  subject.programmeIds.length ? inArray(programmeId, subject.programmeIds) : undefined;

/**
 * A person's café visits, event sign-ups and attendance, wrong check-in codes, and the café
 * sessions they were on duty at. Erasure deletes their visits, sign-ups (a place on an event still
 * to come goes to the waiting list) and tries; a session
 * they hosted, a visit they tapped in and an event they created stay, without them.
 */
export const communityPersonalData: PersonalDataPart = {
  name: 'community',
  tables: [
    { table: cafeVisit, erasure: 'delete' },
    { table: cafeCodeAttempt, erasure: 'delete' },
    { table: eventSignUp, erasure: 'delete' },
    { table: cafeSession, erasure: 'anonymise' },
    { table: communityEvent, erasure: 'anonymise' },
  ],
  async export(tx, subject) {
    const visits = await tx
      .select({ startsAt: cafeSession.startsAt, place: cafeSession.place, via: cafeVisit.via })
      .from(cafeVisit)
      .innerJoin(cafeSession, eq(cafeSession.id, cafeVisit.sessionId))
      .where(and(eq(cafeVisit.userId, subject.userId), inScope(subject, cafeVisit.programmeId)));
    const signUps = await tx
      .select({
        event: communityEvent.title,
        startsAt: communityEvent.startsAt,
        status: eventSignUp.status,
        guest: eventSignUp.guest,
        attended: eventSignUp.attended,
      })
      .from(eventSignUp)
      .innerJoin(communityEvent, eq(communityEvent.id, eventSignUp.eventId))
      .where(and(eq(eventSignUp.userId, subject.userId), inScope(subject, eventSignUp.programmeId)));
    const hosted = await tx
      .select({ startsAt: cafeSession.startsAt, place: cafeSession.place })
      .from(cafeSession)
      .where(and(eq(cafeSession.hostId, subject.userId), inScope(subject, cafeSession.programmeId)));
    return {
      cafeVisits: visits.map((v) => ({ ...v, startsAt: v.startsAt.toISOString() })),
      eventSignUps: signUps.map((s) => ({ ...s, startsAt: s.startsAt.toISOString() })),
      cafeShifts: hosted.map((h) => ({ ...h, startsAt: h.startsAt.toISOString() })),
    };
  },
  async erase(tx, subject) {
    await tx
      .delete(cafeVisit)
      .where(and(eq(cafeVisit.userId, subject.userId), inScope(subject, cafeVisit.programmeId)));
    await tx
      .update(cafeVisit)
      .set({ recordedBy: null })
      .where(and(eq(cafeVisit.recordedBy, subject.userId), inScope(subject, cafeVisit.programmeId)));
    await tx
      .delete(cafeCodeAttempt)
      .where(and(eq(cafeCodeAttempt.userId, subject.userId), inScope(subject, cafeCodeAttempt.programmeId)));
    // A place the person held on an event still to come goes to the waiting list, as a cancellation would.
    const freed = await tx
      .delete(eventSignUp)
      .where(and(eq(eventSignUp.userId, subject.userId), inScope(subject, eventSignUp.programmeId)))
      .returning({ eventId: eventSignUp.eventId, status: eventSignUp.status });
    for (const { eventId } of freed.filter((f) => f.status === 'confirmed')) {
      const [event] = await tx
        .select()
        .from(communityEvent)
        .where(and(eq(communityEvent.id, eventId), gt(communityEvent.startsAt, new Date())))
        .for('update');
      if (event) await moveWaitingListUp(tx, event);
    }
    await tx
      .update(cafeSession)
      .set({ hostId: null })
      .where(and(eq(cafeSession.hostId, subject.userId), inScope(subject, cafeSession.programmeId)));
    await tx
      .update(communityEvent)
      .set({ createdBy: null })
      .where(and(eq(communityEvent.createdBy, subject.userId), inScope(subject, communityEvent.programmeId)));
  },
};
