import { inArray } from 'drizzle-orm';
import type { Database } from '../../../server/db.ts';
import { programme } from './programme.table.ts';

/** The id, slug and name of the given programmes (unknown ids are left out). */
export async function findProgrammes(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  return db.db
    .select({ id: programme.id, slug: programme.slug, name: programme.name })
    .from(programme)
    .where(inArray(programme.id, ids));
}
