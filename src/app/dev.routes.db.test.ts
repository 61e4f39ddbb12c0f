import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateEncryptionKey } from '../server/crypto.ts';
import { loadEnv } from '../server/env.ts';
import { job } from '../server/jobs.table.ts';
import { createTestDatabase } from '../server/testing/test-database.ts';
import { buildServer } from './server.ts';
import { createTestServer, type TestServer } from './testing/test-server.ts';

describe('POST /api/dev/jobs (development only)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await createTestServer();
  });
  afterAll(() => s.close());

  it('queues a known job as of the given moment, for the runner to pick up', async () => {
    const now = '2027-03-01T09:00:00.000Z';
    const response = await s.app.inject({
      method: 'POST',
      url: '/api/dev/jobs',
      payload: { kind: 'outbox.purge', now },
    });
    expect(response.statusCode).toBe(202);
    const { id, runsAsOf } = response.json() as { id: string; runsAsOf: string };
    expect(runsAsOf).toBe(now);
    const [row] = await s.t.db.db.select().from(job).where(eq(job.id, id));
    expect(row).toMatchObject({ kind: 'outbox.purge', status: 'pending', payload: { now } });
  });

  it('refuses a job kind nobody handles, and a moment that is not one', async () => {
    const unknown = await s.app.inject({
      method: 'POST',
      url: '/api/dev/jobs',
      payload: { kind: 'no.such' },
    });
    expect(unknown.statusCode).toBe(404);
    const badTime = await s.app.inject({
      method: 'POST',
      url: '/api/dev/jobs',
      payload: { kind: 'outbox.purge', now: 'tomorrow' },
    });
    expect(badTime.statusCode).toBe(400);
    expect(badTime.headers['content-type']).toContain('application/problem+json');
  });

  it('is not there in production', async () => {
    const t = await createTestDatabase();
    const env = loadEnv({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      MAKKER_ENCRYPTION_KEYS: generateEncryptionKey('k1'),
      MAKKER_AUTH_SECRET: 'x'.repeat(40),
    });
    const app = await buildServer({ env, db: t.db });
    const response = await app.inject({ method: 'POST', url: '/api/dev/jobs', payload: {} });
    expect(response.statusCode).toBe(404);
    await app.close();
    await t.close();
  });
});
