import { asc } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import type { ProgrammeSummary } from '../programmes.contract.ts';
import { programme } from './programme.table.ts';
import { authorize } from './programmes.policy.ts';
import type { PublicCache } from './public-cache.ts';

/** The programmes of this installation (public, so cached briefly). */
export async function listPublicProgrammes(options: {
  db: Database;
  actor: Actor;
  cache: PublicCache;
}): Promise<ProgrammeSummary[]> {
  authorize(options.actor, 'page.readPublic');
  // `.execute()`: a Drizzle query is a lazy thenable that would run again on every await of the
  // cached value; the cache must hold the result.
  return options.cache.get('programmes', () =>
    options.db.db
      .select({ slug: programme.slug, name: programme.name })
      .from(programme)
      .orderBy(asc(programme.name))
      .execute(),
  ) as Promise<ProgrammeSummary[]>;
}
