import { and, type Column, eq, inArray } from 'drizzle-orm';
import { fieldContext, openText } from '../../../server/field-encryption.ts';
import type { DataSubject, PersonalDataPart } from '../../../server/personal-data.ts';
import {
  absenceNotice,
  attendance,
  calendarFeed,
  cohort,
  cohortLead,
  cohortMember,
  courseSession,
} from './training.table.ts';

const inScope = (subject: DataSubject, programmeId: Column) =>
  subject.programmeIds.length ? inArray(programmeId, subject.programmeIds) : undefined;

/**
 * The cohorts a person trains on (or waits for) and leads, their attendance, notices of absence
 * and calendar feed. Erasure deletes their places, leads, attendance, notices and feed; a cohort
 * they created and the marks they registered as staff stay, without them.
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
    return {
      cohorts: places,
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
