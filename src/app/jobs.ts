/** The job handlers of every feature, by kind. */
import type { Env } from '../server/env.ts';
import type { JobHandler } from '../server/jobs.ts';
import { createMailTransport, mailDeliveryHandler } from '../server/mail.ts';
import { createSmsTransport, smsDeliveryHandler } from '../server/sms.ts';

export function jobHandlers(
  env: Pick<Env, 'SMTP_URL' | 'MAIL_FROM' | 'SMS_GATEWAY_URL' | 'SMS_GATEWAY_TOKEN'>,
): Record<string, JobHandler> {
  const mail = createMailTransport({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM });
  const sms = createSmsTransport({ gatewayUrl: env.SMS_GATEWAY_URL, gatewayToken: env.SMS_GATEWAY_TOKEN });
  return { 'mail.deliver': mailDeliveryHandler(mail), 'sms.deliver': smsDeliveryHandler(sms) };
}
