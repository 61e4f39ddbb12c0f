/**
 * The demo's waves (decision 045): the programme's wave settings saved; the waves and reminders
 * the daily job would have sent on earlier days recorded as sent, without mail (so a fresh
 * installation's mailbox stays empty and the pages look alive); and two people not yet paired —
 * Freja Dahl (peer, with a login of her own) and Anders Bak (mentor) — for the journey
 * peer-answers-t0-and-later-t2, where staff start their pair and the job sends T0. No other
 * journey touches the two. Seeded once.
 */
import { eq } from 'drizzle-orm';
import { type Database, lockTransaction } from '../../../server/db.ts';
import { appUser, createUser } from '../../accounts/server/index.ts';
import { DEFAULT_PROGRAMME_WAVES } from '../waves.contract.ts';
import { waveSettings } from './waves.table.ts';
import { sendDueWaves } from './waves-send.ts';

export const DEMO_WAVES_PEER = {
  name: 'Freja Dahl',
  email: 'freja@makker.example',
  password: 'demo-freja-makker',
} as const;
const DEMO_WAVES_MENTOR = { name: 'Anders Bak', email: 'anders.bak@peer.makker.example' } as const;

export async function seedDemoWaves(db: Database, programmeId: string, now = new Date()): Promise<void> {
  const first = await db.withProgramme(programmeId, async (tx) => {
    await lockTransaction(tx, 'makker.seed-demo.waves');
    await tx
      .insert(waveSettings)
      .values({ programmeId, ...DEFAULT_PROGRAMME_WAVES })
      .onConflictDoNothing();
    const [known] = await tx
      .select({ id: appUser.id })
      .from(appUser)
      .where(eq(appUser.email, DEMO_WAVES_PEER.email));
    if (known) return false;
    await createUser(tx, { ...DEMO_WAVES_PEER, programmeId, roles: ['peer'] });
    await createUser(tx, { ...DEMO_WAVES_MENTOR, programmeId, roles: ['mentor'] });
    return true;
  });
  // Once, when the demo is made: a later seed must not swallow mails the job owes someone.
  if (first) await sendDueWaves(db, { now, quiet: true, programmeIds: [programmeId] });
}
