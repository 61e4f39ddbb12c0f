import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  integer,
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

/** A weekly café time of a programme (e.g. Tuesday 13:00–16:00); its sessions are made from it. */
export const cafeSlot = pgTable(
  'cafe_slot',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    /** ISO weekday: 1 Monday … 7 Sunday. */
    weekday: integer('weekday').notNull(),
    /** HH:MM on a Copenhagen clock. */
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    place: text('place').notNull(),
    /** Stopped by staff: no new sessions; the past ones (and their visits) stay. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('cafe_slot'),
  ],
).enableRLS();

/**
 * One café session: when and where, the staff member on duty (the rota), a cancellation, and the
 * check-in code shown in the room (only its hash, and until when it works).
 */
export const cafeSession = pgTable(
  'cafe_session',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    slotId: uuid('slot_id').references(() => cafeSlot.id, { onDelete: 'set null' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    hostId: uuid('host_id').references(() => appUser.id, { onDelete: 'set null' }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason').notNull().default(''),
    checkInCodeHash: text('check_in_code_hash'),
    checkInCodeExpiresAt: timestamp('check_in_code_expires_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    unique('cafe_session_slot_start_unique').on(t.slotId, t.startsAt),
    index('cafe_session_programme_idx').on(t.programmeId, t.startsAt),
    programmePolicy('cafe_session'),
  ],
).enableRLS();

/** That a person came to a café session: tapped in by staff or checked in with the room's code. */
export const cafeVisit = pgTable(
  'cafe_visit',
  {
    ...programmeOwned(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => cafeSession.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    via: text('via', { enum: ['staff', 'code'] }).notNull(),
    recordedBy: uuid('recorded_by').references(() => appUser.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.userId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('cafe_visit_user_idx').on(t.userId),
    programmePolicy('cafe_visit'),
  ],
).enableRLS();

/** A wrong check-in code typed by a person: a few per quarter of an hour, then a pause. */
export const cafeCodeAttempt = pgTable(
  'cafe_code_attempt',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('cafe_code_attempt_user_idx').on(t.userId, t.at),
    programmePolicy('cafe_code_attempt'),
  ],
).enableRLS();

/** An event (arrangement): the summer trip, the Christmas lunch. */
export const communityEvent = pgTable(
  'community_event',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    place: text('place').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Places, counting each guest. */
    capacity: integer('capacity').notNull(),
    /** Whole kroner per person; 0 is free. */
    costKr: integer('cost_kr').notNull().default(0),
    signUpDeadline: timestamp('sign_up_deadline', { withTimezone: true }).notNull(),
    audience: text('audience', { enum: ['peers', 'mentors', 'both'] }).notNull(),
    guestAllowed: boolean('guest_allowed').notNull().default(false),
    /** Cancelled by staff: sign-ups stay as history, nobody can sign up, everyone was told why. */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** The programme's own words to those who had signed up (about the event, never about a person). */
    cancelReason: text('cancel_reason').notNull().default(''),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('community_event_programme_idx').on(t.programmeId, t.startsAt),
    programmePolicy('community_event'),
  ],
).enableRLS();

/**
 * A person's sign-up for an event: a place (`confirmed`) or on the waiting list (the earliest
 * `signed_up_at` first), perhaps with one guest; whether they came; when the reminder went.
 */
export const eventSignUp = pgTable(
  'event_sign_up',
  {
    ...programmeOwned(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => communityEvent.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['confirmed', 'waiting'] }).notNull(),
    guest: boolean('guest').notNull().default(false),
    signedUpAt: timestamp('signed_up_at', { withTimezone: true }).notNull().defaultNow(),
    attended: boolean('attended'),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.userId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('event_sign_up_user_idx').on(t.userId),
    programmePolicy('event_sign_up'),
  ],
).enableRLS();
