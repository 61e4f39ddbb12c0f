import { lt } from 'drizzle-orm';
import type { Database } from '../../../server/db.ts';
import { programme } from '../../programmes/server/index.ts';
import { makeCafeSessions } from './cafe-sessions.ts';
import { cafeCodeAttempt } from './community.table.ts';

/**
 * The daily `community.cafe` job: per programme, makes the café's sessions up to eight weeks
 * ahead (the rota can then be filled) and forgets wrong check-in codes older than a day.
 */
export async function cafeHousekeeping(db: Database, now = new Date()): Promise<number> {
  let made = 0;
  for (const p of await db.db.select({ id: programme.id }).from(programme)) {
    made += await db.withProgramme(p.id, async (tx) => {
      await tx.delete(cafeCodeAttempt).where(lt(cafeCodeAttempt.at, new Date(now.getTime() - 86_400_000)));
      return makeCafeSessions(tx, p.id, now);
    });
  }
  return made;
}
