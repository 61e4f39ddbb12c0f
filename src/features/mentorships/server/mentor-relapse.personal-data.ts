import { and, type Column, eq, inArray } from 'drizzle-orm';
import type { DataSubject, PersonalDataPart } from '../../../server/personal-data.ts';
import { mentorRelapse } from './mentorships.table.ts';

const inScope = (subject: DataSubject, programmeId: Column) =>
  subject.programmeIds.length ? inArray(programmeId, subject.programmeIds) : undefined;

/**
 * A mentor's recorded relapses (the days, and how many pairs were paused) and the ones a staff
 * member recorded. Erasure takes the person out of the row; the count stays for the evaluation,
 * without anyone (decision 049).
 */
export const mentorRelapsePersonalData: PersonalDataPart = {
  name: 'mentor-relapses',
  tables: [{ table: mentorRelapse, erasure: 'anonymise' }],
  async export(tx, subject) {
    const own = await tx
      .select()
      .from(mentorRelapse)
      .where(and(eq(mentorRelapse.mentorId, subject.userId), inScope(subject, mentorRelapse.programmeId)));
    const recorded = await tx
      .select({ recordedOn: mentorRelapse.recordedOn })
      .from(mentorRelapse)
      .where(and(eq(mentorRelapse.recordedBy, subject.userId), inScope(subject, mentorRelapse.programmeId)));
    return {
      relapses: own.map((r) => ({ recordedOn: r.recordedOn, pausedPairs: r.pausedPairs })),
      recordedForOthers: recorded.map((r) => ({ recordedOn: r.recordedOn })),
    };
  },
  async erase(tx, subject) {
    await tx
      .update(mentorRelapse)
      .set({ mentorId: null })
      .where(and(eq(mentorRelapse.mentorId, subject.userId), inScope(subject, mentorRelapse.programmeId)));
    await tx
      .update(mentorRelapse)
      .set({ recordedBy: null })
      .where(and(eq(mentorRelapse.recordedBy, subject.userId), inScope(subject, mentorRelapse.programmeId)));
  },
};
