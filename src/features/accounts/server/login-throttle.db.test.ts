import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { DEMO_LOGINS } from './seed-demo-users.ts';

const mentor = DEMO_LOGINS.find((l) => l.role === 'mentor')!;

describe('login throttling', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  beforeAll(async () => {
    s = await createTestServer({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '8' });
  });
  afterAll(() => s.close());

  const post = (url: string, payload: object, ip = '127.0.0.1') =>
    s.app.inject({ method: 'POST', url, payload, remoteAddress: ip, headers: { origin: s.env.publicUrl } });

  it('locks an e-mail after repeated wrong passwords, known or not, even for the right password', async () => {
    for (const email of [mentor.email, 'ingen-konto@makker.example']) {
      for (let i = 0; i < 3; i++) {
        expect(
          (await post('/api/auth/sign-in/email', { email, password: 'forkert-forkert' }, '10.0.0.1'))
            .statusCode,
        ).toBe(401);
      }
      const locked = await post('/api/auth/sign-in/email', { email, password: mentor.password }, '10.0.0.2');
      expect(locked.statusCode).toBe(429);
      expect(locked.json().code).toBe('RATE_LIMITED');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('limits login-link requests per e-mail the same way whether or not the account exists', async () => {
    for (const email of ['peer@makker.example', 'findes-ikke@makker.example']) {
      const answers = [];
      for (let i = 0; i < 4; i++)
        answers.push((await post('/api/auth/sign-in/magic-link', { email }, '10.0.1.1')).statusCode);
      expect(answers).toEqual([200, 200, 200, 429]);
    }
  });

  it('locks an address that tries many e-mails', async () => {
    const answers = [];
    for (let i = 0; i < 9; i++) {
      answers.push(
        (
          await post(
            '/api/auth/sign-in/email',
            { email: `x${i}@makker.example`, password: 'forkert-forkert' },
            '10.0.2.1',
          )
        ).statusCode,
      );
    }
    expect(answers.slice(0, 8).every((code) => code === 401)).toBe(true);
    expect(answers[8]).toBe(429);
    // Another address is not affected.
    const staffLogin = await post(
      '/api/auth/sign-in/email',
      { email: 'x0@makker.example', password: 'forkert-forkert' },
      '10.0.2.2',
    );
    expect(staffLogin.statusCode).toBe(401);
  });

  it('clears the count of an e-mail after a successful login', async () => {
    const peer = DEMO_LOGINS.find((l) => l.role === 'peer')!;
    for (let i = 0; i < 2; i++)
      await post('/api/auth/sign-in/email', { email: peer.email, password: 'forkert-forkert' }, '10.0.3.1');
    expect((await post('/api/auth/sign-in/email', peer, '10.0.3.1')).statusCode).toBe(200);
    for (let i = 0; i < 2; i++)
      await post('/api/auth/sign-in/email', { email: peer.email, password: 'forkert-forkert' }, '10.0.3.1');
    expect((await post('/api/auth/sign-in/email', peer, '10.0.3.1')).statusCode).toBe(200);
  });
});
