import type { Registry } from 'prom-client';
import { z } from 'zod';
import type { Database } from '../server/db.ts';
import type { App } from '../server/http.ts';
import { TtlCache } from '../server/ttl-cache.ts';

const healthSchema = z.object({ status: z.literal('ok') });
const readySchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['pglite', 'postgres']),
  checks: z.object({ database: z.boolean(), migrations: z.boolean() }),
});

/** Health, readiness, metrics and the OpenAPI document. */
export function opsRoutes(app: App, deps: { db: Database; metrics: Registry }) {
  const noRateLimit = { rateLimit: false } as const;
  // Probes and load balancers may ask many times a second: the database is asked at most once a
  // second per instance, and a failed check is never cached.
  const readiness = new TtlCache<{ database: boolean; migrations: boolean }>(1000);

  app.get(
    '/healthz',
    {
      config: { access: 'public', ...noRateLimit },
      schema: { tags: ['operations'], summary: 'The process is alive', response: { 200: healthSchema } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { access: 'public', ...noRateLimit },
      schema: {
        tags: ['operations'],
        summary: 'The database is reachable and migrated',
        response: { 200: readySchema, 503: readySchema },
      },
    },
    async (_request, reply) => {
      const { database, migrations } = await readiness
        .get('ready', async () => ({ database: true, migrations: await deps.db.isMigrated() }))
        .catch(() => ({ database: false, migrations: false }));
      const ok = database && migrations;
      return reply.code(ok ? 200 : 503).send({
        status: ok ? 'ok' : 'unavailable',
        database: deps.db.kind,
        checks: { database, migrations },
      });
    },
  );

  app.get(
    '/metrics',
    {
      config: { access: 'public', ...noRateLimit },
      schema: {
        tags: ['operations'],
        summary: 'Prometheus metrics (restrict at the load balancer in production)',
        produces: ['text/plain'],
      },
    },
    async (_request, reply) => reply.type(deps.metrics.contentType).send(await deps.metrics.metrics()),
  );

  app.get(
    '/api/openapi.json',
    {
      config: { access: 'public' },
      schema: {
        tags: ['operations'],
        summary: 'This OpenAPI 3.1 document',
        response: { 200: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }) },
      },
    },
    async () => app.swagger() as unknown as { openapi: string; paths: Record<string, unknown> },
  );
}
