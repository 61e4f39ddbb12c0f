import { and, type Column, eq, inArray } from 'drizzle-orm';
import type { DataSubject, PersonalDataPart } from '../../../server/personal-data.ts';
import { cohort, cohortLead, cohortMember } from './training.table.ts';

const inScope = (subject: DataSubject, programmeId: Column) =>
  subject.programmeIds.length ? inArray(programmeId, subject.programmeIds) : undefined;

/**
 * The cohorts a person trains on (or waits for) and leads. Erasure deletes their places and
 * leads; a cohort they created stays, without its creator.
 */
export const trainingPersonalData: PersonalDataPart = {
  name: 'training',
  tables: [
    { table: cohortMember, erasure: 'delete' },
    { table: cohortLead, erasure: 'delete' },
    { table: cohort, erasure: 'anonymise' },
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
    return { cohorts: places, leads };
  },
  async erase(tx, subject) {
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
