/**
 * The one way to send e-mail: `queueMail` writes the message to the outbox in the caller's
 * transaction and schedules its delivery; the `mail.deliver` job hands it to SMTP (nodemailer)
 * when `SMTP_URL` is set, or keeps it for the development mailbox page otherwise.
 */
import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Database, Executor } from './db.ts';
import { fieldContext, openText, sealText } from './field-encryption.ts';
import { type JobHandler, scheduleJob } from './jobs.ts';
import { mailMessage } from './mail.table.ts';

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** Text content (an .ics file is text). */
  content: string;
}

export interface MailInput {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

export interface MailTransport {
  readonly name: 'smtp' | 'dev';
  send(message: MailInput): Promise<{ messageId: string | null }>;
}

/** SMTP through nodemailer when a URL is configured; otherwise the development outbox. */
export function createMailTransport(options: { smtpUrl?: string; from: string }): MailTransport {
  if (!options.smtpUrl) {
    return { name: 'dev', send: async () => ({ messageId: null }) };
  }
  const transporter = nodemailer.createTransport(options.smtpUrl);
  return {
    name: 'smtp',
    async send(message) {
      const info = await transporter.sendMail({ from: options.from, ...message });
      return { messageId: info.messageId ?? null };
    },
  };
}

/** Writes a message to the outbox and schedules its delivery, in the caller's transaction. */
export async function queueMail(exec: Executor, message: MailInput): Promise<string> {
  // The body holds names and one-time links: encrypted at rest like any free text.
  const id = randomUUID();
  const [row] = await exec
    .insert(mailMessage)
    .values({
      id,
      toAddress: message.to,
      subject: message.subject,
      textBody: sealText(message.text, fieldContext('mail_message', 'text_body', id)),
      htmlBody: message.html ? sealText(message.html, fieldContext('mail_message', 'html_body', id)) : null,
      // An invitation's .ics names a time and a place: as private as the body.
      attachmentsSealed: message.attachments?.length
        ? sealText(
            JSON.stringify(message.attachments),
            fieldContext('mail_message', 'attachments_sealed', id),
          )
        : null,
    })
    .returning({ id: mailMessage.id });
  await scheduleJob(exec, {
    kind: 'mail.deliver',
    payload: { messageId: row!.id },
    idempotencyKey: `mail:${row!.id}`,
  });
  return row!.id;
}

/** The job handler that delivers one queued message; delivering twice is a no-op. */
export function mailDeliveryHandler(transport: MailTransport): JobHandler {
  return async (payload, { db }) => {
    const id = String(payload.messageId);
    const [message] = await db.db.select().from(mailMessage).where(eq(mailMessage.id, id));
    if (!message || message.status === 'sent') return;
    const result = await transport.send({
      to: message.toAddress,
      subject: message.subject,
      text: openText(message.textBody, fieldContext('mail_message', 'text_body', id)),
      ...(message.htmlBody
        ? { html: openText(message.htmlBody, fieldContext('mail_message', 'html_body', id)) }
        : {}),
      ...(message.attachmentsSealed ? { attachments: openAttachments(id, message.attachmentsSealed) } : {}),
    });
    await db.db
      .update(mailMessage)
      .set({
        status: 'sent',
        sentAt: new Date(),
        transport: transport.name,
        transportMessageId: result.messageId,
      })
      .where(eq(mailMessage.id, id));
  };
}

/** The newest messages of the outbox, decrypted, for the development mailbox. */
export async function listOutbox(db: Database, limit = 50) {
  const rows = await db.db.select().from(mailMessage).orderBy(desc(mailMessage.createdAt)).limit(limit);
  return rows.map(({ attachmentsSealed, ...row }) => ({
    ...row,
    textBody: openText(row.textBody, fieldContext('mail_message', 'text_body', row.id)),
    htmlBody: row.htmlBody ? openText(row.htmlBody, fieldContext('mail_message', 'html_body', row.id)) : null,
    attachments: attachmentsSealed ? openAttachments(row.id, attachmentsSealed) : [],
  }));
}

function openAttachments(id: string, sealed: string): MailAttachment[] {
  return JSON.parse(
    openText(sealed, fieldContext('mail_message', 'attachments_sealed', id)),
  ) as MailAttachment[];
}
