import { eq, inArray } from 'drizzle-orm';
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

/** The programme with this slug (with the municipalities it serves), or undefined. */
export async function findProgrammeBySlug(db: Database, slug: string) {
  const [found] = await db.db
    .select({
      id: programme.id,
      slug: programme.slug,
      name: programme.name,
      municipalityCodes: programme.municipalityCodes,
    })
    .from(programme)
    .where(eq(programme.slug, slug));
  return found;
}

/** The programme with this id (with the municipalities it serves), or undefined. */
export async function findProgrammeById(db: Database, id: string) {
  const [found] = await db.db
    .select({
      id: programme.id,
      slug: programme.slug,
      name: programme.name,
      municipalityCodes: programme.municipalityCodes,
    })
    .from(programme)
    .where(eq(programme.id, id));
  return found;
}
