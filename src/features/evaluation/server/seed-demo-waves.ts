/**
 * The demo's waves (decision 045): the programme's wave settings saved, and a pair that started
 * yesterday — Freja Dahl (peer, with a login of her own) and Anders Bak (mentor) — so the daily
 * wave job sends both their T0 (the journey peer-answers-t0-and-later-t2 follows Freja; no other
 * journey touches the two). Seeded once.
 */
import { eq } from 'drizzle-orm';
import { type Database, lockTransaction } from '../../../server/db.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { appUser, createUser } from '../../accounts/server/index.ts';
import { startMentorship } from '../../mentorships/server/index.ts';
import { addDays } from '../instruments/wave-schedule.ts';
import { DEFAULT_PROGRAMME_WAVES } from '../waves.contract.ts';
import { waveSettings } from './waves.table.ts';

export const DEMO_WAVES_PEER = {
  name: 'Freja Dahl',
  email: 'freja@makker.example',
  password: 'demo-freja-makker',
} as const;
const DEMO_WAVES_MENTOR = { name: 'Anders Bak', email: 'anders.bak@peer.makker.example' } as const;

export async function seedDemoWaves(
  db: Database,
  programmeId: string,
  people: { staffId: string | null },
  now = new Date(),
): Promise<void> {
  const today = copenhagenDate(now);
  await db.withProgramme(programmeId, async (tx) => {
    await lockTransaction(tx, 'makker.seed-demo.waves');
    await tx
      .insert(waveSettings)
      .values({ programmeId, ...DEFAULT_PROGRAMME_WAVES })
      .onConflictDoNothing();
    const [known] = await tx
      .select({ id: appUser.id })
      .from(appUser)
      .where(eq(appUser.email, DEMO_WAVES_PEER.email));
    if (known) return;
    const peerId = await createUser(tx, { ...DEMO_WAVES_PEER, programmeId, roles: ['peer'] });
    const mentorId = await createUser(tx, { ...DEMO_WAVES_MENTOR, programmeId, roles: ['mentor'] });
    await startMentorship(tx, {
      programmeId,
      peerId,
      mentorId,
      startDate: addDays(today, -1),
      rhythm: 'weekly',
      by: 'staff',
      actorId: people.staffId,
      reason: 'manual',
      now: new Date(now.getTime() - 86_400_000),
    });
  });
}
