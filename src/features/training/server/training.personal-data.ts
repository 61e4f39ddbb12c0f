import { and, type Column, eq, inArray } from 'drizzle-orm';
import { fieldContext, openText } from '../../../server/field-encryption.ts';
import type { DataSubject, PersonalDataPart } from '../../../server/personal-data.ts';
import {
  absenceNotice,
  attendance,
  calendarFeed,
  cohort,
  cohortDeparture,
  cohortLead,
  cohortMember,
  courseCertificate,
  courseSession,
  sessionReminder,
  supervisionTheme,
} from './training.table.ts';

const inScope = (subject: DataSubject, programmeId: Column) =>
  subject.programmeIds.length ? inArray(programmeId, subject.programmeIds) : undefined;

/**
 * The cohorts a person trains on (or waits for, or left, and why) and leads, their attendance,
 * notices of absence, calendar feed, course certificates and reminders. Erasure deletes those; a
 * cohort they created, the marks, certificates, departures and supervision themes they recorded
 * as staff stay, without them.
 */
export const trainingPersonalData: PersonalDataPart = {
  name: 'training',
  tables: [
    { table: cohortMember, erasure: 'delete' },
    { table: cohortLead, erasure: 'delete' },
    { table: cohort, erasure: 'anonymise' },
    { table: attendance, erasure: 'delete' },
    { table: calendarFeed, erasure: 'delete' },
    { table: absenceNotice, erasure: 'delete' },
    { table: courseCertificate, erasure: 'delete' },
    { table: cohortDeparture, erasure: 'delete' },
    { table: sessionReminder, erasure: 'delete' },
    { table: supervisionTheme, erasure: 'anonymise' },
  ],
  async export(tx, subject) {
    const places = await tx
      .select({ cohort: cohort.name, startMonth: cohort.startMonth, status: cohortMember.status })
      .from(cohortMember)
      .innerJoin(cohort, eq(cohort.id, cohortMember.cohortId))
      .where(and(eq(cohortMember.userId, subject.userId), inScope(subject, cohortMember.programmeId)));
    const leads = await tx
      .select({ cohort: cohort.name, startMonth: cohort.startMonth })
      .from(cohortLead)
      .innerJoin(cohort, eq(cohort.id, cohortLead.cohortId))
      .where(and(eq(cohortLead.userId, subject.userId), inScope(subject, cohortLead.programmeId)));
    const marks = await tx
      .select({
        kind: courseSession.kind,
        number: courseSession.number,
        startsAt: courseSession.startsAt,
        mark: attendance.mark,
        madeUpOn: attendance.madeUpOn,
      })
      .from(attendance)
      .innerJoin(courseSession, eq(courseSession.id, attendance.sessionId))
      .where(and(eq(attendance.userId, subject.userId), inScope(subject, attendance.programmeId)));
    const feeds = await tx
      .select({ createdAt: calendarFeed.createdAt })
      .from(calendarFeed)
      .where(and(eq(calendarFeed.userId, subject.userId), inScope(subject, calendarFeed.programmeId)));
    const notices = await tx
      .select()
      .from(absenceNotice)
      .where(and(eq(absenceNotice.userId, subject.userId), inScope(subject, absenceNotice.programmeId)));
    const certificates = await tx
      .select({
        cohortId: courseCertificate.cohortId,
        content: courseCertificate.content,
        issuedAt: courseCertificate.issuedAt,
      })
      .from(courseCertificate)
      .where(
        and(eq(courseCertificate.userId, subject.userId), inScope(subject, courseCertificate.programmeId)),
      );
    const departures = await tx
      .select()
      .from(cohortDeparture)
      .where(and(eq(cohortDeparture.userId, subject.userId), inScope(subject, cohortDeparture.programmeId)));
    const reminders = await tx
      .select({
        sessionId: sessionReminder.sessionId,
        channel: sessionReminder.channel,
        sentAt: sessionReminder.sentAt,
      })
      .from(sessionReminder)
      .where(and(eq(sessionReminder.userId, subject.userId), inScope(subject, sessionReminder.programmeId)));
    return {
      cohorts: places,
      certificates: certificates.map((c) => ({ ...c, issuedAt: c.issuedAt.toISOString() })),
      departures: departures.map((d) => ({
        cohortId: d.cohortId,
        reason: d.reason,
        note: d.noteSealed
          ? openText(d.noteSealed, fieldContext('cohort_departure', 'note_sealed', d.id))
          : null,
        leftAt: d.leftAt.toISOString(),
      })),
      reminders: reminders.map((r) => ({ ...r, sentAt: r.sentAt.toISOString() })),
      absenceNotices: notices.map((n) => ({
        sessionId: n.sessionId,
        reason: openText(n.reasonSealed, fieldContext('absence_notice', 'reason_sealed', n.id)),
        createdAt: n.createdAt.toISOString(),
      })),
      calendarFeeds: feeds.map((f) => ({ createdAt: f.createdAt.toISOString() })),
      leads,
      attendance: marks.map((m) => ({ ...m, startsAt: m.startsAt.toISOString() })),
    };
  },
  async erase(tx, subject) {
    const own = <T extends { userId: Column; programmeId: Column }>(t: T) =>
      and(eq(t.userId, subject.userId), inScope(subject, t.programmeId));
    await tx.delete(courseCertificate).where(own(courseCertificate));
    await tx.delete(cohortDeparture).where(own(cohortDeparture));
    await tx.delete(sessionReminder).where(own(sessionReminder));
    await tx
      .update(courseCertificate)
      .set({ issuedBy: null })
      .where(
        and(eq(courseCertificate.issuedBy, subject.userId), inScope(subject, courseCertificate.programmeId)),
      );
    await tx
      .update(cohortDeparture)
      .set({ recordedBy: null })
      .where(
        and(eq(cohortDeparture.recordedBy, subject.userId), inScope(subject, cohortDeparture.programmeId)),
      );
    await tx
      .update(supervisionTheme)
      .set({ writtenBy: null })
      .where(
        and(eq(supervisionTheme.writtenBy, subject.userId), inScope(subject, supervisionTheme.programmeId)),
      );
    await tx
      .delete(absenceNotice)
      .where(and(eq(absenceNotice.userId, subject.userId), inScope(subject, absenceNotice.programmeId)));
    await tx
      .delete(calendarFeed)
      .where(and(eq(calendarFeed.userId, subject.userId), inScope(subject, calendarFeed.programmeId)));
    await tx
      .delete(attendance)
      .where(and(eq(attendance.userId, subject.userId), inScope(subject, attendance.programmeId)));
    await tx
      .update(attendance)
      .set({ recordedBy: null })
      .where(and(eq(attendance.recordedBy, subject.userId), inScope(subject, attendance.programmeId)));
    await tx
      .delete(cohortMember)
      .where(and(eq(cohortMember.userId, subject.userId), inScope(subject, cohortMember.programmeId)));
    await tx
      .delete(cohortLead)
      .where(and(eq(cohortLead.userId, subject.userId), inScope(subject, cohortLead.programmeId)));
    await tx
      .update(cohort)
      .set({ createdBy: null })
      .where(and(eq(cohort.createdBy, subject.userId), inScope(subject, cohort.programmeId)));
  },
};
