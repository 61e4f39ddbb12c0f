import { randomUUID } from 'node:crypto';
import { and, eq, inArray, or } from 'drizzle-orm';
import { setProgramme, type Tx } from '../../../server/db.ts';
import { openText } from '../../../server/field-encryption.ts';
import type { DataSubject, PersonalDataPart } from '../../../server/personal-data.ts';
import { openAnswers } from './applicant-view.ts';
import {
  application,
  applicationConsent,
  applicationEvent,
  interview,
  privacyNotice,
} from './intake.table.ts';
import { notesContext } from './interview-view.ts';

/** The subject's applications: made by their account at approval, or sent from their e-mail. */
function theirApplications(subject: DataSubject) {
  const theirs = or(
    eq(application.userId, subject.userId),
    eq(application.email, subject.email),
    subject.phones.length ? inArray(application.phone, subject.phones) : undefined,
  );
  return subject.programmeIds.length
    ? and(inArray(application.programmeId, subject.programmeIds), theirs)
    : theirs;
}

async function applicationIds(tx: Tx, subject: DataSubject): Promise<string[]> {
  const rows = await tx.select({ id: application.id }).from(application).where(theirApplications(subject));
  return rows.map((r) => r.id);
}

/**
 * Applications and their consents and history. Erasure anonymises rather than deletes: the row
 * keeps its role, status, dates and eligibility outcome, so the intake funnel and the days to a
 * decision stay right, while contact details, answers, free text and reasons go. Consents go
 * with the person. Staff who acted on applications are unlinked from the history.
 */
export const intakePersonalData: PersonalDataPart = {
  name: 'applications',
  tables: [
    { table: application, erasure: 'anonymise' },
    { table: applicationConsent, erasure: 'delete' },
    { table: applicationEvent, erasure: 'anonymise' },
    { table: interview, erasure: 'delete' },
    { table: privacyNotice, erasure: 'anonymise' },
  ],
  async export(tx, subject) {
    const applications = [];
    for (const programmeId of subject.programmeIds) {
      await setProgramme(tx, programmeId);
      applications.push(...(await exportApplications(tx, subject)));
    }
    return { applications };
  },
  async erase(tx, subject) {
    for (const programmeId of subject.programmeIds) {
      await setProgramme(tx, programmeId);
      await eraseApplications(tx, subject);
    }
  },
  /** Screening reads and changes name the application: it was audited before the account existed. */
  async auditSubjectIds(tx, subject) {
    const ids: string[] = [];
    for (const programmeId of subject.programmeIds) {
      await setProgramme(tx, programmeId);
      const rows = await tx
        .select({ id: application.id })
        .from(application)
        .where(eq(application.userId, subject.userId));
      ids.push(...rows.map((r) => r.id));
    }
    return ids;
  },
};

/** The subject's applications in the transaction's programme (row-level security). */
async function exportApplications(tx: Tx, subject: DataSubject) {
  const rows = await tx.select().from(application).where(theirApplications(subject));
  const ids = rows.map((r) => r.id);
  const consents = ids.length
    ? await tx.select().from(applicationConsent).where(inArray(applicationConsent.applicationId, ids))
    : [];
  const events = ids.length
    ? await tx
        .select({
          applicationId: applicationEvent.applicationId,
          to: applicationEvent.toStatus,
          at: applicationEvent.at,
        })
        .from(applicationEvent)
        .where(inArray(applicationEvent.applicationId, ids))
    : [];
  const interviews = ids.length
    ? await tx.select().from(interview).where(inArray(interview.applicationId, ids))
    : [];
  return rows.map((row) => ({
    role: row.role,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    answers: openAnswers(row),
    eligibility: row.eligibilityOutcome,
    consents: consents
      .filter((c) => c.applicationId === row.id)
      .map((c) => ({
        key: c.key,
        noticeVersion: c.noticeVersion,
        givenAt: c.givenAt.toISOString(),
        withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
      })),
    history: events
      .filter((e) => e.applicationId === row.id)
      .map((e) => ({ status: e.to, at: e.at.toISOString() })),
    interview:
      interviews
        .filter((i) => i.applicationId === row.id)
        .map((i) => ({
          startsAt: i.startsAt.toISOString(),
          endsAt: i.endsAt.toISOString(),
          place: i.place,
          checklist: i.checklist,
          notes: i.notesSealed ? openText(i.notesSealed, notesContext(i.applicationId)) : null,
        }))[0] ?? null,
  }));
}

/** Erases (anonymises) the subject's applications in the transaction's programme. */
async function eraseApplications(tx: Tx, subject: DataSubject) {
  const ids = await applicationIds(tx, subject);
  if (ids.length) {
    await tx.delete(applicationConsent).where(inArray(applicationConsent.applicationId, ids));
    await tx
      .update(applicationEvent)
      .set({ reasonSealed: null })
      .where(inArray(applicationEvent.applicationId, ids));
    await anonymiseApplications(tx, ids);
  }
  // As staff: the history keeps what happened, not who did it.
  await tx
    .update(applicationEvent)
    .set({ actorId: null })
    .where(eq(applicationEvent.actorId, subject.userId));
  await tx.update(interview).set({ bookedBy: null }).where(eq(interview.bookedBy, subject.userId));
  await tx
    .update(privacyNotice)
    .set({ publishedBy: null })
    .where(eq(privacyNotice.publishedBy, subject.userId));
}

/**
 * Clears everything that points at the person (also their consents, the reasons given in the
 * history and their interview: its time, place and staff's notes); keeps what the statistics count.
 */
export async function anonymiseApplications(tx: Tx, ids: string[]): Promise<void> {
  await tx.delete(applicationConsent).where(inArray(applicationConsent.applicationId, ids));
  await tx.delete(interview).where(inArray(interview.applicationId, ids));
  await tx
    .update(applicationEvent)
    .set({ reasonSealed: null })
    .where(inArray(applicationEvent.applicationId, ids));
  await tx
    .update(application)
    .set({
      name: null,
      email: null,
      phone: null,
      municipalityCode: null,
      answers: {},
      hopesSealed: null,
      ownWordsSealed: null,
      eligibility: null,
      userId: null,
      // A fresh random hash: the applicant's old link opens nothing any more.
      tokenHash: randomUUID(),
      tokenSealed: null,
    })
    .where(inArray(application.id, ids));
}
