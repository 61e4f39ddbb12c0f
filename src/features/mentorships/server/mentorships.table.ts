import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { programmeOwned, programmePolicy } from '../../../server/tenancy.ts';
import { appUser } from '../../accounts/server/index.ts';
import { programme } from '../../programmes/server/index.ts';
import { END_REASONS, MENTORSHIP_STATES, RHYTHMS } from '../mentorship-states.ts';
import { PLACE_TYPES, TASK_KIND_NAMES } from '../mentorships.contract.ts';

/** A programme's rules for mentorships (the contract's defaults until saved). */
export const mentorshipSettings = pgTable(
  'mentorship_settings',
  {
    ...programmeOwned(),
    months: integer('months').notNull(),
    extensionMonths: integer('extension_months').notNull(),
    pauseMovesEnd: boolean('pause_moves_end').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('mentorship_settings'),
  ],
).enableRLS();

/**
 * A peer and a mentor's course together (forløb), in one of the states of `mentorship-states.ts`.
 * Dates are Copenhagen calendar dates; `paused_since` is set exactly while paused. A person's
 * erasure leaves the pair's history for the other, without them (their id set to null).
 */
export const mentorship = pgTable(
  'mentorship',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    peerId: uuid('peer_id').references(() => appUser.id, { onDelete: 'set null' }),
    mentorId: uuid('mentor_id').references(() => appUser.id, { onDelete: 'set null' }),
    state: text('state', { enum: MENTORSHIP_STATES }).notNull(),
    rhythm: text('rhythm', { enum: RHYTHMS }).notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    plannedEnd: date('planned_end', { mode: 'string' }).notNull(),
    extendedEnd: date('extended_end', { mode: 'string' }),
    pausedSince: date('paused_since', { mode: 'string' }),
    resumeAgreed: jsonb('resume_agreed').$type<('peer' | 'mentor')[]>().notNull().default(sql`'[]'::jsonb`),
    endReason: text('end_reason', { enum: END_REASONS }),
    /** The day both were asked whether to go on (decision 042): set once, by the daily job's claim. */
    extensionAskedOn: date('extension_asked_on', { mode: 'string' }),
    /** What came of the question once both answered: only this reaches the pair, never an answer. */
    extensionOutcome: text('extension_outcome', { enum: ['extended', 'declined'] }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('mentorship_programme_state_idx').on(t.programmeId, t.state),
    index('mentorship_peer_idx').on(t.peerId),
    index('mentorship_mentor_idx').on(t.mentorId),
    programmePolicy('mentorship'),
  ],
).enableRLS();

/**
 * Every step of a mentorship: who (the party and, unless it was matching, the person), when,
 * from which state to which, and why — an end reason or new rhythm in `reason`, the free text
 * of a pause or an early end in `note_sealed` (encrypted, decision 012; staff only).
 */
export const mentorshipEvent = pgTable(
  'mentorship_event',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorship.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    fromState: text('from_state', { enum: MENTORSHIP_STATES }).notNull(),
    toState: text('to_state', { enum: MENTORSHIP_STATES }).notNull(),
    byParty: text('by_party', { enum: ['peer', 'mentor', 'staff', 'matching'] }).notNull(),
    actorId: uuid('actor_id').references(() => appUser.id, { onDelete: 'set null' }),
    reason: text('reason'),
    noteSealed: text('note_sealed'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('mentorship_event_mentorship_idx').on(t.mentorshipId, t.at),
    programmePolicy('mentorship_event'),
  ],
).enableRLS();

/**
 * A meeting of the pair: planned by either, then logged as happened, moved (a new planned
 * meeting takes its place, `moved_to_id`) or cancelled. The note is encrypted; `home_flag` says
 * which part of the home rule (home-address.ts) it met, for staff to follow up.
 */
export const meeting = pgTable(
  'meeting',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorship.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    placeType: text('place_type', { enum: PLACE_TYPES }).notNull(),
    noteSealed: text('note_sealed'),
    status: text('status', { enum: ['planned', 'happened', 'moved', 'cancelled'] }).notNull(),
    plannedBy: uuid('planned_by').references(() => appUser.id, { onDelete: 'set null' }),
    loggedBy: uuid('logged_by').references(() => appUser.id, { onDelete: 'set null' }),
    loggedAt: timestamp('logged_at', { withTimezone: true }),
    movedToId: uuid('moved_to_id'),
    homeFlag: text('home_flag', { enum: ['home-word', 'floor-or-door'] }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('meeting_mentorship_idx').on(t.mentorshipId, t.startsAt),
    // The overview's last meeting, next meeting and 4 weeks' count per pair: a few index rows each.
    index('meeting_mentorship_status_idx').on(t.mentorshipId, t.status, t.startsAt),
    // The overview's count of flagged meetings per pair reads only the flagged ones.
    index('meeting_home_flag_idx').on(t.mentorshipId).where(sql`home_flag is not null`),
    programmePolicy('meeting'),
  ],
).enableRLS();

/** One person's private 1–5 "how did it go" for a meeting: their partner never sees it. */
export const meetingRating = pgTable(
  'meeting_rating',
  {
    ...programmeOwned(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    rating: integer('rating').notNull(),
    ratedAt: timestamp('rated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.userId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('meeting_rating_user_idx').on(t.userId),
    programmePolicy('meeting_rating'),
  ],
).enableRLS();

/**
 * One of the pair's own answer to "continue 3 more months?" (decision 042), keyed by side: the
 * partner's view never reads it; once both have answered only the outcome on `mentorship` shows.
 */
export const extensionAnswer = pgTable(
  'extension_answer',
  {
    ...programmeOwned(),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorship.id, { onDelete: 'cascade' }),
    party: text('party', { enum: ['peer', 'mentor'] }).notNull(),
    userId: uuid('user_id').references(() => appUser.id, { onDelete: 'set null' }),
    wantsToContinue: boolean('wants_to_continue').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.mentorshipId, t.party] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('extension_answer_user_idx').on(t.userId),
    programmePolicy('extension_answer'),
  ],
).enableRLS();

/**
 * That a mentor had a relapse (issue #8 point 5, decision 049): counted for evaluation without
 * details — who, the day, who recorded it and how many pairs it paused, never free text. Erasure
 * of either person leaves the count, without them.
 */
export const mentorRelapse = pgTable(
  'mentor_relapse',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    mentorId: uuid('mentor_id').references(() => appUser.id, { onDelete: 'set null' }),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').references(() => appUser.id, { onDelete: 'set null' }),
    pausedPairs: integer('paused_pairs').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('mentor_relapse_programme_day_idx').on(t.programmeId, t.recordedOn),
    index('mentor_relapse_mentor_idx').on(t.mentorId),
    index('mentor_relapse_recorded_by_idx').on(t.recordedBy),
    programmePolicy('mentor_relapse'),
  ],
).enableRLS();

/**
 * Staff's to-do for one pair (issue #8 point 8, decision 044). Steps open them (a pause: follow
 * up; an early end: offer a rematch; the planned end: the closure conversation) and so does a
 * rhythm slipped 2 × the interval (the daily `mentorships.staff-tasks`); `key` makes each one
 * once. Staff add their own with a text (encrypted) and mark any done (who, when).
 */
export const mentorshipTask = pgTable(
  'mentorship_task',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorship.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: TASK_KIND_NAMES }).notNull(),
    key: text('key').notNull(),
    textSealed: text('text_sealed'),
    dueOn: date('due_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    doneBy: uuid('done_by').references(() => appUser.id, { onDelete: 'set null' }),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    uniqueIndex('mentorship_task_key_idx').on(t.mentorshipId, t.key),
    index('mentorship_task_open_idx').on(t.mentorshipId).where(sql`done_at is null`),
    programmePolicy('mentorship_task'),
  ],
).enableRLS();

/** Staff's own notes about a pair: encrypted, never shown to the pair, every read audited. */
export const mentorshipNote = pgTable(
  'mentorship_note',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorship.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => appUser.id, { onDelete: 'set null' }),
    textSealed: text('text_sealed').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('mentorship_note_mentorship_idx').on(t.mentorshipId, t.at),
    programmePolicy('mentorship_note'),
  ],
).enableRLS();
