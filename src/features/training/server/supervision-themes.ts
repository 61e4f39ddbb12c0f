/**
 * The shared log of themes of a group supervision (issue #6 point 7): short entries staff write
 * for staff, never personal details of peers (the form says so). The text is encrypted like other
 * free text (decision 012); entries are not about a person, so reading them is not audited.
 */
import { and, asc, eq } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { fieldContext, openText, sealText } from '../../../server/field-encryption.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import type { SupervisionTheme } from '../training.contract.ts';
import { authorize } from './training.policy.ts';
import { courseSession, supervisionTheme } from './training.table.ts';

interface SessionDeps {
  db: Database;
  actor: Actor;
  programmeId: string;
  cohortId: string;
  sessionId: string;
  now?: Date;
}

const context = (id: string) => fieldContext('supervision_theme', 'text_sealed', id);

async function supervisionSession(tx: Tx, deps: SessionDeps) {
  const [session] = await tx
    .select({ kind: courseSession.kind })
    .from(courseSession)
    .where(and(eq(courseSession.id, deps.sessionId), eq(courseSession.cohortId, deps.cohortId)));
  if (!session) throw new AppError('SESSION_NOT_FOUND');
  if (session.kind !== 'supervision') throw new AppError('THEME_ONLY_SUPERVISION');
}

async function themesOf(tx: Tx, programmeId: string, sessionId: string): Promise<SupervisionTheme[]> {
  const rows = await tx
    .select()
    .from(supervisionTheme)
    .where(eq(supervisionTheme.sessionId, sessionId))
    .orderBy(asc(supervisionTheme.createdAt));
  const writers = new Map(
    (
      await findPeopleWithRole(
        tx,
        programmeId,
        ['staff', 'admin'],
        rows.flatMap((r) => (r.writtenBy ? [r.writtenBy] : [])),
      )
    ).map((p) => [p.id, p.name]),
  );
  return rows.map((r) => ({
    id: r.id,
    sessionId: r.sessionId,
    text: openText(r.textSealed, context(r.id)),
    writtenBy: r.writtenBy ? { id: r.writtenBy, name: writers.get(r.writtenBy) ?? '' } : null,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The themes of a supervision, oldest first. */
export async function listSupervisionThemes(deps: SessionDeps): Promise<{ themes: SupervisionTheme[] }> {
  authorize(deps.actor, 'cohort.read', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    await supervisionSession(tx, deps);
    return { themes: await themesOf(tx, deps.programmeId, deps.sessionId) };
  });
}

/** Adds a theme to a supervision's log; returns the log. */
export async function addSupervisionTheme(
  deps: SessionDeps & { text: string },
): Promise<{ themes: SupervisionTheme[] }> {
  authorize(deps.actor, 'cohort.manage', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    await supervisionSession(tx, deps);
    const id = crypto.randomUUID();
    await tx.insert(supervisionTheme).values({
      id,
      programmeId: deps.programmeId,
      sessionId: deps.sessionId,
      textSealed: sealText(deps.text, context(id)),
      writtenBy: userId,
      createdAt: deps.now ?? new Date(),
    });
    return { themes: await themesOf(tx, deps.programmeId, deps.sessionId) };
  });
}

/** Removes a theme from the log (e.g. one that named someone after all); returns the log. */
export async function removeSupervisionTheme(
  deps: SessionDeps & { themeId: string },
): Promise<{ themes: SupervisionTheme[] }> {
  authorize(deps.actor, 'cohort.manage', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    await supervisionSession(tx, deps);
    const gone = await tx
      .delete(supervisionTheme)
      .where(and(eq(supervisionTheme.id, deps.themeId), eq(supervisionTheme.sessionId, deps.sessionId)))
      .returning({ id: supervisionTheme.id });
    if (gone.length === 0) throw new AppError('THEME_NOT_FOUND');
    return { themes: await themesOf(tx, deps.programmeId, deps.sessionId) };
  });
}
