/**
 * The one way to send an SMS: `queueSms` writes it to the outbox in the caller's transaction and
 * schedules its delivery; the `sms.deliver` job posts it to the configured gateway
 * (`SMS_GATEWAY_URL`, JSON `{ to, text }` with a bearer token) or keeps it for the development
 * mailbox page when none is configured. Danish SMS gateways differ; a small HTTP relay adapts
 * this one request to a provider.
 */
import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { Database, Executor } from './db.ts';
import { fieldContext, openText, sealText } from './field-encryption.ts';
import { type JobHandler, scheduleJob } from './jobs.ts';
import { smsMessage } from './sms.table.ts';

export interface SmsInput {
  /** A phone number as `normalizePhone` returns it (e.g. +4512345678). */
  to: string;
  text: string;
}

export interface SmsTransport {
  readonly name: 'gateway' | 'dev';
  send(message: SmsInput): Promise<void>;
}

/**
 * Danish numbers may be typed with spaces, dashes and with or without +45; foreign numbers need
 * their + prefix. Returns `+<digits>`, or null when it cannot be a phone number.
 */
export function normalizePhone(input: string): string | null {
  const compact = input.replace(/[\s\-().]/g, '');
  if (/^\d{8}$/.test(compact)) return `+45${compact}`;
  if (/^00\d{8,15}$/.test(compact)) return `+${compact.slice(2)}`;
  if (/^\+\d{8,15}$/.test(compact)) return compact;
  return null;
}

export function createSmsTransport(options: { gatewayUrl?: string; gatewayToken?: string }): SmsTransport {
  const { gatewayUrl, gatewayToken } = options;
  if (!gatewayUrl) return { name: 'dev', send: async () => {} };
  return {
    name: 'gateway',
    async send(message) {
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(gatewayToken ? { authorization: `Bearer ${gatewayToken}` } : {}),
        },
        body: JSON.stringify({ to: message.to, text: message.text }),
        signal: AbortSignal.timeout(15_000),
      });
      // The job retries with backoff; the status is enough to find the cause, the body may echo the number.
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}

/** Writes an SMS to the outbox and schedules its delivery, in the caller's transaction. */
export async function queueSms(exec: Executor, message: SmsInput): Promise<string> {
  const id = randomUUID();
  const [row] = await exec
    .insert(smsMessage)
    .values({
      id,
      toPhone: message.to,
      textBody: sealText(message.text, fieldContext('sms_message', 'text_body', id)),
    })
    .returning({ id: smsMessage.id });
  await scheduleJob(exec, {
    kind: 'sms.deliver',
    payload: { messageId: row!.id },
    idempotencyKey: `sms:${row!.id}`,
  });
  return row!.id;
}

/** The job handler that delivers one queued SMS; delivering twice is a no-op. */
export function smsDeliveryHandler(transport: SmsTransport): JobHandler {
  return async (payload, { db }) => {
    const id = String(payload.messageId);
    const [message] = await db.db.select().from(smsMessage).where(eq(smsMessage.id, id));
    if (!message || message.status === 'sent') return;
    await transport.send({
      to: message.toPhone,
      text: openText(message.textBody, fieldContext('sms_message', 'text_body', id)),
    });
    await db.db
      .update(smsMessage)
      .set({ status: 'sent', sentAt: new Date(), transport: transport.name })
      .where(eq(smsMessage.id, id));
  };
}

/** The newest SMS messages of the outbox, decrypted, for the development mailbox. */
export async function listSmsOutbox(db: Database, limit = 50) {
  const rows = await db.db.select().from(smsMessage).orderBy(desc(smsMessage.createdAt)).limit(limit);
  return rows.map((row) => ({
    ...row,
    textBody: openText(row.textBody, fieldContext('sms_message', 'text_body', row.id)),
  }));
}
