import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The outbox: a message is written here in the same transaction as the action that caused it and
 * delivered by a job (SMTP when configured, otherwise kept for the development mailbox page).
 */
export const mailMessage = pgTable(
  'mail_message',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    /** The attachments as sealed JSON (`MailAttachment[]`): an invitation's .ics names a time and place. */
    attachmentsSealed: text('attachments_sealed'),
    status: text('status', { enum: ['queued', 'sent', 'failed'] })
      .notNull()
      .default('queued'),
    transport: text('transport'),
    transportMessageId: text('transport_message_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('mail_message_created_idx').on(t.createdAt)],
);
