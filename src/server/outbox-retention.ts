/**
 * Retention of the outboxes: a sent or failed e-mail or SMS is kept for OUTBOX_RETENTION_DAYS
 * (default 30, for questions about delivery) and then deleted by the daily `outbox.purge` job.
 * The messages hold names, contact details and one-time links; nothing needs them longer.
 * Queued messages are never purged: they have not been delivered yet.
 */
import { and, lt, ne } from 'drizzle-orm';
import type { Executor } from './db.ts';
import type { JobHandler } from './jobs.ts';
import { mailMessage } from './mail.table.ts';
import { smsMessage } from './sms.table.ts';

/** Deletes delivered and failed messages created before the cut-off; returns the counts. */
export async function purgeOutbox(
  exec: Executor,
  options: { retentionDays: number; now?: Date },
): Promise<{ mail: number; sms: number }> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.retentionDays * 86_400_000);
  const mail = await exec
    .delete(mailMessage)
    .where(and(lt(mailMessage.createdAt, cutoff), ne(mailMessage.status, 'queued')))
    .returning({ id: mailMessage.id });
  const sms = await exec
    .delete(smsMessage)
    .where(and(lt(smsMessage.createdAt, cutoff), ne(smsMessage.status, 'queued')))
    .returning({ id: smsMessage.id });
  return { mail: mail.length, sms: sms.length };
}

export function outboxPurgeHandler(retentionDays: number): JobHandler {
  return async (_payload, { db }) => {
    await db.transaction((tx) => purgeOutbox(tx, { retentionDays }));
  };
}
