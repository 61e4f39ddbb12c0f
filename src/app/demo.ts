/** Seeds the demo programme: each feature adds its part here. */
import { count, inArray } from 'drizzle-orm';
import {
  appUser,
  type DemoLogin,
  seedDemoInvitations,
  seedDemoUsers,
} from '../features/accounts/server/index.ts';
import { seedDemoCommunity } from '../features/community/server/index.ts';
import { seedDemoEvaluation, seedDemoWaves } from '../features/evaluation/server/index.ts';
import { seedDemoGroup } from '../features/group/server/index.ts';
import { seedDemoIntake } from '../features/intake/server/index.ts';
import { seedDemoMatching, seedDemoOffers } from '../features/matching/server/index.ts';
import {
  seedDemoMentorRelapse,
  seedDemoMentorships,
  sendMeetingReminders,
  sendSlipNudges,
} from '../features/mentorships/server/index.ts';
import { seedDemoMessaging } from '../features/messaging/server/index.ts';
import { recordNotificationOnly, seedDemoNotifications } from '../features/notifications/server/index.ts';
import { DEMO_PROGRAMME_SLUG, programme, seedDemoProgramme } from '../features/programmes/server/index.ts';
import { seedDemoTraining } from '../features/training/server/index.ts';
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
  const users = await db.db
    .select({ id: appUser.id, email: appUser.email })
    .from(appUser)
    .where(
      inArray(
        appUser.email,
        logins.map((l) => l.email),
      ),
    );
  const idOf = (role: DemoLogin['role']) =>
    users.find((u) => u.email === logins.find((l) => l.role === role)?.email)?.id ?? null;
  const [peerId, mentorId] = [idOf('peer'), idOf('mentor')];
  await seedDemoIntake(db, programmeId, idOf('staff'), new Date(), {
    ...(peerId ? { peer: peerId } : {}),
    ...(mentorId ? { mentor: mentorId } : {}),
  });
  await seedDemoTraining(db, programmeId, {
    staffId: idOf('staff'),
    adminId: idOf('admin'),
    mentorId: idOf('mentor'),
  });
  await seedDemoMatching(db, programmeId, { staffId: idOf('staff') });
  await seedDemoMentorships(db, programmeId, { staffId: idOf('staff'), peerId, mentorId });
  await seedDemoMessaging(db, programmeId, { peerId, mentorId });
  await seedDemoCommunity(db, programmeId, {
    staffId: idOf('staff'),
    adminId: idOf('admin'),
    mentorId,
    peerId,
  });
  await seedDemoEvaluation(db, programmeId, { staffId: idOf('staff'), peerId, mentorId });
  await seedDemoOffers(db, programmeId, { staffId: idOf('staff') });
  await seedDemoWaves(db, programmeId);
  await seedDemoNotifications(db, programmeId, { peerId, mentorId, staffId: idOf('staff') });
  await seedDemoGroup(db, programmeId, { staffId: idOf('staff') });
  // Last, so that no other part counts its mentor and peers.
  await seedDemoMentorRelapse(db, programmeId);
  // The demo pairs have been reminded and nudged before: today's reminders count as given (in the
  // app only), so a fresh installation's first job run mails nobody about the demo's past.
  const given = { db, notify: recordNotificationOnly, now: new Date() };
  await sendMeetingReminders(given);
  await sendSlipNudges(given);
  return { programmeSlug: DEMO_PROGRAMME_SLUG, logins };
}

/** Whether the database has no programme yet (a first start). */
export async function hasNoProgrammes(db: Database): Promise<boolean> {
  const [row] = await db.db.select({ n: count() }).from(programme);
  return Number(row?.n ?? 0) === 0;
}
