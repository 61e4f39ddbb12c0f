import { sql } from 'drizzle-orm';
import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { programmeOwned, programmePolicy } from '../../../server/tenancy.ts';
import { appUser } from '../../accounts/server/index.ts';
import { programme } from '../../programmes/server/index.ts';
import type { CertificateContent, DepartureReason, TrainingSettings } from '../training.contract.ts';

/** A programme's settings for course plans (the contract's `DEFAULT_TRAINING_SETTINGS` until saved). */
export const trainingSettings = pgTable(
  'training_settings',
  {
    ...programmeOwned(),
    settings: jsonb('settings').$type<TrainingSettings>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('training_settings'),
  ],
).enableRLS();

/** A cohort (hold) of mentors trained together, from its start month. */
export const cohort = pgTable(
  'cohort',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    name: text('name').notNull(),
    /** YYYY-MM. */
    startMonth: text('start_month').notNull(),
    capacity: integer('capacity').notNull(),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('cohort_programme_idx').on(t.programmeId, t.startMonth),
    programmePolicy('cohort'),
  ],
).enableRLS();

/** The staff who lead a cohort. */
export const cohortLead = pgTable(
  'cohort_lead',
  {
    ...programmeOwned(),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohort.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.cohortId, t.userId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('cohort_lead'),
  ],
).enableRLS();

/**
 * A mentor on a cohort: a member, on its waiting list (the earliest `joined_at` first), or a
 * member who left it (the reason in `cohort_departure`). One row per cohort and person.
 */
export const cohortMember = pgTable(
  'cohort_member',
  {
    ...programmeOwned(),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohort.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['member', 'waiting', 'left'] }).notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.cohortId, t.userId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('cohort_member_user_idx').on(t.userId),
    programmePolicy('cohort_member'),
  ],
).enableRLS();

/** One session of a cohort's course plan: a teaching day or a group supervision. */
export const courseSession = pgTable(
  'course_session',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohort.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['teaching', 'supervision'] }).notNull(),
    number: integer('number').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place').notNull().default(''),
    topic: text('topic').notNull().default(''),
    teacher: text('teacher').notNull().default(''),
    materials: text('materials').notNull().default(''),
    links: jsonb('links').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    movedForHoliday: text('moved_for_holiday'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('course_session_cohort_idx').on(t.cohortId, t.startsAt),
    programmePolicy('course_session'),
  ],
).enableRLS();

/**
 * A member's attendance at a session, as staff registered it in the room, and the day a missed
 * session was made up (it then counts as attended). One row per session and person.
 */
export const attendance = pgTable(
  'attendance',
  {
    ...programmeOwned(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => courseSession.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    mark: text('mark', { enum: ['present', 'late', 'absent-notice', 'absent'] }),
    madeUpOn: date('made_up_on', { mode: 'string' }),
    recordedBy: uuid('recorded_by').references(() => appUser.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.userId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('attendance_user_idx').on(t.userId),
    programmePolicy('attendance'),
  ],
).enableRLS();

/**
 * A member's calendar feed: the SHA-256 of the secret in their feed's address (the secret itself
 * is shown once, when made). One per person and programme; a new link replaces the old, and
 * turning the feed off deletes the row.
 */
export const calendarFeed = pgTable(
  'calendar_feed',
  {
    ...programmeOwned(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.userId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('calendar_feed'),
  ],
).enableRLS();

/**
 * A member's notice of absence from a session ahead of it, with their reason (encrypted, decision
 * 012). It reads as the mark "absent with notice" until staff register something else; withdrawn
 * by deleting it. One per session and person.
 */
export const absenceNotice = pgTable(
  'absence_notice',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => courseSession.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    reasonSealed: text('reason_sealed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('absence_notice_session_user_unique').on(t.sessionId, t.userId),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('absence_notice_user_idx').on(t.userId),
    programmePolicy('absence_notice'),
  ],
).enableRLS();

/**
 * A course certificate as issued: what it says (names, sessions, hours) is kept as issued, so a
 * download gives the latest issue unchanged; reissuing adds a row (decision 034). `issued_by` is
 * null when it was issued as the mentor first downloaded it.
 */
export const courseCertificate = pgTable(
  'course_certificate',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohort.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    content: jsonb('content').$type<CertificateContent>().notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    issuedBy: uuid('issued_by').references(() => appUser.id, { onDelete: 'set null' }),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('course_certificate_member_idx').on(t.cohortId, t.userId, t.issuedAt),
    index('course_certificate_user_idx').on(t.userId),
    programmePolicy('course_certificate'),
  ],
).enableRLS();

/**
 * A theme of a group supervision, written by staff for staff (no personal details of peers), the
 * text encrypted (decision 012). Several per session.
 */
export const supervisionTheme = pgTable(
  'supervision_theme',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => courseSession.id, { onDelete: 'cascade' }),
    textSealed: text('text_sealed').notNull(),
    writtenBy: uuid('written_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('supervision_theme_session_idx').on(t.sessionId, t.createdAt),
    index('supervision_theme_writer_idx').on(t.writtenBy),
    programmePolicy('supervision_theme'),
  ],
).enableRLS();

/**
 * Why a member left a cohort (its `cohort_member` row then says `left`): a reason from a list and
 * an optional note (encrypted). One per cohort and person; rejoining deletes it.
 */
export const cohortDeparture = pgTable(
  'cohort_departure',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohort.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    reason: text('reason').$type<DepartureReason>().notNull(),
    noteSealed: text('note_sealed'),
    leftAt: timestamp('left_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by').references(() => appUser.id, { onDelete: 'set null' }),
  },
  (t) => [
    unique('cohort_departure_member_unique').on(t.cohortId, t.userId),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('cohort_departure_user_idx').on(t.userId),
    programmePolicy('cohort_departure'),
  ],
).enableRLS();

/**
 * The reminder a member got the day before a session, by e-mail or SMS: written in the same
 * transaction that queues the message, so a rerun of the daily job sends none twice.
 */
export const sessionReminder = pgTable(
  'session_reminder',
  {
    ...programmeOwned(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => courseSession.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.userId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('session_reminder_user_idx').on(t.userId),
    programmePolicy('session_reminder'),
  ],
).enableRLS();
