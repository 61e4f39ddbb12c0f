/**
 * A member's calendar feed (decision 037): a secret address per person and programme that a
 * phone's calendar app fetches without logging in. The secret is stored only as its SHA-256; a
 * new link replaces the old one, turning the feed off deletes it.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { calendarSubscription } from '../../../server/ics.ts';
import { hashProgrammeToken, newProgrammeToken, programmeOfToken } from '../../../server/programme-token.ts';
import { findProgrammeById } from '../../programmes/server/index.ts';
import type { CalendarFeed } from '../training.contract.ts';
import { authorize } from './training.policy.ts';
import { calendarFeed, cohortMember, courseSession } from './training.table.ts';
import { auditPeople } from './training-audit.ts';

const PURPOSE = '/api/programmes/:programmeId/my-training/calendar';

interface OwnDeps {
  db: Database;
  actor: Actor;
  programmeId: string;
  requestId?: string | undefined;
}

/** Whether the caller's feed is on, and since when (never its address: only the hash is kept). */
export async function getCalendarFeed(deps: OwnDeps): Promise<CalendarFeed> {
  authorize(deps.actor, 'own.read', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const [row] = await tx
      .select({ createdAt: calendarFeed.createdAt })
      .from(calendarFeed)
      .where(eq(calendarFeed.userId, userId));
    return { active: !!row, createdAt: row?.createdAt.toISOString() ?? null };
  });
}

/** Makes the caller a new feed address; the old one (if any) stops working at once. */
export async function makeCalendarFeed(deps: OwnDeps & { publicUrl: string }): Promise<CalendarFeed> {
  const granting = authorize(deps.actor, 'own.calendar', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  const { token, hash } = newProgrammeToken(deps.programmeId);
  const createdAt = await deps.db.withProgramme(deps.programmeId, async (tx) => {
    const [row] = await tx
      .insert(calendarFeed)
      .values({ programmeId: deps.programmeId, userId, tokenHash: hash })
      .onConflictDoUpdate({
        target: [calendarFeed.programmeId, calendarFeed.userId],
        set: { tokenHash: hash, createdAt: new Date() },
      })
      .returning({ createdAt: calendarFeed.createdAt });
    await auditPeople(tx, deps, {
      granting,
      action: 'create',
      purpose: `POST ${PURPOSE}`,
      subjectIds: [userId],
    });
    return row!.createdAt;
  });
  const url = new URL(`/api/public/calendar/${token}.ics`, deps.publicUrl).toString();
  return {
    active: true,
    createdAt: createdAt.toISOString(),
    url,
    webcalUrl: url.replace(/^https?:/, 'webcal:'),
  };
}

/** Turns the caller's feed off: its address answers 404 from now on. */
export async function stopCalendarFeed(deps: OwnDeps): Promise<CalendarFeed> {
  const granting = authorize(deps.actor, 'own.calendar', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  await deps.db.withProgramme(deps.programmeId, async (tx) => {
    const gone = await tx
      .delete(calendarFeed)
      .where(eq(calendarFeed.userId, userId))
      .returning({ userId: calendarFeed.userId });
    if (gone.length)
      await auditPeople(tx, deps, {
        granting,
        action: 'delete',
        purpose: `DELETE ${PURPOSE}`,
        subjectIds: [userId],
      });
  });
  return { active: false, createdAt: null };
}

const KIND_LABEL = { teaching: 'Undervisningsdag', supervision: 'Gruppesparring' } as const;

/**
 * The .ics file a feed's `<token>.ics` opens: every session of the cohorts the person is a member
 * of (not those they wait for), with topic and place only — no teacher or other people. Any token
 * that opens no feed is NOT_FOUND, with nothing to tell an unknown token from a revoked one.
 */
export async function calendarFeedFile(deps: { db: Database; file: string }): Promise<string> {
  const token = deps.file.endsWith('.ics') ? deps.file.slice(0, -'.ics'.length) : '';
  const programmeId = programmeOfToken(token);
  const found = programmeId ? await findProgrammeById(deps.db, programmeId) : undefined;
  if (!found) throw new AppError('NOT_FOUND');
  return deps.db.withProgramme(found.id, async (tx) => {
    const [feed] = await tx
      .select({ userId: calendarFeed.userId })
      .from(calendarFeed)
      .where(eq(calendarFeed.tokenHash, hashProgrammeToken(token)));
    if (!feed) throw new AppError('NOT_FOUND');
    const cohorts = tx
      .select({ id: cohortMember.cohortId })
      .from(cohortMember)
      .where(and(eq(cohortMember.userId, feed.userId), eq(cohortMember.status, 'member')));
    const sessions = await tx
      .select()
      .from(courseSession)
      .where(inArray(courseSession.cohortId, cohorts))
      .orderBy(asc(courseSession.startsAt));
    return calendarSubscription({
      name: `${found.name} – uddannelse`,
      events: sessions.map((s) => ({
        uid: `course-session-${s.id}@makker`,
        stamp: s.updatedAt,
        start: s.startsAt,
        end: s.endsAt,
        summary: `${KIND_LABEL[s.kind]} ${s.number}${s.topic ? `: ${s.topic}` : ''}`,
        location: s.place,
      })),
    });
  });
}
