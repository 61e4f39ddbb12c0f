/** The job handlers of every feature, by kind. */
import type { Env } from '../server/env.ts';
import type { JobHandler } from '../server/jobs.ts';
import { createMailTransport, mailDeliveryHandler } from '../server/mail.ts';

export function jobHandlers(env: Pick<Env, 'SMTP_URL' | 'MAIL_FROM'>): Record<string, JobHandler> {
  const transport = createMailTransport({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM });
  return { 'mail.deliver': mailDeliveryHandler(transport) };
}
