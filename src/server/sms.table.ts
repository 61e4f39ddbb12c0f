import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The SMS outbox, like the e-mail outbox (`mail.table.ts`): written in the transaction of the
 * action that caused it, delivered by the `sms.deliver` job through the configured gateway, or
 * kept for the development mailbox page when none is configured.
 */
export const smsMessage = pgTable(
  'sms_message',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    toPhone: text('to_phone').notNull(),
    textBody: text('text_body').notNull(),
    status: text('status', { enum: ['queued', 'sent', 'failed'] })
      .notNull()
      .default('queued'),
    transport: text('transport'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('sms_message_created_idx').on(t.createdAt)],
);
