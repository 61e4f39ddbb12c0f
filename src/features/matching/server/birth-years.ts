import type { Tx } from '../../../server/db.ts';
import { profilesOf } from './wishes-store.ts';

/** The birth year on each person's wishes profile, where they gave one (the research export's age bands). */
export async function birthYearsOf(tx: Tx, userIds: readonly string[]): Promise<Map<string, number>> {
  const years = new Map<string, number>();
  for (const [userId, row] of await profilesOf(tx, userIds)) {
    const year = row.wishes.birthYear;
    if (typeof year === 'number') years.set(userId, year);
  }
  return years;
}
