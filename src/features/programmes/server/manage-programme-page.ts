import { eq, sql } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../audit/server/index.ts';
import type { Locale, ProgrammePageContent, ProgrammePageEditResponse } from '../programmes.contract.ts';
import { programmePage } from './programme.table.ts';
import { authorize } from './programmes.policy.ts';
import type { PublicCache } from './public-cache.ts';

interface Deps {
  db: Database;
  actor: Actor;
  programmeId: string;
  locale: Locale;
  requestId?: string;
}

const toResponse = (row: { locale: string; content: ProgrammePageContent; updatedAt: Date }) => ({
  locale: row.locale as Locale,
  content: row.content,
  updatedAt: row.updatedAt.toISOString(),
});

/** The stored page in one language, for the editor (no fallback to another language). */
export async function getProgrammePageForEditing(deps: Deps): Promise<ProgrammePageEditResponse> {
  authorize(deps.actor, 'page.read', { programmeId: deps.programmeId });
  const [row] = await deps.db.withProgramme(deps.programmeId, (tx) =>
    tx.select().from(programmePage).where(eq(programmePage.locale, deps.locale)),
  );
  if (!row) throw new AppError('PROGRAMME_PAGE_NOT_FOUND');
  return toResponse(row);
}

/**
 * Creates or replaces the page in one language. The editing instance's public cache is cleared
 * after the commit, so the flyer shows the change at once here (other instances within 10 s,
 * decision 015); clearing before the commit could let a concurrent reader cache the old page.
 */
export async function updateProgrammePage(
  deps: Deps & { content: ProgrammePageContent; cache: PublicCache },
): Promise<ProgrammePageEditResponse> {
  const granting = authorize(deps.actor, 'page.update', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  const row = await deps.db.withProgramme(deps.programmeId, async (tx) => {
    const values = {
      programmeId: deps.programmeId,
      locale: deps.locale,
      content: deps.content,
      updatedAt: sql`now()`,
    };
    const [saved] = await tx
      .insert(programmePage)
      .values(values)
      .onConflictDoUpdate({ target: [programmePage.programmeId, programmePage.locale], set: values })
      .returning();
    await recordAudit(tx, {
      actorId: actor.userId,
      actorRole: granting.join(','),
      action: 'update',
      subjectId: null,
      programmeId: deps.programmeId,
      purpose: 'PUT /api/programmes/:programmeId/page/:locale',
      requestId: deps.requestId ?? null,
      details: { locale: deps.locale },
    });
    return saved!;
  });
  deps.cache.clear();
  return toResponse(row);
}
