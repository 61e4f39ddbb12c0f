/**
 * Requests the API fuzzer (src/app/fuzz.db.test.ts) found to make better-auth fail with a 500;
 * auth.routes.ts now refuses them as VALIDATION_FAILED before better-auth sees them.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { DEMO_LOGINS } from './seed-demo-users.ts';

const peer = DEMO_LOGINS.find((l) => l.role === 'peer')!;

describe('input better-auth does not survive', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let origin: string;
  beforeAll(async () => {
    s = await createTestServer();
    origin = s.env.publicUrl;
  });
  afterAll(() => s.close());

  const post = (url: string, payload: unknown, cookie?: string) =>
    s.app.inject({
      method: 'POST',
      url,
      payload: payload as object,
      headers: { origin, ...(cookie ? { cookie } : {}) },
    });
  const expectRefused = (res: Awaited<ReturnType<typeof post>>, path: string) => {
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path, code: 'invalid_format' }],
    });
  };

  it('refuses a redirect target that is not a URL (better-auth threw "Invalid URL")', async () => {
    for (const callbackURL of ['%00', 'min-side', '3"`$y']) {
      const res = await s.app.inject(
        `/api/auth/verify-email?token=x&callbackURL=${encodeURIComponent(callbackURL)}`,
      );
      expectRefused(res, 'query.callbackURL');
    }
    expectRefused(
      await post('/api/auth/sign-in/magic-link', { email: peer.email, callbackURL: 'x y' }),
      'body.callbackURL',
    );
  });

  it('still takes the redirect targets the web app sends', async () => {
    const res = await post('/api/auth/sign-in/magic-link', {
      email: peer.email,
      callbackURL: '/min-side',
      errorCallbackURL: '/log-ind',
    });
    expect(res.statusCode).toBe(200);
    const absolute = await post('/api/auth/request-password-reset', {
      email: peer.email,
      redirectTo: `${origin}/ny-adgangskode`,
    });
    expect(absolute.statusCode).toBe(200);
  });

  it('refuses text with a NUL character (PostgreSQL refused it, better-auth answered 500)', async () => {
    expectRefused(await s.app.inject('/api/auth/magic-link/verify?token=%00'), 'query.token');
    expectRefused(await s.app.inject('/api/auth/reset-password/a%00b?callbackURL=/'), 'params.*');
    expectRefused(
      await post('/api/auth/reset-password', { token: 'a\u0000b', newPassword: 'x' }),
      'body.token',
    );
  });

  it('refuses JSON nested deeper than any better-auth request (it would overflow the stack)', async () => {
    const depth = 100_000;
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin, 'content-type': 'application/json' },
      payload: `{"email":${'['.repeat(depth)}${']'.repeat(depth)},"password":"x"}`,
    });
    expectRefused(res, 'body.email');
  });

  it('refuses a passkey id that is not a uuid (PostgreSQL refused it, better-auth answered 500)', async () => {
    const login = await post('/api/auth/sign-in/email', { email: peer.email, password: peer.password });
    const cookie = [login.headers['set-cookie']]
      .flat()
      .find((c): c is string => typeof c === 'string' && c.startsWith('makker.session_token='))!
      .split(';')[0]!;
    expectRefused(await post('/api/auth/passkey/delete-passkey', { id: ' ' }, cookie), 'body.id');
    expectRefused(
      await post('/api/auth/passkey/update-passkey', { id: 'X', name: 'Telefon' }, cookie),
      'body.id',
    );
    const unknown = await post('/api/auth/passkey/delete-passkey', { id: randomUUID() }, cookie);
    expect(unknown.statusCode).toBeLessThan(500);
    expect(unknown.json().code).not.toBe('VALIDATION_FAILED');
  });
});
