/** Test data factories: real rows through the same tables the application uses. */
import { randomBytes } from 'node:crypto';
import { organisation, programme } from '../../features/programmes/server/index.ts';
import type { Database } from '../db.ts';

const suffix = () => randomBytes(3).toString('hex');

/** A new organisation with one programme; returns the programme's id and slug. */
export async function createProgramme(
  db: Database,
  name = 'Testprojekt',
): Promise<{ id: string; slug: string }> {
  const s = suffix();
  const [org] = await db.db
    .insert(organisation)
    .values({ slug: `org-${s}`, name: `Organisation ${s}` })
    .returning({ id: organisation.id });
  const [row] = await db.db
    .insert(programme)
    .values({
      organisationId: org!.id,
      slug: `programme-${s}`,
      name: `${name} ${s}`,
      municipalityCodes: ['630'],
    })
    .returning({ id: programme.id, slug: programme.slug });
  return row!;
}
