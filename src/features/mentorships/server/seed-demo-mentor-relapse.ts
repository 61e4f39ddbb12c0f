/**
 * The demo's mentor with two running pairs (decision 049): Rikke Thorsen meets Oliver Winther
 * and Yasmin Haddad, so that staff can record a mentor's relapse on either pair's page and see
 * both paused at once. Seeded once, after everything else, so no other demo part counts them.
 */
import { eq } from 'drizzle-orm';
import { type Database, lockTransaction } from '../../../server/db.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { appUser, createUser, demoPersonEmail } from '../../accounts/server/index.ts';
import { addDays } from '../calendar-days.ts';
import { startMentorship } from './start-mentorship.ts';

export const DEMO_RELAPSE_MENTOR = 'Rikke Thorsen';
export const DEMO_RELAPSE_PEERS = ['Oliver Winther', 'Yasmin Haddad'] as const;

export async function seedDemoMentorRelapse(db: Database, programmeId: string, now = new Date()) {
  await db.withProgramme(programmeId, async (tx) => {
    await lockTransaction(tx, 'makker.seed-demo.mentor-relapse');
    const email = demoPersonEmail(DEMO_RELAPSE_MENTOR);
    const [existing] = await tx.select({ id: appUser.id }).from(appUser).where(eq(appUser.email, email));
    if (existing) return;
    const mentorId = await createUser(tx, {
      name: DEMO_RELAPSE_MENTOR,
      email,
      programmeId,
      roles: ['mentor'],
    });
    const today = copenhagenDate(now);
    for (const [i, name] of DEMO_RELAPSE_PEERS.entries()) {
      const peerId = await createUser(tx, {
        name,
        email: demoPersonEmail(name),
        programmeId,
        roles: ['peer'],
      });
      await startMentorship(tx, {
        programmeId,
        peerId,
        mentorId,
        startDate: addDays(today, -(35 + 14 * i)),
        rhythm: i === 0 ? 'weekly' : 'fortnightly',
        by: 'staff',
        actorId: null,
      });
    }
  });
}
