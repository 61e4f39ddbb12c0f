import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { programmeOwned, programmePolicy } from '../../../server/tenancy.ts';
import { appUser } from '../../accounts/server/index.ts';
import { programme } from '../../programmes/server/index.ts';
import {
  type MatchingSettings,
  PROPOSAL_STATUS,
  type ShareChoices,
  type Wishes,
} from '../matching.contract.ts';

/** The statuses that hold the peer out of the pool and one of the mentor's places. */
export const LIVE_STATUSES = ['approved', 'offered', 'accepted'] as const;

/** A programme's matching settings (the contract's `DEFAULT_MATCHING_SETTINGS` until saved). */
export const matchingSettings = pgTable(
  'matching_settings',
  {
    ...programmeOwned(),
    settings: jsonb('settings').$type<MatchingSettings>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('matching_settings'),
  ],
).enableRLS();

/**
 * A peer's or mentor's wishes for matching: the choices in `wishes` (jsonb), the free words and
 * the names of people they must not be matched with encrypted (decision 012). `paused` is staff's
 * (after a relapse): never proposed while set. One per programme and person.
 */
export const wishesProfile = pgTable(
  'wishes_profile',
  {
    /** The row's own id: the encryption context of its sealed columns (decision 012). */
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['peer', 'mentor'] }).notNull(),
    wishes: jsonb('wishes').$type<Omit<Wishes, 'freeWords' | 'avoidNames'>>().notNull(),
    freeWordsSealed: text('free_words_sealed'),
    avoidNamesSealed: text('avoid_names_sealed'),
    paused: boolean('paused').notNull().default(false),
    /** What the person shares with a possible match (opt-in, decision 041); the words encrypted. */
    share: jsonb('share')
      .$type<ShareChoices>()
      .notNull()
      .default({ firstName: false, activities: false, background: false }),
    shareWordsSealed: text('share_words_sealed'),
    /** First saved: the start of the time waiting for a match (issue #7 point 8, decision 041). */
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => appUser.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('wishes_profile_programme_user_unique').on(t.programmeId, t.userId),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('wishes_profile_user_idx').on(t.userId),
    programmePolicy('wishes_profile'),
  ],
).enableRLS();

/**
 * "Must not be matched": staff's mark that two people are never proposed to each other (in
 * either direction). Never shown to either of them.
 */
export const mustNotMatch = pgTable(
  'must_not_match',
  {
    ...programmeOwned(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    otherUserId: uuid('other_user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    markedBy: uuid('marked_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.userId, t.otherUserId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('must_not_match_other_idx').on(t.otherUserId),
    programmePolicy('must_not_match'),
  ],
).enableRLS();

/** A matching round staff opened: proposals are solved when it is looked at, from the pool then. */
export const matchingRound = pgTable(
  'matching_round',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    openedBy: uuid('opened_by').references(() => appUser.id, { onDelete: 'set null' }),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('matching_round_programme_idx').on(t.programmeId, t.openedAt),
    programmePolicy('matching_round'),
  ],
).enableRLS();

/** Staff's pin (this pair is proposed) or forbid (never proposed) in a round. */
export const roundPin = pgTable(
  'round_pin',
  {
    ...programmeOwned(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => matchingRound.id, { onDelete: 'cascade' }),
    peerId: uuid('peer_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    mentorId: uuid('mentor_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['pin', 'forbid'] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.peerId, t.mentorId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('round_pin'),
  ],
).enableRLS();

/**
 * A proposal staff approved, then offered to both people (issue #7 point 7): approved → offered →
 * accepted (both) → started, or declined (either). While approved, offered or accepted it keeps
 * the peer out of the pool and holds one of the mentor's places; a decline returns both. The
 * reasons for an answer are for staff only, sealed with the row's id (decision 041).
 */
export const matchProposal = pgTable(
  'match_proposal',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => matchingRound.id, { onDelete: 'cascade' }),
    peerId: uuid('peer_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    mentorId: uuid('mentor_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    score: real('score').notNull(),
    status: text('status', { enum: PROPOSAL_STATUS }).notNull().default('approved'),
    approvedBy: uuid('approved_by').references(() => appUser.id, { onDelete: 'set null' }),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull().defaultNow(),
    offeredAt: timestamp('offered_at', { withTimezone: true }),
    peerAnswer: text('peer_answer', { enum: ['accept', 'decline'] }),
    peerAnsweredAt: timestamp('peer_answered_at', { withTimezone: true }),
    peerReasonSealed: text('peer_reason_sealed'),
    mentorAnswer: text('mentor_answer', { enum: ['accept', 'decline'] }),
    mentorAnsweredAt: timestamp('mentor_answered_at', { withTimezone: true }),
    mentorReasonSealed: text('mentor_reason_sealed'),
    /** The first meeting staff arranged: when, and at the café or with staff present. */
    meetingAt: timestamp('meeting_at', { withTimezone: true }),
    meetingPlace: text('meeting_place', { enum: ['cafe', 'staff'] }),
    meetingNote: text('meeting_note'),
    mentorshipId: uuid('mentorship_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    // One live proposal per peer; a declined one may be followed by another in the same round.
    uniqueIndex('match_proposal_live_peer_unique')
      .on(t.peerId)
      .where(sql`${t.status} in ('approved', 'offered', 'accepted')`),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('match_proposal_peer_idx').on(t.peerId),
    index('match_proposal_mentor_idx').on(t.mentorId),
    programmePolicy('match_proposal'),
  ],
).enableRLS();
