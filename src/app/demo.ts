/** Seeds the demo programme: each feature adds its part here. */
import { count, eq } from 'drizzle-orm';
import {
  appUser,
  type DemoLogin,
  seedDemoInvitations,
  seedDemoUsers,
} from '../features/accounts/server/index.ts';
import { seedDemoIntake } from '../features/intake/server/index.ts';
import { DEMO_PROGRAMME_SLUG, programme, seedDemoProgramme } from '../features/programmes/server/index.ts';
import type { Database } from '../server/db.ts';
import type { Env } from '../server/env.ts';

export class DemoRefusedError extends Error {}

export async function seedDemo(
  db: Database,
  env: Pick<Env, 'NODE_ENV' | 'authSecret'>,
): Promise<{ programmeSlug: string; logins: DemoLogin[] }> {
  if (env.NODE_ENV === 'production') {
    throw new DemoRefusedError('Demo data is never seeded when NODE_ENV=production.');
  }
  const programmeId = await seedDemoProgramme(db);
  const logins = await seedDemoUsers(db, programmeId, { authSecret: env.authSecret });
  await seedDemoInvitations(db, programmeId);
  const userIdOf = async (role: DemoLogin['role']) => {
    const email = logins.find((l) => l.role === role)?.email ?? '';
    const [found] = await db.db.select({ id: appUser.id }).from(appUser).where(eq(appUser.email, email));
    return found?.id;
  };
  const [staffId, peerId, mentorId] = await Promise.all((['staff', 'peer', 'mentor'] as const).map(userIdOf));
  await seedDemoIntake(db, programmeId, staffId ?? null, new Date(), {
    ...(peerId ? { peer: peerId } : {}),
    ...(mentorId ? { mentor: mentorId } : {}),
  });
  return { programmeSlug: DEMO_PROGRAMME_SLUG, logins };
}

/** Whether the database has no programme yet (a first start). */
export async function hasNoProgrammes(db: Database): Promise<boolean> {
  const [row] = await db.db.select({ n: count() }).from(programme);
  return Number(row?.n ?? 0) === 0;
}
