import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
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

/**
 * One notification to one person (decision 043). Its words come from the kind's entry in the
 * registry, so the row holds no free text; `dedupe_key` lets a job claim "this reminder, once"
 * (unique per person and kind). `in_app` is false when the person turned the list off for the kind.
 */
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    personId: uuid('person_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    link: text('link').notNull(),
    dedupeKey: text('dedupe_key'),
    inApp: boolean('in_app').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('notification_person_idx').on(t.programmeId, t.personId, t.createdAt),
    uniqueIndex('notification_dedupe_idx').on(t.programmeId, t.personId, t.kind, t.dedupeKey),
    programmePolicy('notification'),
  ],
).enableRLS();

/**
 * An e-mail or SMS owed for a notification: sent at once (`sent_at` set when queued in the outbox),
 * held until the quiet hours end (`due_at`), or kept for the daily digest (`digest`).
 */
export const notificationDelivery = pgTable(
  'notification_delivery',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notification.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    digest: boolean('digest').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('notification_delivery_due_idx').on(t.programmeId, t.sentAt, t.dueAt),
    programmePolicy('notification_delivery'),
  ],
).enableRLS();

/** A person's choice for one kind on one channel, where it differs from the kind's default. */
export const notificationPreference = pgTable(
  'notification_preference',
  {
    ...programmeOwned(),
    personId: uuid('person_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    channel: text('channel', { enum: ['in-app', 'email', 'sms'] }).notNull(),
    enabled: boolean('enabled').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.personId, t.kind, t.channel] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('notification_preference'),
  ],
).enableRLS();

/**
 * A person's quiet hours (HH:MM on a Copenhagen clock; both null: none), digest choice and the
 * number SMS go to. No row: the defaults (22:00–08:00, no digest, no SMS).
 */
export const notificationSetting = pgTable(
  'notification_setting',
  {
    ...programmeOwned(),
    personId: uuid('person_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    quietFrom: text('quiet_from'),
    quietTo: text('quiet_to'),
    digest: boolean('digest').notNull().default(false),
    phone: text('phone'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.personId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('notification_setting'),
  ],
).enableRLS();
