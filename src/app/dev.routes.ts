import { z } from 'zod';
import type { Database } from '../server/db.ts';
import { AppError } from '../server/errors.ts';
import type { App } from '../server/http.ts';
import { jobNow, scheduleJob } from '../server/jobs.ts';
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

export const devJobRequestSchema = z.object({
  kind: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/),
  now: z.iso.datetime({ offset: true }).optional(),
});

/** Development only (never registered when NODE_ENV=production): the outbox as a mailbox. */
export function devRoutes(app: App, deps: { db: Database; jobKinds: readonly string[] }) {
  // A journey moves the clock for the server by queueing a job as of a given moment; the job
  // runner picks it up like any other (handlers read the moment with jobNow(payload)).
  app.post(
    '/api/dev/jobs',
    {
      config: { access: 'public' },
      schema: {
        tags: ['development'],
        summary: 'Queue a job now, optionally as of another moment (development only)',
        body: devJobRequestSchema,
        response: { 202: z.object({ id: z.string(), runsAsOf: z.string() }) },
      },
    },
    async (request, reply) => {
      const { kind, now } = request.body;
      if (!deps.jobKinds.includes(kind)) throw new AppError('NOT_FOUND', 'no such job kind');
      const payload = now ? { now } : {};
      const { id } = await scheduleJob(deps.db.db, { kind, payload, maxAttempts: 1 });
      return reply.code(202).send({ id, runsAsOf: jobNow(payload).toISOString() });
    },
  );

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
