import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretOfOtpauthUri, totpCode } from '../../../../tests/e2e/support/totp.helper.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { assertAccess } from '../../../server/access.ts';
import { mailMessage } from '../../../server/mail.table.ts';
import { listOutbox } from '../../../server/mail.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { appUser, authTwoFactor } from './auth.table.ts';
import { createAuth } from './auth.ts';
import { createUser } from './create-user.ts';
import { resolveActor } from './resolve-actor.ts';
import { DEMO_LOGINS } from './seed-demo-users.ts';

const login = (role: string) => DEMO_LOGINS.find((l) => l.role === role)!;
const staff = login('staff');
const admin = login('admin');
const mentor = login('mentor');

describe('two-factor login', () => {
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
  /** `name=value` of the cookie set under `name`, if the answer set it (and did not clear it). */
  const cookieOf = (res: { headers: Record<string, unknown> }, name: string) => {
    const all = [res.headers['set-cookie']].flat().filter(Boolean) as string[];
    const pair = all.find((c) => c.startsWith(`${name}=`) && !/Max-Age=0/i.test(c))?.split(';')[0];
    return pair && pair !== `${name}=` ? pair : undefined;
  };
  const session = (res: { headers: Record<string, unknown> }) => cookieOf(res, 'makker.session_token');
  const challenge = (res: { headers: Record<string, unknown> }) => cookieOf(res, 'makker.two_factor');
  const me = (cookie: string) => s.app.inject({ url: '/api/me', headers: { cookie } });

  /** The password step: better-auth asks for the code and sets only the short-lived challenge cookie. */
  async function passwordStep(user: { email: string; password: string }) {
    const res = await post('/api/auth/sign-in/email', { email: user.email, password: user.password });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ twoFactorRedirect: true });
    expect(session(res)).toBeUndefined();
    return challenge(res)!;
  }

  it('gives the demo staff, researcher and admin two-factor login, not the peer and mentor', async () => {
    const users = await s.t.db.db
      .select({ email: appUser.email, twoFactorEnabled: appUser.twoFactorEnabled })
      .from(appUser);
    for (const demo of DEMO_LOGINS) {
      const user = users.find((u) => u.email === demo.email);
      expect(Boolean(user?.twoFactorEnabled), demo.role).toBe(Boolean(demo.twoFactor));
    }
    expect(DEMO_LOGINS.filter((l) => l.twoFactor).map((l) => l.role)).toEqual([
      'staff',
      'researcher',
      'admin',
    ]);
    // Stored encrypted, as better-auth stores them: neither the secret nor a code is readable.
    const rows = await s.t.db.db.select().from(authTwoFactor);
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(rows)).not.toContain(staff.twoFactor!.secret);
    expect(JSON.stringify(rows)).not.toContain('demo-staff-01');
  });

  it('logs each privileged demo user in with password and a code from the printed secret', async () => {
    for (const demo of DEMO_LOGINS.filter((l) => l.twoFactor)) {
      const pending = await passwordStep(demo);
      const res = await post(
        '/api/auth/two-factor/verify-totp',
        { code: totpCode(demo.twoFactor!.secret) },
        pending,
      );
      expect(res.statusCode, demo.role).toBe(200);
      expect(res.json()).not.toHaveProperty('token');
      const cookie = session(res)!;
      expect((await me(cookie)).json()).toMatchObject({
        user: { email: demo.email, twoFactorEnabled: true },
      });
    }
  });

  it('refuses a wrong code with TWO_FACTOR_INVALID, in Danish, and logs nobody in', async () => {
    const pending = await passwordStep(staff);
    const right = totpCode(staff.twoFactor!.secret);
    const wrong = right === '000000' ? '111111' : '000000';
    const res = await post('/api/auth/two-factor/verify-totp', { code: wrong }, pending);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({
      code: 'TWO_FACTOR_INVALID',
      title: 'Koden passer ikke. Prøv igen med en ny kode fra din app.',
    });
    expect(session(res)).toBeUndefined();
    // Without the challenge cookie of a password step, a right code is no way in either.
    const alone = await post('/api/auth/two-factor/verify-totp', { code: right });
    expect(alone.statusCode).toBe(401);
    expect(session(alone)).toBeUndefined();
  });

  it('lets a recovery code stand in for the app, once', async () => {
    const first = await post(
      '/api/auth/two-factor/verify-backup-code',
      { code: 'demo-admin-01' },
      await passwordStep(admin),
    );
    expect(first.statusCode).toBe(200);
    expect((await me(session(first)!)).json().user.email).toBe(admin.email);
    const again = await post(
      '/api/auth/two-factor/verify-backup-code',
      { code: 'demo-admin-01' },
      await passwordStep(admin),
    );
    expect(again.statusCode).toBe(401);
    expect(session(again)).toBeUndefined();
  });

  it('mails no login link to someone with two-factor login, and answers the same', async () => {
    const before = (await s.t.db.db.select().from(mailMessage)).length;
    const res = await post('/api/auth/sign-in/magic-link', { email: staff.email, callbackURL: '/' });
    expect(res.statusCode).toBe(200);
    expect((await s.t.db.db.select().from(mailMessage)).length).toBe(before);
  });

  it('turns two-factor on with a confirmed code, then asks for it at login; a link mailed before stops working', async () => {
    const ask = await post('/api/auth/sign-in/magic-link', {
      email: mentor.email,
      callbackURL: '/min-side',
      errorCallbackURL: '/log-ind',
    });
    expect(ask.statusCode).toBe(200);
    const [mail] = await listOutbox(s.t.db, 1);
    expect(mail!.toAddress).toBe(mentor.email);
    const link = new URL(/https?:\/\/\S+/.exec(mail!.textBody)![0]);

    const signIn = await post('/api/auth/sign-in/email', { email: mentor.email, password: mentor.password });
    let cookie = session(signIn)!;
    const refused = await post('/api/auth/two-factor/enable', { password: 'not-the-password' }, cookie);
    expect(refused.json()).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    const enable = await post('/api/auth/two-factor/enable', { password: mentor.password }, cookie);
    expect(enable.statusCode).toBe(200);
    const { totpURI, backupCodes } = enable.json() as { totpURI: string; backupCodes: string[] };
    expect(totpURI).toMatch(/^otpauth:\/\/totp\/makker:mentor%40makker\.example\?/);
    expect(backupCodes).toHaveLength(10);
    expect(backupCodes[0]).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/); // ours: easy to type (two-factor-recovery-codes.ts)
    // Not on until the person shows that their app makes the right codes.
    expect((await me(cookie)).json().user.twoFactorEnabled).toBe(false);
    const secret = secretOfOtpauthUri(totpURI);
    const confirm = await post('/api/auth/two-factor/verify-totp', { code: totpCode(secret) }, cookie);
    expect(confirm.statusCode).toBe(200);
    cookie = session(confirm)!;
    expect((await me(cookie)).json().user.twoFactorEnabled).toBe(true);

    const follow = await s.app.inject({ url: link.pathname + link.search });
    expect(follow.statusCode).toBe(302);
    expect(session(follow)).toBeUndefined();
    expect(follow.headers.location).toMatch(/\/log-ind\?error=failed_to_create_session/);

    const pending = await passwordStep(mentor);
    const withCode = await post('/api/auth/two-factor/verify-totp', { code: totpCode(secret) }, pending);
    expect(withCode.statusCode).toBe(200);
    const withRecoveryCode = await post(
      '/api/auth/two-factor/verify-backup-code',
      { code: backupCodes[3] },
      await passwordStep(mentor),
    );
    expect(withRecoveryCode.statusCode).toBe(200);

    const off = await post('/api/auth/two-factor/disable', { password: mentor.password }, session(withCode)!);
    expect(off.statusCode).toBe(200);
    const plain = await post('/api/auth/sign-in/email', { email: mentor.email, password: mentor.password });
    expect(session(plain)).toBeDefined();
    expect((await me(session(plain)!)).json().user.twoFactorEnabled).toBe(false);
  });

  it('keeps personal data from a privileged user until they log in with two-factor', async () => {
    const auth = createAuth({ db: s.t.db, env: s.env });
    const programmeOf = async (cookie: string) => {
      const actor = await resolveActor({
        auth,
        db: s.t.db,
        headers: { cookie },
        privilegedIdleMinutes: 30,
      });
      return actor;
    };
    const { id: programmeId } = await createProgramme(s.t.db);
    await s.t.db.transaction((tx) =>
      createUser(tx, {
        name: 'Ny Medarbejder',
        email: 'new-staff@makker.example',
        password: 'en lang sætning om havnen',
        programmeId,
        roles: ['staff'],
      }),
    );
    const without = await post('/api/auth/sign-in/email', {
      email: 'new-staff@makker.example',
      password: 'en lang sætning om havnen',
    });
    const newcomer = await programmeOf(session(without)!);
    expect(() => assertAccess(newcomer, { roles: ['staff'] }, { programmeId })).toThrow(
      expect.objectContaining({ code: 'TWO_FACTOR_REQUIRED' }),
    );

    const pending = await passwordStep(staff);
    const res = await post(
      '/api/auth/two-factor/verify-totp',
      { code: totpCode(staff.twoFactor!.secret) },
      pending,
    );
    const demoStaff = await programmeOf(session(res)!);
    const [membership] = Object.entries(demoStaff.type === 'user' ? demoStaff.roles : {});
    expect(assertAccess(demoStaff, { roles: ['staff'] }, { programmeId: membership![0] })).toEqual(['staff']);
  });
});
