/**
 * People for HTTP-level tests: a user with roles in a programme, logged in through the real
 * login endpoint. Staff, researchers and admins get two-factor marked as on after the password
 * step (tests of the two-factor step itself live with the login tests).
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { appUser, createUser } from '../../features/accounts/server/index.ts';
import { PRIVILEGED_ROLES, type Role } from '../../server/access.ts';
import type { Database } from '../../server/db.ts';
import type { App } from '../../server/http.ts';

export interface TestPerson {
  id: string;
  name: string;
  email: string;
  password: string;
  /** `makker.session_token=…` for the `cookie` header. */
  cookie: string;
}

export interface TestServerLike {
  app: App;
  t: { db: Database };
  env: { publicUrl: string };
}

export async function addPerson(
  server: TestServerLike,
  options: { programmeId: string; roles: Role[]; name?: string; twoFactor?: boolean },
): Promise<TestPerson> {
  const tag = randomBytes(4).toString('hex');
  const name = options.name ?? `Testperson ${tag}`;
  const email = `person-${tag}@makker.test`;
  const password = `test-password-${tag}-lang`;
  const { app, env } = server;
  const db = server.t.db;
  const id = await db.transaction((tx) =>
    createUser(tx, { name, email, password, programmeId: options.programmeId, roles: options.roles }),
  );
  const cookie = await logIn(app, env.publicUrl, email, password);
  const twoFactor = options.twoFactor ?? options.roles.some((r) => PRIVILEGED_ROLES.includes(r));
  if (twoFactor) await db.db.update(appUser).set({ twoFactorEnabled: true }).where(eq(appUser.id, id));
  return { id, name, email, password, cookie };
}

/** Logs in with e-mail and password; returns the session cookie. */
export async function logIn(app: App, origin: string, email: string, password: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    payload: { email, password },
    headers: { origin },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookies = [res.headers['set-cookie']].flat().filter(Boolean) as string[];
  const session = cookies.find((c) => c.startsWith('makker.session_token='));
  if (!session) throw new Error('login gave no session cookie');
  return session.split(';')[0]!;
}

/**
 * Logs a person in again (a fresh login, for sensitive actions). Two-factor is switched off for
 * the password step and on again after it, as `addPerson` does.
 */
export async function logInAgain(server: TestServerLike, person: TestPerson): Promise<string> {
  const [row] = await server.t.db.db
    .select({ twoFactorEnabled: appUser.twoFactorEnabled })
    .from(appUser)
    .where(eq(appUser.id, person.id));
  await server.t.db.db.update(appUser).set({ twoFactorEnabled: false }).where(eq(appUser.id, person.id));
  person.cookie = await logIn(server.app, server.env.publicUrl, person.email, person.password);
  await server.t.db.db
    .update(appUser)
    .set({ twoFactorEnabled: Boolean(row?.twoFactorEnabled) })
    .where(eq(appUser.id, person.id));
  return person.cookie;
}
