import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { programmeOwned, programmePolicy } from '../../../server/tenancy.ts';
import { appUser } from '../../accounts/server/index.ts';
import { programme } from '../../programmes/server/index.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** Where a post or comment stands: seen by members, held by the word list, or taken down by staff. */
export const GROUP_ITEM_STATUSES = ['published', 'held', 'hidden', 'removed'] as const;

/**
 * A post in the programme's closed group (decision 047). The text is sealed; the one image is
 * the re-encoded WebP (EXIF gone), kept in the row like the programme page's images.
 */
export const groupPost = pgTable(
  'group_post',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    authorId: uuid('author_id').references(() => appUser.id, { onDelete: 'set null' }),
    bodySealed: text('body_sealed').notNull(),
    status: text('status', { enum: GROUP_ITEM_STATUSES }).notNull(),
    /** Which word-list entry held it (the entry, not the text): shown to staff in the queue. */
    heldFor: text('held_for'),
    pinned: boolean('pinned').notNull().default(false),
    imageData: bytea('image_data'),
    imageWidth: integer('image_width'),
    imageHeight: integer('image_height'),
    moderatedBy: uuid('moderated_by').references(() => appUser.id, { onDelete: 'set null' }),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('group_post_feed_idx').on(t.programmeId, t.status, t.createdAt),
    programmePolicy('group_post'),
  ],
).enableRLS();

/** A comment on a post; held and moderated like posts. */
export const groupComment = pgTable(
  'group_comment',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    postId: uuid('post_id')
      .notNull()
      .references(() => groupPost.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => appUser.id, { onDelete: 'set null' }),
    bodySealed: text('body_sealed').notNull(),
    status: text('status', { enum: GROUP_ITEM_STATUSES }).notNull(),
    heldFor: text('held_for'),
    moderatedBy: uuid('moderated_by').references(() => appUser.id, { onDelete: 'set null' }),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('group_comment_post_idx').on(t.postId, t.createdAt),
    programmePolicy('group_comment'),
  ],
).enableRLS();

export const GROUP_REACTIONS = ['heart', 'thumbs-up', 'strong'] as const;

/** A member's one reaction to a post. */
export const groupReaction = pgTable(
  'group_reaction',
  {
    ...programmeOwned(),
    postId: uuid('post_id')
      .notNull()
      .references(() => groupPost.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: GROUP_REACTIONS }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.postId, t.userId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('group_reaction'),
  ],
).enableRLS();

/** A member's report of a post, with their reason (sealed); resolved by a moderation step. */
export const groupReport = pgTable(
  'group_report',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    postId: uuid('post_id')
      .notNull()
      .references(() => groupPost.id, { onDelete: 'cascade' }),
    reporterId: uuid('reporter_id').references(() => appUser.id, { onDelete: 'set null' }),
    reasonSealed: text('reason_sealed').notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('group_report_post_idx').on(t.postId),
    programmePolicy('group_report'),
  ],
).enableRLS();

/**
 * A member's own state in the group: the house rules accepted, whether they share their full
 * name, and staff's warnings and suspension (reason sealed). Membership itself is not stored: it
 * is the person's role in the programme (peer, mentor, staff), so it follows their status.
 */
export const groupMember = pgTable(
  'group_member',
  {
    /** Binds the sealed reason to its row (the key is two columns). */
    id: uuid('id').notNull().unique().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    rulesAcceptedAt: timestamp('rules_accepted_at', { withTimezone: true }),
    sharesFullName: boolean('shares_full_name').notNull().default(false),
    warnings: integer('warnings').notNull().default(0),
    suspendedUntil: timestamp('suspended_until', { withTimezone: true }),
    /** Staff's reason for the last warning or suspension, shown to the member. */
    moderationReasonSealed: text('moderation_reason_sealed'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.userId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('group_member'),
  ],
).enableRLS();

/**
 * The programme's word list: a post or comment containing an entry waits for staff. An entry is
 * a word or phrase (matched case-insensitively at word boundaries); phone numbers are always held.
 */
export const groupWord = pgTable(
  'group_word',
  {
    ...programmeOwned(),
    word: text('word').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.word] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('group_word'),
  ],
).enableRLS();
