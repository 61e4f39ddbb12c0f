/** The interview of an application as staff and as the applicant see it. */
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { fieldContext, openText } from '../../../server/field-encryption.ts';
import { PROGRAMME_TIME_ZONE } from '../../../shared/calendar-date.ts';
import { appUser } from '../../accounts/server/index.ts';
import type { ApplicantView, Interview } from '../intake.contract.ts';
import { interview } from './intake.table.ts';

export type InterviewRow = typeof interview.$inferSelect;

/** The interview's notes column is bound to its application (one interview per application). */
export const notesContext = (applicationId: string) =>
  fieldContext('interview', 'notes_sealed', applicationId);

export async function findInterview(tx: Tx, applicationId: string): Promise<InterviewRow | undefined> {
  const [row] = await tx.select().from(interview).where(eq(interview.applicationId, applicationId));
  return row;
}

/** Staff's view: time, place, notes decrypted, checklist and who booked it. */
export async function staffInterview(tx: Tx, applicationId: string): Promise<Interview | null> {
  const [row] = await tx
    .select({ interview, bookedByName: appUser.name })
    .from(interview)
    .leftJoin(appUser, eq(appUser.id, interview.bookedBy))
    .where(eq(interview.applicationId, applicationId));
  if (!row) return null;
  const i = row.interview;
  return {
    startsAt: i.startsAt.toISOString(),
    endsAt: i.endsAt.toISOString(),
    place: i.place,
    notes: i.notesSealed ? openText(i.notesSealed, notesContext(applicationId)) : null,
    checklist: i.checklist,
    bookedByName: row.bookedByName ?? null,
    updatedAt: i.updatedAt.toISOString(),
  };
}

/** The applicant's view: when and where, never staff's notes or checklist. */
export async function applicantInterview(tx: Tx, applicationId: string): Promise<ApplicantView['interview']> {
  const row = await findInterview(tx, applicationId);
  return row
    ? { startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString(), place: row.place }
    : null;
}

const WHEN = {
  da: new Intl.DateTimeFormat('da-DK', {
    timeZone: PROGRAMME_TIME_ZONE,
    dateStyle: 'full',
    timeStyle: 'short',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: PROGRAMME_TIME_ZONE,
    dateStyle: 'full',
    timeStyle: 'short',
  }),
};

/** "tirsdag den 8. december 2026 kl. 10.00": the time in Copenhagen, as the applicant reads it. */
export function interviewTime(instant: Date, locale: 'da' | 'en'): string {
  return WHEN[locale].format(instant);
}
