import { sql } from 'drizzle-orm';
import { foreignKey, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { programmeOwned, programmePolicy } from '../../../server/tenancy.ts';
import { appUser } from '../../accounts/server/index.ts';
import { mentorship } from '../../mentorships/server/index.ts';
import { programme } from '../../programmes/server/index.ts';

/**
 * One message of a pair's thread (decision 048). The text is encrypted (decision 012) with the
 * row's id in its context; the sender's erasure deletes their messages, the pair's closure plus
 * the retention period deletes the whole thread.
 */
export const pairMessage = pgTable(
  'pair_message',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorship.id, { onDelete: 'cascade' }),
    senderId: uuid('sender_id').references(() => appUser.id, { onDelete: 'cascade' }),
    textSealed: text('text_sealed').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('pair_message_thread_idx').on(t.mentorshipId, t.sentAt),
    index('pair_message_sender_idx').on(t.senderId, t.sentAt),
    programmePolicy('pair_message'),
  ],
).enableRLS();

/**
 * A message one of the pair reported to staff, with their optional reason (encrypted). Staff
 * read the reported message through this row and nothing else of the thread; they mark it handled.
 */
export const pairMessageReport = pgTable(
  'pair_message_report',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => pairMessage.id, { onDelete: 'cascade' }),
    reporterId: uuid('reporter_id').references(() => appUser.id, { onDelete: 'set null' }),
    reasonSealed: text('reason_sealed'),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: uuid('handled_by').references(() => appUser.id, { onDelete: 'set null' }),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    uniqueIndex('pair_message_report_message_idx').on(t.messageId),
    index('pair_message_report_open_idx').on(t.programmeId, t.handledAt),
    index('pair_message_report_reporter_idx').on(t.reporterId),
    index('pair_message_report_handler_idx').on(t.handledBy),
    programmePolicy('pair_message_report'),
  ],
).enableRLS();
