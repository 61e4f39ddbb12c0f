import { z } from 'zod';
import type { Database } from '../server/db.ts';
import type { App } from '../server/http.ts';
import { listOutbox } from '../server/mail.ts';
import { listSmsOutbox } from '../server/sms.ts';

export const devMailResponseSchema = z.object({
  messages: z.array(
    z.object({
      id: z.string(),
      to: z.string(),
      subject: z.string(),
      text: z.string(),
      attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), content: z.string() })),
      status: z.enum(['queued', 'sent', 'failed']),
      createdAt: z.string(),
    }),
  ),
});
export type DevMailResponse = z.infer<typeof devMailResponseSchema>;

export const devSmsResponseSchema = z.object({
  messages: z.array(
    z.object({
      id: z.string(),
      to: z.string(),
      text: z.string(),
      status: z.enum(['queued', 'sent', 'failed']),
      createdAt: z.string(),
    }),
  ),
});
export type DevSmsResponse = z.infer<typeof devSmsResponseSchema>;

/** Development only (never registered when NODE_ENV=production): the outbox as a mailbox. */
export function devRoutes(app: App, deps: { db: Database }) {
  app.get(
    '/api/dev/mail',
    {
      config: { access: 'public' },
      schema: {
        tags: ['development'],
        summary: 'Messages in the outbox (development only)',
        response: { 200: devMailResponseSchema },
      },
    },
    async () => ({
      messages: (await listOutbox(deps.db)).map((m) => ({
        id: m.id,
        to: m.toAddress,
        subject: m.subject,
        text: m.textBody,
        attachments: m.attachments,
        status: m.status,
        createdAt: m.createdAt.toISOString(),
      })),
    }),
  );

  app.get(
    '/api/dev/sms',
    {
      config: { access: 'public' },
      schema: {
        tags: ['development'],
        summary: 'SMS messages in the outbox (development only)',
        response: { 200: devSmsResponseSchema },
      },
    },
    async () => ({
      messages: (await listSmsOutbox(deps.db)).map((m) => ({
        id: m.id,
        to: m.toPhone,
        text: m.textBody,
        status: m.status,
        createdAt: m.createdAt.toISOString(),
      })),
    }),
  );
}
