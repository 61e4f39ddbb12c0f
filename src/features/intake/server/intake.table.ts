import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { programmeOwned, programmePolicy } from '../../../server/tenancy.ts';
import { appUser, invitation } from '../../accounts/server/index.ts';
import { programme } from '../../programmes/server/index.ts';
import { cohort } from '../../training/server/index.ts';
import type { EligibilityResult, EligibilityRules } from '../eligibility.contract.ts';
import type { ApplicationAnswers, ConsentDefinition } from '../intake.contract.ts';

export interface OtherHelpContact {
  name: string;
  phone?: string;
  description?: string;
}

/**
 * A programme's intake settings: the eligibility rules per role, the postcodes of its area (each
 * pre-selects a municipality on the form), where else to get help (shown to an applicant who does
 * not qualify), and how long a declined application is kept.
 */
export const intakeSettings = pgTable(
  'intake_settings',
  {
    ...programmeOwned(),
    eligibilityRules: jsonb('eligibility_rules').$type<EligibilityRules>().notNull(),
    areaPostcodes: jsonb('area_postcodes')
      .$type<{ postcode: string; municipalityCode: string }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    otherHelp: jsonb('other_help')
      .$type<{ da: OtherHelpContact[]; en: OtherHelpContact[] }>()
      .notNull()
      .default(sql`'{"da":[],"en":[]}'::jsonb`),
    declinedRetentionDays: integer('declined_retention_days').notNull().default(180),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('intake_settings'),
  ],
).enableRLS();

/** The privacy notice applicants read before sending, versioned: a change is a new version. */
export const privacyNotice = pgTable(
  'privacy_notice',
  {
    ...programmeOwned(),
    version: integer('version').notNull(),
    text: jsonb('text').$type<{ da: string; en: string }>().notNull(),
    consents: jsonb('consents').$type<ConsentDefinition[]>().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => appUser.id, { onDelete: 'set null' }),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.version] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('privacy_notice'),
  ],
).enableRLS();

/**
 * An application to join as peer or mentor. It is a draft while the applicant fills it in (saved
 * as they go; the continue link carries a token looked up by its SHA-256), then goes through
 * screening. Contact details are plain columns (staff search them); the applicant's own words are
 * encrypted (`*_sealed`, see field-encryption.ts); the other answers are in `answers`.
 */
export const application = pgTable(
  'application',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    role: text('role', { enum: ['peer', 'mentor'] }).notNull(),
    status: text('status', {
      enum: [
        'draft',
        'new',
        'contacted',
        'interview-booked',
        'approved',
        'waiting-list',
        'declined',
        'withdrawn',
      ],
    })
      .notNull()
      .default('draft'),
    tokenHash: text('token_hash').notNull().unique(),
    /** The token itself, encrypted, so later messages (decision, interview) can carry the link. */
    tokenSealed: text('token_sealed'),
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    municipalityCode: text('municipality_code'),
    /** The answers but the free text (postcode, eligibility answers, interests, availability …). */
    answers: jsonb('answers').$type<Omit<ApplicationAnswers, 'hopes' | 'ownWords'>>().notNull().default({}),
    hopesSealed: text('hopes_sealed'),
    ownWordsSealed: text('own_words_sealed'),
    eligibility: jsonb('eligibility').$type<EligibilityResult>(),
    eligibilityOutcome: text('eligibility_outcome', { enum: ['eligible', 'not-eligible', 'incomplete'] }),
    noticeVersion: integer('notice_version'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The invitation to log in sent at approval (decision 036: the application follows the person). */
    invitationId: uuid('invitation_id').references(() => invitation.id, { onDelete: 'set null' }),
    /** A mentor's offered place on a training cohort (joined when the invitation is accepted). */
    offeredCohortId: uuid('offered_cohort_id').references(() => cohort.id, { onDelete: 'set null' }),
    /** The participant account: set when the person accepts the invitation sent at approval. */
    userId: uuid('user_id').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('application_queue_idx').on(t.programmeId, t.role, t.status, t.submittedAt),
    programmePolicy('application'),
  ],
).enableRLS();

/** A consent an applicant gave (and may withdraw), with the notice version they read. */
export const applicationConsent = pgTable(
  'application_consent',
  {
    ...programmeOwned(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => application.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    noticeVersion: integer('notice_version').notNull(),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.key] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('application_consent'),
  ],
).enableRLS();

/** Each change of an application's status: who (null: the applicant), when, and why (encrypted). */
export const applicationEvent = pgTable(
  'application_event',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => application.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id').references(() => appUser.id, { onDelete: 'set null' }),
    reasonSealed: text('reason_sealed'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('application_event_application_idx').on(t.applicationId, t.at),
    programmePolicy('application_event'),
  ],
).enableRLS();

/**
 * The screening interview (visitationssamtale) of an application: one current booking per
 * application (re-booking moves it). Staff's notes are encrypted; the checklist holds only
 * booleans under the keys of the applicant's role (`INTERVIEW_CHECKLIST` in the contract).
 */
export const interview = pgTable(
  'interview',
  {
    ...programmeOwned(),
    applicationId: uuid('application_id')
      .primaryKey()
      .references(() => application.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    notesSealed: text('notes_sealed'),
    checklist: jsonb('checklist').$type<Record<string, boolean>>().notNull().default({}),
    bookedBy: uuid('booked_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('interview'),
  ],
).enableRLS();
