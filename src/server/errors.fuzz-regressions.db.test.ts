/**
 * Answers the API fuzzer (src/app/fuzz.db.test.ts) found outside problem+json or as a 500, and
 * that are now mapped in errors.ts.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestServer } from '../app/testing/test-server.ts';
import { queryRows } from './db.ts';

const PROBLEM = 'application/problem+json; charset=utf-8';

describe('problem+json for what the fuzzer found', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  beforeAll(async () => {
    s = await createTestServer();
    // A route that only tests have: hands a query value to the database as text or as a uuid.
    s.app.get(
      '/api/test/store',
      {
        config: { access: 'public' },
        schema: { querystring: z.object({ value: z.string(), as: z.enum(['text', 'uuid']) }) },
      },
      async (request) => {
        const { value, as } = request.query;
        const cast = as === 'uuid' ? sql`${value}::uuid::text` : sql`${value}::text`;
        const [row] = await queryRows<{ stored: string }>(s.t.db.db, sql`select ${cast} as stored`);
        return { stored: row!.stored };
      },
    );
    await s.app.ready();
  });
  afterAll(() => s.close());

  it('answers a path parameter over the router limit with a problem, not Fastify JSON', async () => {
    const res = await s.app.inject(`/api/public/programmes/${'a'.repeat(3000)}/page`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe(PROBLEM);
    expect(res.json()).toMatchObject({
      status: 400,
      code: 'BAD_REQUEST',
      title: 'Forespørgslen er ugyldig.',
    });
  });

  it('answers a malformed percent-encoding in the path with a problem', async () => {
    for (const url of ['/api/public/programmes/%zz/page', '/api/auth/%']) {
      const res = await s.app.inject({ url, headers: { 'accept-language': 'en' } });
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type'], url).toBe(PROBLEM);
      expect(res.json(), url).toMatchObject({
        status: 400,
        code: 'BAD_REQUEST',
        title: 'The request is invalid.',
      });
    }
  });

  it('answers text with a NUL character, which PostgreSQL cannot store, with 400', async () => {
    const ok = await s.app.inject('/api/test/store?as=text&value=abc');
    expect(ok.json()).toEqual({ stored: 'abc' });
    const res = await s.app.inject('/api/test/store?as=text&value=a%00b');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe(PROBLEM);
    expect(res.json()).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('still answers other database errors with a bare 500: they are bugs, not bad requests', async () => {
    // Route contracts must check uuids (z.uuid()); a database that has to is a bug to hear about.
    const res = await s.app.inject('/api/test/store?as=uuid&value=not-a-uuid');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'INTERNAL' });
    expect(res.body).not.toMatch(/uuid|syntax/i);
  });
});
