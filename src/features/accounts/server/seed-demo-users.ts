import { symmetricEncrypt } from 'better-auth/crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Role } from '../../../server/access.ts';
import { type Database, lockTransaction, type Tx } from '../../../server/db.ts';
import { appUser, authTwoFactor } from './auth.table.ts';
import { createUser } from './create-user.ts';

/** What a demo user with two-factor login needs besides the password. */
export interface DemoTwoFactor {
  /** Base32, as an authenticator app asks for it ("enter a setup key"). */
  secret: string;
  /** Each works once instead of a code from the app. */
  recoveryCodes: string[];
}

export interface DemoLogin {
  role: Role;
  name: string;
  email: string;
  password: string;
  /** Staff, researchers and admins have two-factor login, as they must to see personal data. */
  twoFactor?: DemoTwoFactor;
}

const demoRecoveryCodes = (role: Role) =>
  Array.from({ length: 10 }, (_, i) => `demo-${role}-${String(i + 1).padStart(2, '0')}`);

/**
 * One user per role. The passwords, secrets and recovery codes are public: demo data is never
 * seeded in production. Peers and mentors have no two-factor login, as most real ones won't.
 */
export const DEMO_LOGINS: DemoLogin[] = [
  { role: 'peer', name: 'Jonas Hansen', email: 'peer@makker.example', password: 'demo-peer-makker' },
  { role: 'mentor', name: 'Mette Nielsen', email: 'mentor@makker.example', password: 'demo-mentor-makker' },
  {
    role: 'staff',
    name: 'Lene Sørensen',
    email: 'staff@makker.example',
    password: 'demo-staff-makker',
    twoFactor: { secret: 'MAKKERDEMOSTAFFLENESOERENSENTOTP', recoveryCodes: demoRecoveryCodes('staff') },
  },
  {
    role: 'researcher',
    name: 'Anders Kjær',
    email: 'researcher@makker.example',
    password: 'demo-researcher-makker',
    twoFactor: {
      secret: 'MAKKERDEMORESEARCHERANDERSKJAER2',
      recoveryCodes: demoRecoveryCodes('researcher'),
    },
  },
  {
    role: 'admin',
    name: 'Birgitte Holm',
    email: 'admin@makker.example',
    password: 'demo-admin-makker',
    twoFactor: { secret: 'MAKKERDEMOADMINBIRGITTEHOLMTOTP2', recoveryCodes: demoRecoveryCodes('admin') },
  },
];

/** Creates the demo users in the demo programme (once). `authSecret` encrypts their TOTP secrets. */
export async function seedDemoUsers(
  db: Database,
  programmeId: string,
  options: { authSecret: string },
): Promise<DemoLogin[]> {
  await db.transaction(async (tx) => {
    await lockTransaction(tx, 'makker.seed-demo.users');
    const existing = await tx
      .select({ email: appUser.email })
      .from(appUser)
      .where(
        inArray(
          appUser.email,
          DEMO_LOGINS.map((l) => l.email),
        ),
      );
    const have = new Set(existing.map((e) => e.email));
    for (const login of DEMO_LOGINS) {
      if (have.has(login.email)) continue;
      const userId = await createUser(tx, { ...login, programmeId, roles: [login.role] });
      if (login.twoFactor) await turnOnTwoFactor(tx, userId, login.twoFactor, options.authSecret);
    }
  });
  return DEMO_LOGINS;
}

/**
 * Stores the secret and recovery codes as better-auth's twoFactor plugin does after a verified
 * set-up: both encrypted with the auth secret by its own `symmetricEncrypt`, the recovery codes as
 * a JSON list. The `base32:` prefix is the plugin's form for a secret made elsewhere (here: a fixed
 * one to type into an app); it decodes it before use. The db test proves the plugin accepts both.
 */
async function turnOnTwoFactor(tx: Tx, userId: string, demo: DemoTwoFactor, authSecret: string) {
  await tx.insert(authTwoFactor).values({
    userId,
    secret: await symmetricEncrypt({ key: authSecret, data: `base32:${demo.secret}` }),
    backupCodes: await symmetricEncrypt({ key: authSecret, data: JSON.stringify(demo.recoveryCodes) }),
    verified: true,
  });
  await tx.update(appUser).set({ twoFactorEnabled: true }).where(eq(appUser.id, userId));
}
