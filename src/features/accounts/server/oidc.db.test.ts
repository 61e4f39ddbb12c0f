/**
 * OpenID Connect login end to end against a real provider (`oidc-provider`, in this process on a
 * random port). The test plays the browser: it follows redirects between the provider (real
 * HTTP) and makker (`app.inject`), keeps cookies per origin and fills in the provider's forms.
 * Over 400 lines because that browser and the provider set-up serve every journey here.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { EnvError, loadEnv } from '../../../server/env.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import { appUser, authAccount } from './auth.table.ts';
import { DEMO_LOGINS } from './seed-demo-users.ts';

const peer = DEMO_LOGINS.find((l) => l.role === 'peer')!;
const mentor = DEMO_LOGINS.find((l) => l.role === 'mentor')!;
const CPR = '0101701234';
const CLIENT = { id: 'makker-test', secret: 'a-client-secret-for-tests-only' };

/** People the provider knows, by subject: what it says about them. */
const people = new Map<string, { email: string; email_verified: boolean; name: string }>([
  ['peer-sub', { email: peer.email, email_verified: true, name: 'Navn fra udbyderen' }],
  ['stranger-sub', { email: 'fremmed@example.org', email_verified: true, name: 'Fremmed' }],
  ['unverified-sub', { email: peer.email, email_verified: false, name: 'Ubekræftet' }],
  ['mentor-sub', { email: mentor.email, email_verified: true, name: 'Mentor' }],
  ['010170-1234', { email: peer.email, email_verified: true, name: 'CPR som subject' }],
]);

interface Page {
  url: URL;
  status: number;
  body: string;
}

const PUBLIC_URL = 'http://localhost:3000';
const makkerEnv = (issuer: string) => ({
  PUBLIC_URL,
  OIDC_ISSUER: issuer,
  OIDC_CLIENT_ID: CLIENT.id,
  OIDC_CLIENT_SECRET: CLIENT.secret,
});

/** An HTTP server on a random local port whose handler the test can swap (`handle`). */
async function startServer() {
  const box = { handle: ((_req, res) => res.end()) as http.RequestListener };
  const server = http.createServer((req, res) => box.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const stop = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  };
  return { box, issuer, stop };
}

/** A real OpenID Connect provider for `issuer` that knows `people` and makker as a client. */
async function providerFor(issuer: string): Promise<http.RequestListener> {
  // oidc-provider ships no types; the test only needs its constructor and request handler.
  const { default: Provider } = (await import('oidc-provider' as string)) as {
    default: new (issuer: string, config: object) => { callback(): http.RequestListener };
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [`${PUBLIC_URL}/api/auth/callback/oidc`],
      },
    ],
    pkce: { required: () => true },
    cookies: { keys: ['provider-cookie-key-for-tests'] },
    // An over-sharing broker: it would hand out a CPR number with the profile.
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'cpr'] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx: unknown, sub: string) {
      const person = people.get(sub);
      if (!person) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...person, cpr: CPR }) };
    },
  });
  return provider.callback();
}

describe('logging in with OpenID Connect (MitID)', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let providerServer: Awaited<ReturnType<typeof startServer>>;
  let issuer: string;

  beforeAll(async () => {
    providerServer = await startServer();
    issuer = providerServer.issuer;
    providerServer.box.handle = await providerFor(issuer);
    s = await createTestServer(makkerEnv(issuer));
  });
  afterAll(async () => {
    await s?.close();
    await providerServer?.stop();
  });

  /** A browser with its own cookies: makker through inject, the provider over HTTP. */
  function browser() {
    const jars = new Map<string, Map<string, string>>();
    const jar = (url: URL) => jars.get(url.origin) ?? jars.set(url.origin, new Map()).get(url.origin)!;
    const keep = (url: URL, setCookies: string[]) => {
      for (const line of setCookies) {
        const [pair = '', ...attributes] = line.split(';');
        const name = pair.slice(0, pair.indexOf('='));
        const expired = attributes.some(
          (a) => /^\s*max-age=0\s*$/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a),
        );
        if (expired) jar(url).delete(name);
        else jar(url).set(name, pair.slice(name.length + 1));
      }
    };
    const cookieHeader = (url: URL) => [...jar(url)].map(([name, value]) => `${name}=${value}`).join('; ');

    async function request(
      url: URL,
      init: { method?: string; form?: Record<string, string>; json?: object } = {},
    ) {
      const method = init.method ?? 'GET';
      if (url.origin === new URL(s.env.publicUrl).origin) {
        const res = await s.app.inject({
          method: method as 'GET' | 'POST',
          url: url.pathname + url.search,
          headers: { cookie: cookieHeader(url), origin: url.origin },
          ...(init.json ? { payload: init.json } : {}),
        });
        keep(url, [res.headers['set-cookie'] ?? []].flat());
        return { status: res.statusCode, location: res.headers.location, body: res.body };
      }
      const res = await fetch(url, {
        method,
        redirect: 'manual',
        headers: {
          cookie: cookieHeader(url),
          ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
      });
      keep(url, res.headers.getSetCookie());
      return {
        status: res.status,
        location: res.headers.get('location') ?? undefined,
        body: await res.text(),
      };
    }

    /** Follows redirects until a page: a provider form, or a page of the makker web app. */
    async function go(start: URL, init?: Parameters<typeof request>[1]): Promise<Page> {
      let url = start;
      let res = await request(url, init);
      for (let hops = 0; res.status >= 300 && res.status < 400 && res.location; hops++) {
        if (hops > 10) throw new Error('redirect loop');
        url = new URL(res.location, url);
        // The web app's pages are the end of the journey; whether the test serves them does not matter.
        if (url.origin === new URL(s.env.publicUrl).origin && !url.pathname.startsWith('/api/'))
          return { url, status: 200, body: '' };
        res = await request(url);
      }
      return { url, status: res.status, body: res.body };
    }

    /** Presses "Log ind med MitID", logs in at the provider as `sub` and consents if asked. */
    async function logInWithProvider(sub: string, options: { cancel?: boolean } = {}): Promise<Page> {
      const start = await request(new URL('/api/auth/sign-in/social', s.env.publicUrl), {
        method: 'POST',
        json: {
          provider: 'oidc',
          callbackURL: '/min-side',
          errorCallbackURL: '/log-ind',
          disableRedirect: true,
        },
      });
      expect(start.status).toBe(200);
      const authorize = new URL(JSON.parse(start.body).url);
      // Our scopes only, PKCE, and a fresh login at the provider every time (shared phones).
      expect(authorize.searchParams.get('scope')).toBe('openid email profile');
      expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
      expect(authorize.searchParams.get('prompt')).toBe('login');
      let page = await go(authorize);
      for (let step = 0; page.url.origin === issuer && step < 3; step++) {
        expect(page.status).toBe(200);
        if (options.cancel) {
          page = await go(new URL(`${page.url.pathname}/abort`, page.url));
          break;
        }
        const action = new URL(/action="([^"]+)"/.exec(page.body)![1]!, page.url);
        const prompt = /name="prompt" value="(\w+)"/.exec(page.body)![1]!;
        const form: Record<string, string> =
          prompt === 'login' ? { prompt, login: sub, password: 'anything' } : { prompt };
        page = await go(action, { method: 'POST', form });
      }
      return page;
    }

    async function me() {
      const url = new URL('/api/me', s.env.publicUrl);
      return s.app.inject({ url: url.pathname, headers: { cookie: cookieHeader(url) } });
    }

    return {
      logInWithProvider,
      me,
      request,
      hasSession: () => jar(new URL(s.env.publicUrl)).has('makker.session_token'),
    };
  }

  const oidcAccounts = () => s.t.db.db.select().from(authAccount).where(eq(authAccount.providerId, 'oidc'));
  const count = async (table: typeof appUser | typeof authAccount) =>
    (await s.t.db.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

  it('offers the login button with its label, and nothing about the provider', async () => {
    const res = await s.app.inject('/api/public/login-options');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ oidc: { label: 'MitID' } });
  });

  it('logs in a person who has a makker account, matched by their verified e-mail', async () => {
    const b = browser();
    const page = await b.logInWithProvider('peer-sub');
    expect(page.url.pathname).toBe('/min-side');
    const me = await b.me();
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ email: peer.email, name: peer.name });
    const [login] = await s.t.db.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'login'), eq(auditEvent.subjectId, me.json().user.id)));
    expect(login?.purpose).toBe('auth /callback/:id');
  });

  it('keeps only the subject: no tokens, no CPR number, no name from the provider', async () => {
    const [account] = await oidcAccounts();
    expect(account).toMatchObject({
      accountId: 'peer-sub',
      accessToken: null,
      refreshToken: null,
      idToken: null,
      accessTokenExpiresAt: null,
      refreshTokenExpiresAt: null,
      password: null,
    });
    const [user] = await s.t.db.db.select().from(appUser).where(eq(appUser.id, account!.userId));
    expect(user!.name).toBe(peer.name); // not "Navn fra udbyderen"
    const everything = JSON.stringify(await s.t.db.db.select().from(authAccount)) + JSON.stringify(user);
    expect(everything).not.toContain(CPR);
    expect(everything).not.toContain('Navn fra udbyderen');
  });

  it('logs the same person in again by the linked account, even when the provider changed the e-mail', async () => {
    people.set('peer-sub', { email: 'ny-adresse@example.org', email_verified: true, name: 'Navn' });
    try {
      const b = browser();
      expect((await b.logInWithProvider('peer-sub')).url.pathname).toBe('/min-side');
      expect((await b.me()).json().user.email).toBe(peer.email);
      expect(await oidcAccounts()).toHaveLength(1);
    } finally {
      people.set('peer-sub', { email: peer.email, email_verified: true, name: 'Navn fra udbyderen' });
    }
  });

  it('sends an unknown person back to the login page and creates nothing', async () => {
    const [users, accounts] = [await count(appUser), await count(authAccount)];
    const b = browser();
    const page = await b.logInWithProvider('stranger-sub');
    expect(page.url.pathname + page.url.search).toBe('/log-ind?error=OIDC_NO_ACCOUNT');
    expect(b.hasSession()).toBe(false);
    expect(await count(appUser)).toBe(users);
    expect(await count(authAccount)).toBe(accounts);
    const refused = await s.t.db.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'login-failed'), eq(auditEvent.purpose, 'auth /callback/oidc')));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      actorId: null,
      subjectId: null,
      details: { reason: 'signup_disabled' },
    });
    expect(JSON.stringify(refused)).not.toContain('fremmed');
  });

  it('does not match by an e-mail the provider has not verified', async () => {
    const before = (await oidcAccounts()).length;
    const b = browser();
    const page = await b.logInWithProvider('unverified-sub');
    expect(page.url.search).toBe('?error=OIDC_NO_ACCOUNT');
    expect(b.hasSession()).toBe(false);
    expect(await oidcAccounts()).toHaveLength(before);
    const [refusal] = await s.t.db.db
      .select()
      .from(auditEvent)
      .where(sql`${auditEvent.details}->>'reason' = 'account_not_linked'`);
    expect(refusal).toMatchObject({ action: 'login-failed', subjectId: null });
  });

  it('refuses a provider that uses CPR numbers as subjects, and keeps nothing', async () => {
    const before = (await oidcAccounts()).length;
    const page = await browser().logInWithProvider('010170-1234');
    expect(page.url.search).toBe('?error=OIDC_FAILED');
    expect(await oidcAccounts()).toHaveLength(before);
  });

  it('sends someone with two-factor login to password and code instead', async () => {
    await s.t.db.db.update(appUser).set({ twoFactorEnabled: true }).where(eq(appUser.email, mentor.email));
    const b = browser();
    const page = await b.logInWithProvider('mentor-sub');
    expect(page.url.search).toBe('?error=OIDC_TWO_FACTOR');
    expect(b.hasSession()).toBe(false);
    expect((await b.me()).statusCode).toBe(401);
  });

  it('says so when the person cancels at the provider', async () => {
    const page = await browser().logInWithProvider('peer-sub', { cancel: true });
    expect(page.url.search).toBe('?error=OIDC_CANCELLED');
  });

  it('refuses extra scopes, claims or tokens from the browser, and linking from a session', async () => {
    const b = browser();
    const signIn = new URL('/api/auth/sign-in/social', s.env.publicUrl);
    for (const extra of [
      { scopes: ['cpr'] },
      { additionalParams: { claims: '{"id_token":{"cpr":null}}' } },
      { requestSignUp: true },
      { idToken: { token: 'x.y.z' } },
    ]) {
      const res = await b.request(signIn, {
        method: 'POST',
        json: { provider: 'oidc', callbackURL: '/', ...extra },
      });
      expect(res.status).toBe(400);
    }
    const linked = await b.request(new URL('/api/auth/link-social', s.env.publicUrl), {
      method: 'POST',
      json: { provider: 'oidc', callbackURL: '/' },
    });
    expect(linked.status).toBeGreaterThanOrEqual(400);
  });
});

describe('OpenID Connect configuration', () => {
  const all = { OIDC_ISSUER: 'https://broker.example', OIDC_CLIENT_ID: 'id', OIDC_CLIENT_SECRET: 'hemmelig' };
  const problems = (source: Record<string, string>) => {
    try {
      loadEnv(source);
    } catch (error) {
      if (error instanceof EnvError) return error.problems.join('\n');
    }
    return '';
  };

  it('is off without settings, on with all three, label and scopes defaulted', () => {
    expect(loadEnv({}).oidc).toBeNull();
    expect(loadEnv({ ...all, OIDC_ISSUER: 'https://broker.example/' }).oidc).toEqual({
      issuer: 'https://broker.example',
      clientId: 'id',
      clientSecret: 'hemmelig',
      label: 'MitID',
      scopes: ['openid', 'email', 'profile'],
    });
  });

  it('stops on half a configuration, naming what is missing', () => {
    const text = problems({ OIDC_ISSUER: all.OIDC_ISSUER });
    expect(text).toContain('OIDC_CLIENT_ID: required');
    expect(text).toContain('OIDC_CLIENT_SECRET: required');
  });

  it('refuses scopes that ask for a CPR number, and never echoes the secret', () => {
    expect(problems({ ...all, OIDC_SCOPES: 'openid email mitid:cpr' })).toContain('OIDC_SCOPES');
    expect(problems({ ...all, OIDC_SCOPES: 'openid email ssn' })).toContain('CPR');
    expect(problems({ OIDC_CLIENT_SECRET: 'hemmelig' })).toContain('OIDC_ISSUER: required');
    expect(problems({ OIDC_CLIENT_SECRET: 'hemmelig' })).not.toContain('hemmelig');
  });

  it('wants the provider over https in production', () => {
    const production = {
      NODE_ENV: 'production',
      MAKKER_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
      MAKKER_AUTH_SECRET: 'x'.repeat(32),
    };
    expect(problems({ ...production, ...all, OIDC_ISSUER: 'http://broker.example' })).toContain(
      'OIDC_ISSUER: must start with https:// in production',
    );
    expect(loadEnv({ ...production, ...all }).oidc?.issuer).toBe('https://broker.example');
  });
});

describe('OpenID Connect switched off or out of reach', () => {
  it('offers no button and no provider when not configured', async () => {
    const s = await createTestServer();
    try {
      expect((await s.app.inject('/api/public/login-options')).json()).toEqual({ oidc: null });
      expect((await signIn(s)).statusCode).toBe(404);
    } finally {
      await s.close();
    }
  });

  it('answers with a problem, not a crash, when the provider cannot be reached', async () => {
    const gone = await startServer();
    await gone.stop();
    const s = await createTestServer(makkerEnv(gone.issuer));
    try {
      const res = await signIn(s);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    } finally {
      await s.close();
    }
  });

  it('does not hold up other logins while the provider hangs, and offers it once it answers', async () => {
    const slow = await startServer();
    slow.box.handle = () => {}; // accepts, never answers
    const s = await createTestServer(makkerEnv(slow.issuer));
    try {
      const started = Date.now();
      const password = await s.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        headers: { origin: s.env.publicUrl },
        payload: { email: peer.email, password: peer.password },
      });
      expect(password.statusCode).toBe(200);
      expect(Date.now() - started).toBeLessThan(15_000);
      slow.box.handle = await providerFor(slow.issuer);
      const res = await signIn(s);
      expect(res.statusCode).toBe(200);
      expect(new URL(res.json().url).origin).toBe(slow.issuer);
    } finally {
      await s.close();
      await slow.stop();
    }
  }, 60_000);
});

function signIn(s: Awaited<ReturnType<typeof createTestServer>>) {
  return s.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/social',
    headers: { origin: s.env.publicUrl },
    payload: {
      provider: 'oidc',
      callbackURL: '/min-side',
      errorCallbackURL: '/log-ind',
      disableRedirect: true,
    },
  });
}
