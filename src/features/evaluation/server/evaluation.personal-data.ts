import { and, type Column, eq, inArray } from 'drizzle-orm';
import type { DataSubject, PersonalDataPart } from '../../../server/personal-data.ts';
import {
  importantPerson,
  instrument,
  instrumentVersion,
  questionnaire,
  questionnaireAnswer,
  wellbeingAlert,
} from './evaluation.table.ts';
import { readAnswers, readRoster } from './questionnaire-answers.ts';

const inScope = (subject: DataSubject, programmeId: Column) =>
  subject.programmeIds.length ? inArray(programmeId, subject.programmeIds) : undefined;

/**
 * A person's questionnaires with every raw answer (by instrument key, item and the version's
 * wording hash), their Important People rosters and the notes staff got. Erasure deletes them
 * (answers and rosters go with their questionnaire); translations they added or approved stay,
 * without them.
 */
export const evaluationPersonalData: PersonalDataPart = {
  name: 'evaluation',
  tables: [
    { table: questionnaire, erasure: 'delete' },
    { table: questionnaireAnswer, erasure: 'delete' },
    { table: importantPerson, erasure: 'delete' },
    { table: wellbeingAlert, erasure: 'delete' },
    { table: instrumentVersion, erasure: 'anonymise' },
  ],
  async export(tx, subject) {
    const rows = await tx
      .select()
      .from(questionnaire)
      .where(and(eq(questionnaire.userId, subject.userId), inScope(subject, questionnaire.programmeId)));
    const instruments = await tx.select({ id: instrument.id, key: instrument.key }).from(instrument);
    const versions = await tx
      .select({
        id: instrumentVersion.id,
        hash: instrumentVersion.wordingHash,
        language: instrumentVersion.language,
      })
      .from(instrumentVersion);
    const out = [];
    for (const row of rows) {
      const given = await tx
        .select()
        .from(questionnaireAnswer)
        .where(eq(questionnaireAnswer.questionnaireId, row.id));
      const answers = await readAnswers(tx, row.id);
      out.push({
        wave: row.wave,
        role: row.role,
        opensOn: row.opensOn,
        closesOn: row.closesOn,
        completedAt: row.completedAt?.toISOString() ?? null,
        answers: given.map((a) => ({
          instrument: instruments.find((i) => i.id === a.instrumentId)?.key ?? a.instrumentId,
          item: a.item,
          value: answers.get(a.instrumentId)?.get(a.item) ?? null,
          skipped: a.skipped,
          language: versions.find((v) => v.id === a.versionId)?.language ?? null,
          wordingHash: versions.find((v) => v.id === a.versionId)?.hash ?? null,
          answeredAt: a.answeredAt.toISOString(),
        })),
        importantPeople: await readRoster(tx, row.id),
      });
    }
    const alerts = await tx
      .select({ reason: wellbeingAlert.reason, createdAt: wellbeingAlert.createdAt })
      .from(wellbeingAlert)
      .where(and(eq(wellbeingAlert.userId, subject.userId), inScope(subject, wellbeingAlert.programmeId)));
    return {
      questionnaires: out,
      notesToStaff: alerts.map((a) => ({ reason: a.reason, createdAt: a.createdAt.toISOString() })),
    };
  },
  async erase(tx, subject) {
    await tx
      .delete(wellbeingAlert)
      .where(and(eq(wellbeingAlert.userId, subject.userId), inScope(subject, wellbeingAlert.programmeId)));
    await tx
      .delete(questionnaire)
      .where(and(eq(questionnaire.userId, subject.userId), inScope(subject, questionnaire.programmeId)));
    await tx
      .update(questionnaire)
      .set({ sentBy: null })
      .where(and(eq(questionnaire.sentBy, subject.userId), inScope(subject, questionnaire.programmeId)));
    await tx
      .update(instrumentVersion)
      .set({ createdBy: null })
      .where(
        and(eq(instrumentVersion.createdBy, subject.userId), inScope(subject, instrumentVersion.programmeId)),
      );
    await tx
      .update(instrumentVersion)
      .set({ approvedBy: null })
      .where(
        and(
          eq(instrumentVersion.approvedBy, subject.userId),
          inScope(subject, instrumentVersion.programmeId),
        ),
      );
  },
};
