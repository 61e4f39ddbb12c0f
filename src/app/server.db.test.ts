import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { App } from '../server/http.ts';
import { createTestServer } from './testing/test-server.ts';

const PROBLEM = 'application/problem+json; charset=utf-8';

describe('HTTP server', () => {
  let app: App;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const s = await createTestServer({ BODY_LIMIT_BYTES: '2048' });
    app = s.app;
    close = s.close;
    // A route that only tests have, to exercise request bodies.
    app.post(
      '/api/test/echo',
      {
        config: { access: 'public' },
        schema: {
          body: z.object({ name: z.string().min(2), age: z.number().int().min(18) }),
          response: { 200: z.object({ name: z.string() }) },
        },
      },
      async (request) => ({ name: request.body.name }),
    );
    app.get('/api/test/crash', { config: { access: 'public' } }, async () => {
      throw new Error('secret detail: select * from person where cpr = 1');
    });
    await app.ready();
  });
  afterAll(() => close());

  it('answers /healthz and /readyz with 200 JSON', async () => {
    const health = await app.inject('/healthz');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ok', checks: { database: true, migrations: true } });
  });

  it('serves an OpenAPI 3.1 document where every operation declares its access', async () => {
    const res = await app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json() as {
      openapi: string;
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/readyz', '/metrics', '/api/public/programmes/{slug}/page']),
    );
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation['x-makker-access'], `${method} ${path}`).toBeDefined();
      }
    }
    const docs = await app.inject('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
    const docsPolicy = String(docs.headers['content-security-policy']);
    expect(docsPolicy).toContain("script-src 'self';");
    expect(docsPolicy).not.toMatch(/https:|swagger\.io|upgrade-insecure-requests/);
  });

  it('serves Prometheus metrics', async () => {
    await app.inject('/healthz');
    const res = await app.inject('/metrics');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(
      'makker_http_request_duration_seconds_count{method="GET",route="/healthz",status="200"}',
    );
    expect(res.body).toMatch(/makker_jobs\{status="failed"\} \d+/);
  });

  it('serves the public programme page in Danish by default and in English on request', async () => {
    const da = await app.inject('/api/public/programmes/peer-faellesskabet-vejle/page');
    expect(da.json()).toMatchObject({ locale: 'da', content: { title: 'Peer-fællesskabet Vejle' } });
    const en = await app.inject({
      url: '/api/public/programmes/peer-faellesskabet-vejle/page',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(en.json()).toMatchObject({ locale: 'en', content: { title: 'Peer community Vejle' } });
    const cookie = await app.inject({
      url: '/api/public/programmes/peer-faellesskabet-vejle/page',
      headers: { cookie: 'makker_lang=en', 'accept-language': 'da' },
    });
    expect(cookie.json().locale).toBe('en');
  });

  describe('errors are RFC 9457 problem+json with a translated title', () => {
    it('unknown route', async () => {
      const res = await app.inject('/api/nothing-here');
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe(PROBLEM);
      expect(res.json()).toMatchObject({
        status: 404,
        code: 'ROUTE_NOT_FOUND',
        title: 'Adressen findes ikke.',
        instance: '/api/nothing-here',
      });
      const en = await app.inject({ url: '/api/nothing-here', headers: { 'accept-language': 'en' } });
      expect(en.json().title).toBe('This address does not exist.');
    });

    it('unknown programme', async () => {
      const res = await app.inject('/api/public/programmes/does-not-exist/page');
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'PROGRAMME_NOT_FOUND', title: 'Projektet findes ikke.' });
    });

    it('validation errors name the failing fields', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/test/echo',
        payload: { name: 'A', age: 17, extra: 1 },
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toBe(PROBLEM);
      const body = res.json();
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.age', 'body.name']);
      expect(body.errors[0].message).toMatch(/[a-zæøå]/);
      const query = await app.inject('/api/public/programmes/peer-faellesskabet-vejle/page?locale=fr');
      expect(query.json().errors).toEqual([
        expect.objectContaining({ path: 'query.locale', code: 'invalid_value' }),
      ]);
    });

    it('malformed JSON', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/test/echo',
        headers: { 'content-type': 'application/json' },
        payload: '{"name": ',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'MALFORMED_JSON' });
      expect(res.body).not.toContain('Unexpected');
    });

    it('wrong content type', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/test/echo',
        headers: { 'content-type': 'text/xml' },
        payload: '<a/>',
      });
      expect(res.statusCode).toBe(415);
      expect(res.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    });

    it('oversized body', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/test/echo',
        payload: { name: 'x'.repeat(5000), age: 30 },
      });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    });

    it('unexpected errors give a bare 500 with no detail', async () => {
      const res = await app.inject('/api/test/crash');
      expect(res.statusCode).toBe(500);
      expect(res.json()).toMatchObject({
        code: 'INTERNAL',
        title: 'Der skete en fejl hos os. Prøv igen senere.',
      });
      expect(res.body).not.toMatch(/secret|select|stack|at /i);
    });
  });

  it('refuses a cross-site request that would use a session cookie', async () => {
    const payload = { name: 'Karen', age: 40 };
    const cookie = 'makker.session_token=some-session';
    const evil = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload,
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(evil.statusCode).toBe(403);
    expect(evil.json()).toMatchObject({ code: 'CSRF_REJECTED' });
    const noOrigin = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload,
      headers: { cookie },
    });
    expect(noOrigin.statusCode).toBe(403);
    const own = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload,
      headers: { cookie, origin: 'http://localhost:3000' },
    });
    expect(own.statusCode).toBe(200);
    const fetchMeta = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload,
      headers: { cookie, 'sec-fetch-site': 'same-origin' },
    });
    expect(fetchMeta.statusCode).toBe(200);
    const noCookie = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload,
      headers: { origin: 'https://evil.example' },
    });
    expect(noCookie.statusCode).toBe(200); // nothing to forge without a session
  });

  it('sends security headers on every response', async () => {
    for (const url of ['/healthz', '/api/nothing-here', '/api/public/programmes']) {
      const res = await app.inject(url);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toBeUndefined(); // plain HTTP here
    }
  });

  it('sends HSTS only behind TLS', async () => {
    const s = await createTestServer({ TRUST_PROXY: 'true' });
    try {
      const res = await s.app.inject({ url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
      expect(res.headers['strict-transport-security']).toContain('max-age=');
    } finally {
      await s.close();
    }
  });

  it('refuses to start with an API route that declares no access', async () => {
    const s = await createTestServer();
    try {
      expect(() => s.app.get('/api/undeclared', async () => 'x')).toThrow(/declares no config.access/);
    } finally {
      await s.close();
    }
  });
});
