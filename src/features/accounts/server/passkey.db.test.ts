import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../../../tests/e2e/support/totp.helper.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import { appUser, authSession } from './auth.table.ts';
import { passkey } from './passkey.table.ts';
import { type CeremonyOptions, TestAuthenticator } from './passkey-test-authenticator.ts';
import { DEMO_LOGINS } from './seed-demo-users.ts';

const mentor = DEMO_LOGINS.find((l) => l.role === 'mentor')!;
const staff = DEMO_LOGINS.find((l) => l.role === 'staff')!;
const peer = DEMO_LOGINS.find((l) => l.role === 'peer')!;

type Reply = { statusCode: number; body: string; headers: Record<string, unknown>; json<T = unknown>(): T };

describe('passkeys', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let origin: string;
  beforeAll(async () => {
    s = await createTestServer();
    origin = s.env.publicUrl;
  });
  afterAll(() => s.close());

  /** `name=value` of each cookie the answer sets, to send back like a browser. */
  const cookiesOf = (res: Reply) =>
    ([res.headers['set-cookie']].flat().filter(Boolean) as string[]).map((c) => c.split(';')[0]!);
  const sessionOf = (res: Reply) => cookiesOf(res).find((c) => /^makker\.session_token=[^;]/.test(c));
  const call = (method: 'GET' | 'POST', url: string, cookies: (string | undefined)[], payload?: object) =>
    s.app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: { origin, cookie: cookies.filter(Boolean).join('; ') },
    }) as Promise<Reply>;

  async function logIn(login: (typeof DEMO_LOGINS)[number]): Promise<string> {
    const step = await call('POST', '/api/auth/sign-in/email', [], {
      email: login.email,
      password: login.password,
    });
    if (!login.twoFactor) return sessionOf(step)!;
    const challenge = cookiesOf(step).find((c) => c.startsWith('makker.two_factor='));
    const done = await call('POST', '/api/auth/two-factor/verify-totp', [challenge], {
      code: totpCode(login.twoFactor.secret),
    });
    return sessionOf(done)!;
  }

  async function addPasskey(session: string, name: unknown, ceremony: Partial<CeremonyOptions> = {}) {
    const device = new TestAuthenticator();
    const options = await call('GET', '/api/auth/passkey/generate-register-options', [session]);
    if (options.statusCode !== 200) return { device, res: options };
    const body = device.register(options.json<Parameters<TestAuthenticator['register']>[0]>(), {
      origin,
      ...ceremony,
    });
    const res = await call(
      'POST',
      '/api/auth/passkey/verify-registration',
      [session, ...cookiesOf(options)],
      {
        response: body,
        name,
      },
    );
    return { device, res };
  }

  async function logInWithPasskey(device: TestAuthenticator, ceremony: Partial<CeremonyOptions> = {}) {
    const options = await call('GET', '/api/auth/passkey/generate-authenticate-options', []);
    expect(options.json()).toMatchObject({ userVerification: 'required', rpId: new URL(origin).hostname });
    expect(options.json()).not.toHaveProperty('allowCredentials'); // discoverable: no e-mail asked
    const answer = device.authenticate(options.json<Parameters<TestAuthenticator['authenticate']>[0]>(), {
      origin,
      ...ceremony,
    });
    const res = await call('POST', '/api/auth/passkey/verify-authentication', cookiesOf(options), {
      response: answer,
    });
    return { res, answer, challengeCookies: cookiesOf(options) };
  }

  const userId = async (email: string) =>
    (await s.t.db.db.select({ id: appUser.id }).from(appUser).where(eq(appUser.email, email)))[0]!.id;
  const auditOf = async (subjectId: string, action: 'create' | 'delete' | 'login') =>
    s.t.db.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, subjectId), eq(auditEvent.action, action)));

  it('lets a mentor add a passkey, see it listed, and log in with it', async () => {
    const session = await logIn(mentor);
    const { device, res } = await addPasskey(session, 'Min telefon');
    expect(res.statusCode).toBe(200);
    const id = await userId(mentor.email);

    const [stored] = await s.t.db.db.select().from(passkey).where(eq(passkey.userId, id));
    expect(stored).toMatchObject({ name: 'Min telefon', counter: 0, deviceType: 'singleDevice' });
    const [added] = await auditOf(id, 'create');
    expect(added).toMatchObject({
      actorId: id,
      purpose: 'passkey added',
      details: { passkeyId: stored!.id },
    });

    // The list has what the page shows, not the key material.
    const list = await call('GET', '/api/auth/passkey/list-user-passkeys', [session]);
    expect(list.json()).toEqual([{ id: stored!.id, name: 'Min telefon', createdAt: expect.any(String) }]);

    const logins = (await auditOf(id, 'login')).length;
    const { res: login } = await logInWithPasskey(device);
    expect(login.statusCode).toBe(200);
    expect(login.body).not.toContain('token'); // the session is in the HttpOnly cookie only
    const cookie = sessionOf(login)!;
    expect(cookie).not.toBe(session);
    const me = await call('GET', '/api/me', [cookie]);
    expect(me.json()).toMatchObject({ user: { email: mentor.email } });
    // The same login record as any other login.
    const after = await auditOf(id, 'login');
    expect(after).toHaveLength(logins + 1);
    expect(after.map((e) => e.purpose)).toContain('auth /passkey/verify-authentication');
    const [used] = await s.t.db.db.select().from(passkey).where(eq(passkey.id, stored!.id));
    expect(used!.counter).toBe(1);
  });

  it('counts a passkey as both factors: staff with two-factor login get in without a code', async () => {
    const session = await logIn(staff);
    const { device, res } = await addPasskey(session, 'Arbejdstelefon');
    expect(res.statusCode).toBe(200);
    const { res: login } = await logInWithPasskey(device);
    expect(login.statusCode).toBe(200);
    expect(login.json()).not.toHaveProperty('twoFactorRedirect');
    const me = await call('GET', '/api/me', [sessionOf(login)]);
    expect(me.json()).toMatchObject({ user: { email: staff.email, twoFactorEnabled: true } });
  });

  it('refuses a passkey that did not check the person (no PIN, fingerprint or face)', async () => {
    const session = await logIn(peer);
    const unverified = await addPasskey(session, 'Uden lås', { userVerified: false });
    expect(unverified.res.statusCode).toBe(400);
    expect(unverified.res.json()).toMatchObject({ code: 'PASSKEY_FAILED' });
    expect(
      await s.t.db.db
        .select()
        .from(passkey)
        .where(eq(passkey.userId, await userId(peer.email))),
    ).toEqual([]);

    const { device } = await addPasskey(session, 'Min telefon');
    const { res } = await logInWithPasskey(device, { userVerified: false });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'PASSKEY_FAILED',
      title: 'Det lykkedes ikke med adgangsnøglen. Prøv igen.',
    });
    expect(sessionOf(res)).toBeUndefined();
  });

  it('refuses answers for another site, replayed answers and unknown passkeys', async () => {
    const session = await logIn(peer);
    const { device } = await addPasskey(session, 'Tablet');

    const phished = await logInWithPasskey(device, { origin: 'https://makker.evil.example' });
    expect(phished.res.statusCode).toBe(400);
    expect(sessionOf(phished.res)).toBeUndefined();

    const first = await logInWithPasskey(device);
    expect(first.res.statusCode).toBe(200);
    // The challenge was used up by the first login.
    const replay = await call('POST', '/api/auth/passkey/verify-authentication', first.challengeCookies, {
      response: first.answer,
    });
    expect(replay.statusCode).toBe(400);
    expect(replay.json()).toMatchObject({ code: 'PASSKEY_FAILED' });

    const stranger = await logInWithPasskey(new TestAuthenticator());
    expect(stranger.res.statusCode).toBe(401);
    expect(stranger.res.json()).toMatchObject({ code: 'PASSKEY_UNKNOWN' });
  });

  it('asks for a name of at most 60 characters', async () => {
    const session = await logIn(peer);
    for (const name of [undefined, '   ', 'x'.repeat(61)]) {
      const { res } = await addPasskey(session, name);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    // Renaming (better-auth's endpoint; the pages do not offer it) keeps to the same rule.
    const { res } = await addPasskey(session, 'Telefon');
    const { id } = res.json<{ id: string }>();
    const rename = (name: string) =>
      call('POST', '/api/auth/passkey/update-passkey', [session], { id, name });
    expect((await rename('x'.repeat(61))).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await rename('Min nye telefon')).statusCode).toBe(200);
    const [renamed] = await s.t.db.db.select().from(passkey).where(eq(passkey.id, id));
    expect(renamed!.name).toBe('Min nye telefon');
  });

  it('needs a recent login to add a passkey, and a login to ask at all', async () => {
    const session = await logIn(peer);
    const token = decodeURIComponent(session.split('=')[1]!).split('.')[0]!;
    await s.t.db.db
      .update(authSession)
      .set({ createdAt: new Date(Date.now() - 11 * 60_000) })
      .where(eq(authSession.token, token));
    const stale = await addPasskey(session, 'Gammel session');
    expect(stale.res.statusCode).toBe(403);
    expect(stale.res.json()).toMatchObject({ code: 'REAUTHENTICATION_REQUIRED' });

    const anonymous = await call('GET', '/api/auth/passkey/generate-register-options', []);
    expect(anonymous.statusCode).toBe(401);
  });

  it('removes a passkey for its owner only, and it no longer logs in', async () => {
    const session = await logIn(mentor);
    const { device, res } = await addPasskey(session, 'Gammel telefon');
    const { id } = res.json<{ id: string }>();

    const other = await logIn(peer);
    const refused = await call('POST', '/api/auth/passkey/delete-passkey', [other], { id });
    expect(refused.statusCode).toBe(401);
    expect(await s.t.db.db.select().from(passkey).where(eq(passkey.id, id))).toHaveLength(1);

    const removed = await call('POST', '/api/auth/passkey/delete-passkey', [session], { id });
    expect(removed.statusCode).toBe(200);
    expect(await s.t.db.db.select().from(passkey).where(eq(passkey.id, id))).toEqual([]);
    const mentorId = await userId(mentor.email);
    const deletions = await auditOf(mentorId, 'delete');
    expect(deletions.find((e) => (e.details as { passkeyId?: string }).passkeyId === id)).toMatchObject({
      actorId: mentorId,
      purpose: 'passkey removed',
    });

    const { res: login } = await logInWithPasskey(device);
    expect(login.statusCode).toBe(401);
    expect(login.json()).toMatchObject({ code: 'PASSKEY_UNKNOWN' });
  });

  it('goes with the account when the account is erased', async () => {
    const session = await logIn(peer);
    await addPasskey(session, 'Min telefon');
    const id = await userId(peer.email);
    expect((await s.t.db.db.select().from(passkey).where(eq(passkey.userId, id))).length).toBeGreaterThan(0);
    await s.t.db.db.delete(appUser).where(eq(appUser.id, id));
    expect(await s.t.db.db.select().from(passkey).where(eq(passkey.userId, id))).toEqual([]);
  });
});
