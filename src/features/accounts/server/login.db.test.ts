import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../../../tests/e2e/support/totp.helper.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { mailMessage } from '../../../server/mail.table.ts';
import { listOutbox } from '../../../server/mail.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import { authSession } from './auth.table.ts';
import { DEMO_LOGINS } from './seed-demo-users.ts';

const staff = DEMO_LOGINS.find((l) => l.role === 'staff')!;
const peer = DEMO_LOGINS.find((l) => l.role === 'peer')!;
const mentor = DEMO_LOGINS.find((l) => l.role === 'mentor')!;

describe('logging in', () => {
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
  const sessionCookie = (res: { headers: Record<string, unknown> }) => {
    const all = [res.headers['set-cookie']].flat().filter(Boolean) as string[];
    return all.find((c) => c.startsWith('makker.session_token='));
  };
  /** Staff have two-factor login: the password, then a code from their app (the demo secret). */
  const signInStaff = async () => {
    const step = await post('/api/auth/sign-in/email', { email: staff.email, password: staff.password });
    expect(step.json()).toMatchObject({ twoFactorRedirect: true });
    expect(sessionCookie(step) ?? '').not.toMatch(/^makker\.session_token=[^;]/);
    const all = [step.headers['set-cookie']].flat().filter(Boolean) as string[];
    const challenge = all.find((c) => c.startsWith('makker.two_factor='))!.split(';')[0]!;
    return post('/api/auth/two-factor/verify-totp', { code: totpCode(staff.twoFactor!.secret) }, challenge);
  };

  it('logs in with e-mail, password and code and shows the person their roles', async () => {
    const res = await signInStaff();
    expect(res.statusCode).toBe(200);
    expect(res.json()).not.toHaveProperty('token'); // the session stays in the HttpOnly cookie
    const cookie = sessionCookie(res)!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // not in development/test; production sets it
    const me = await s.app.inject({ url: '/api/me', headers: { cookie: cookie.split(';')[0]! } });
    expect(me.statusCode).toBe(200);
    const [login] = await s.t.db.db.select().from(auditEvent).where(eq(auditEvent.action, 'login'));
    expect(login).toMatchObject({ subjectId: me.json().user.id, actorId: me.json().user.id });
    expect(me.json()).toMatchObject({
      user: { email: staff.email, name: staff.name, twoFactorEnabled: true },
      memberships: [{ programme: { slug: 'peer-faellesskabet-vejle' }, roles: ['staff'] }],
    });
  });

  it('answers a wrong password and an unknown e-mail the same way, in Danish', async () => {
    const wrong = await post('/api/auth/sign-in/email', { email: staff.email, password: 'not-the-password' });
    const unknown = await post('/api/auth/sign-in/email', {
      email: 'nobody@makker.example',
      password: 'not-the-password',
    });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(res.json()).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        title: 'E-mail eller adgangskode er forkert.',
      });
    }
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
    const failed = await s.t.db.db.select().from(auditEvent).where(eq(auditEvent.action, 'login-failed'));
    expect(failed).toHaveLength(1); // the staff member's account; the unknown address is not kept
    expect(JSON.stringify(failed)).not.toContain('nobody@makker.example');
  });

  it('answers a short or common password the same way for a known and an unknown e-mail', async () => {
    // The password rules apply when a password is set, never at login: a rule refusing the
    // password of an unknown e-mail would tell that it is not registered.
    for (const password of ['kort', 'qwertyuiop']) {
      const known = await post('/api/auth/sign-in/email', { email: staff.email, password });
      const unknown = await post('/api/auth/sign-in/email', { email: 'nobody@makker.example', password });
      expect([known.statusCode, unknown.statusCode]).toEqual([401, 401]);
      expect(known.json().code).toBe('INVALID_CREDENTIALS');
      expect(unknown.json().code).toBe('INVALID_CREDENTIALS');
    }
  });

  it('keeps the password rules when a new password is chosen from a reset link', async () => {
    const ask = await post('/api/auth/request-password-reset', { email: mentor.email, redirectTo: '/' });
    expect(ask.statusCode).toBe(200);
    const [mail] = await listOutbox(s.t.db, 1);
    const token = /reset-password\/([^?\s]+)/.exec(mail!.textBody)![1]!;
    const common = await post('/api/auth/reset-password', { token, newPassword: 'qwertyuiop' });
    expect(common.statusCode).toBe(400);
    expect(common.json()).toMatchObject({ code: 'PASSWORD_COMMON' });
    const good = await post('/api/auth/reset-password', { token, newPassword: 'en lang sætning om kaffe' });
    expect(good.statusCode).toBe(200);
    const login = await post('/api/auth/sign-in/email', {
      email: mentor.email,
      password: 'en lang sætning om kaffe',
    });
    expect(login.statusCode).toBe(200);
  });

  it('does not let anyone sign themselves up', async () => {
    const res = await post('/api/auth/sign-up/email', {
      email: 'new@example.org',
      password: 'en lang sætning her',
      name: 'Ny',
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });

  it('answers /api/me without a session with 401 problem+json', async () => {
    const res = await s.app.inject('/api/me');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('logs a peer in with a one-time link sent by e-mail, which works once', async () => {
    const ask = await post('/api/auth/sign-in/magic-link', { email: peer.email, callbackURL: '/' });
    expect(ask.statusCode).toBe(200);
    const [mail] = await listOutbox(s.t.db, 1);
    expect(mail!.toAddress).toBe(peer.email);
    const link = new URL(/https?:\/\/\S+/.exec(mail!.textBody)![0]);
    const follow = await s.app.inject({ url: link.pathname + link.search });
    expect(follow.statusCode).toBeLessThan(400);
    const cookie = sessionCookie(follow)!;
    const me = await s.app.inject({ url: '/api/me', headers: { cookie: cookie.split(';')[0]! } });
    expect(me.json().user.email).toBe(peer.email);
    const again = await s.app.inject({ url: link.pathname + link.search });
    expect(sessionCookie(again)).toBeUndefined();
  });

  it('writes the login link and new-password e-mails in the language the person chose', async () => {
    const english = (url: string, payload: object) =>
      s.app.inject({ method: 'POST', url, payload, headers: { origin, cookie: 'makker_lang=en' } });
    await english('/api/auth/sign-in/magic-link', { email: peer.email, callbackURL: '/' });
    const [link] = await listOutbox(s.t.db, 1);
    expect(link!.subject).toBe('Your link to log in to makker');
    expect(link!.textBody).toContain('It works for 15 minutes');
    await s.app.inject({
      method: 'POST',
      url: '/api/auth/request-password-reset',
      payload: { email: peer.email, redirectTo: '/' },
      headers: { origin, 'accept-language': 'en-GB,en;q=0.9' },
    });
    const [reset] = await listOutbox(s.t.db, 1);
    expect(reset!.subject).toBe('A new password for makker');
  });

  it('does not tell whether an e-mail is registered when asked for a link', async () => {
    const before = (await s.t.db.db.select().from(mailMessage)).length;
    const res = await post('/api/auth/sign-in/magic-link', {
      email: 'stranger@example.org',
      callbackURL: '/',
    });
    expect(res.statusCode).toBe(200);
    expect((await s.t.db.db.select().from(mailMessage)).length).toBe(before);
  });

  it('ends a staff session after 30 idle minutes, but not a peer session', async () => {
    const staffLogin = await signInStaff();
    const peerLogin = await post('/api/auth/sign-in/email', { email: peer.email, password: peer.password });
    const staffCookie = sessionCookie(staffLogin)!.split(';')[0]!;
    const peerCookie = sessionCookie(peerLogin)!.split(';')[0]!;
    expect((await s.app.inject({ url: '/api/me', headers: { cookie: staffCookie } })).statusCode).toBe(200);
    const longAgo = new Date(Date.now() - 31 * 60_000);
    await s.t.db.db.update(authSession).set({ lastActiveAt: longAgo });
    const before = (await s.t.db.db.select().from(authSession)).length;
    expect((await s.app.inject({ url: '/api/me', headers: { cookie: staffCookie } })).statusCode).toBe(401);
    expect((await s.app.inject({ url: '/api/me', headers: { cookie: peerCookie } })).statusCode).toBe(200);
    const after = await s.t.db.db.select().from(authSession);
    expect(after).toHaveLength(before - 1); // the staff session is gone
    expect(after.filter((row) => row.lastActiveAt.getTime() > longAgo.getTime())).toHaveLength(1); // the peer's, refreshed
  });

  it('shows a person who has logged in to their account and who tried to', async () => {
    const login = await signInStaff();
    const cookie = sessionCookie(login)!.split(';')[0]!;
    const res = await s.app.inject({ url: '/api/me/audit', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const events = res.json().events as { action: string; self: boolean; actorName: string | null }[];
    expect(events[0]).toMatchObject({ action: 'login', self: true, actorName: staff.name });
    expect(events.some((e) => e.action === 'login-failed' && e.actorName === null)).toBe(true);
    expect((await s.app.inject('/api/me/audit')).statusCode).toBe(401);
  });

  it('logs out: the session no longer works', async () => {
    const login = await signInStaff();
    const cookie = sessionCookie(login)!.split(';')[0]!;
    const out = await post('/api/auth/sign-out', {}, cookie);
    expect(out.statusCode).toBe(200);
    const me = await s.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    const logouts = await s.t.db.db.select().from(auditEvent).where(eq(auditEvent.action, 'logout'));
    expect(logouts.length).toBeGreaterThan(0);
  });

  it('never hands the session token to page scripts, not even nested in get-session', async () => {
    const login = await post('/api/auth/sign-in/email', { email: peer.email, password: peer.password });
    const cookie = sessionCookie(login)!.split(';')[0]!;
    const session = await s.app.inject({ url: '/api/auth/get-session', headers: { cookie } });
    expect(session.statusCode).toBe(200);
    expect(session.json().session).toBeDefined();
    expect(session.body).not.toContain(cookie.split('=')[1]!.split('.')[0]!);
    expect(session.json().session).not.toHaveProperty('token');
  });

  it('logs out everywhere: every session of the person ends', async () => {
    const cookies = [];
    for (let i = 0; i < 2; i++) {
      const login = await post('/api/auth/sign-in/email', { email: peer.email, password: peer.password });
      cookies.push(sessionCookie(login)!.split(';')[0]!);
    }
    const out = await post('/api/auth/revoke-sessions', {}, cookies[0]);
    expect(out.statusCode).toBe(200);
    for (const cookie of cookies) {
      expect((await s.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    }
  });
});
