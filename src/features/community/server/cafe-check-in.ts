/**
 * The light check-in (issue #10 point 2): staff tap who came on a phone, or a person types the
 * six-digit code shown in the room. The code is made per session by staff, lives
 * `CODE_MINUTES`, is kept only as a hash, and a person gets `MAX_WRONG_CODES` wrong tries a
 * quarter of an hour. Visits are participation, not surveillance: the per-person list is shown
 * only on the check-in page (regulars first), and every read and change of it is audited.
 */
import { createHash, randomInt } from 'node:crypto';
import { and, count, eq, gt, gte, isNotNull, isNull } from 'drizzle-orm';
import { requireUser } from '../../../server/access.ts';
import { AppError } from '../../../server/errors.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import type { CafeCheckInList, CafeSession } from '../community.contract.ts';
import { cafeSessionViews, getCafeSessionRow } from './cafe-view.ts';
import { authorize } from './community.policy.ts';
import { cafeCodeAttempt, cafeSession, cafeVisit } from './community.table.ts';
import { auditPeople, type CommunityDeps } from './community-audit.ts';

export const CODE_MINUTES = 30;
export const MAX_WRONG_CODES = 5;
const WRONG_CODE_WINDOW_MS = 15 * 60_000;
/** Staff open the list a little before the café opens; a person checks in from then to a little after. */
const OPEN_EARLY_MS = 30 * 60_000;
const OPEN_LATE_MS = 30 * 60_000;
const PURPOSE = '/api/programmes/:programmeId/cafe/sessions/:cafeSessionId';

type Deps = CommunityDeps;

const codeHash = (sessionId: string, code: string) =>
  createHash('sha256').update(`${sessionId}:${code}`).digest('hex');

/** The programme's peers and mentors, and who of them came to the session (audited: one record each). */
export async function getCheckInList(deps: Deps & { cafeSessionId: string }): Promise<CafeCheckInList> {
  const granting = authorize(deps.actor, 'cafe.check-in', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await getCafeSessionRow(tx, deps.cafeSessionId);
    const people = await findPeopleWithRole(tx, deps.programmeId, ['peer', 'mentor']);
    const visits = await tx
      .select({ userId: cafeVisit.userId, via: cafeVisit.via })
      .from(cafeVisit)
      .where(eq(cafeVisit.sessionId, row.id));
    // Those who came most in the last eight weeks first: the usual faces are one tap away.
    const recent = await tx
      .select({ userId: cafeVisit.userId, n: count() })
      .from(cafeVisit)
      .innerJoin(cafeSession, eq(cafeSession.id, cafeVisit.sessionId))
      .where(gte(cafeSession.startsAt, new Date(row.startsAt.getTime() - 56 * 86_400_000)))
      .groupBy(cafeVisit.userId);
    const often = (id: string) => Number(recent.find((r) => r.userId === id)?.n ?? 0);
    const unique = [...new Map(people.map((p) => [p.id, p])).values()].sort(
      (x, y) => often(y.id) - often(x.id) || x.name.localeCompare(y.name, 'da'),
    );
    await auditPeople(tx, deps, {
      granting,
      action: 'read',
      purpose: `GET ${PURPOSE}/check-in`,
      subjectIds: unique.map((p) => p.id),
    });
    return {
      session: (await cafeSessionViews(tx, [row]))[0]!,
      people: unique.map((p) => {
        const visit = visits.find((v) => v.userId === p.id);
        return { id: p.id, name: p.name, came: !!visit, via: visit?.via ?? null };
      }),
    };
  });
}

/** One tap: the person came (or, tapped again, did not). Not on a cancelled session or before it opens. */
export async function recordCafeVisit(
  deps: Deps & { cafeSessionId: string; userId: string; came: boolean },
): Promise<{ userId: string; came: boolean }> {
  const granting = authorize(deps.actor, 'cafe.check-in', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await getCafeSessionRow(tx, deps.cafeSessionId);
    if (row.cancelledAt) throw new AppError('CAFE_SESSION_CANCELLED');
    if (row.startsAt.getTime() - now.getTime() > OPEN_EARLY_MS) throw new AppError('CHECK_IN_NOT_OPEN');
    const [person] = await findPeopleWithRole(tx, deps.programmeId, ['peer', 'mentor'], [deps.userId]);
    if (!person) throw new AppError('CAFE_PERSON_NOT_FOUND');
    if (deps.came)
      await tx
        .insert(cafeVisit)
        .values({
          programmeId: deps.programmeId,
          sessionId: row.id,
          userId: deps.userId,
          via: 'staff',
          recordedBy: actor.userId,
          recordedAt: now,
        })
        .onConflictDoNothing();
    else
      await tx
        .delete(cafeVisit)
        .where(and(eq(cafeVisit.sessionId, row.id), eq(cafeVisit.userId, deps.userId)));
    await auditPeople(tx, deps, {
      granting,
      action: deps.came ? 'create' : 'delete',
      purpose: `PUT ${PURPOSE}/visits/:userId`,
      subjectIds: [deps.userId],
    });
    return { userId: deps.userId, came: deps.came };
  });
}

/** A new code for the room (the old one stops working); shown on the staff member's phone. */
export async function makeCheckInCode(
  deps: Deps & { cafeSessionId: string },
): Promise<{ code: string; expiresAt: string }> {
  authorize(deps.actor, 'cafe.check-in', { programmeId: deps.programmeId });
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await getCafeSessionRow(tx, deps.cafeSessionId);
    if (row.cancelledAt) throw new AppError('CAFE_SESSION_CANCELLED');
    const open = row.startsAt.getTime() - OPEN_EARLY_MS <= now.getTime();
    if (!open || now.getTime() > row.endsAt.getTime() + OPEN_LATE_MS) throw new AppError('CHECK_IN_NOT_OPEN');
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(now.getTime() + CODE_MINUTES * 60_000);
    await tx
      .update(cafeSession)
      .set({ checkInCodeHash: codeHash(row.id, code), checkInCodeExpiresAt: expiresAt })
      .where(eq(cafeSession.id, row.id));
    return { code, expiresAt: expiresAt.toISOString() };
  });
}

/**
 * A peer or mentor checks in with the code shown in the room. A wrong code is counted (in its own
 * transaction, so it stays counted when the answer is an error); after `MAX_WRONG_CODES` wrong
 * codes in a quarter of an hour every try is refused until the window has passed.
 */
export async function checkInWithCode(deps: Deps & { code: string }): Promise<{ session: CafeSession }> {
  const granting = authorize(deps.actor, 'own.check-in', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  const now = deps.now ?? new Date();
  const found = await deps.db.withProgramme(deps.programmeId, async (tx) => {
    const [wrong] = await tx
      .select({ n: count() })
      .from(cafeCodeAttempt)
      .where(
        and(
          eq(cafeCodeAttempt.userId, userId),
          gte(cafeCodeAttempt.at, new Date(now.getTime() - WRONG_CODE_WINDOW_MS)),
        ),
      );
    if (Number(wrong?.n ?? 0) >= MAX_WRONG_CODES) throw new AppError('CHECK_IN_TOO_MANY_TRIES');
    const open = await tx
      .select()
      .from(cafeSession)
      .where(
        and(
          isNotNull(cafeSession.checkInCodeHash),
          gt(cafeSession.checkInCodeExpiresAt, now),
          isNull(cafeSession.cancelledAt),
        ),
      );
    const session = open.find((s) => s.checkInCodeHash === codeHash(s.id, deps.code));
    if (!session) return null;
    await tx
      .insert(cafeVisit)
      .values({ programmeId: deps.programmeId, sessionId: session.id, userId, via: 'code', recordedAt: now })
      .onConflictDoNothing();
    await auditPeople(tx, deps, {
      granting,
      action: 'create',
      purpose: 'POST /api/programmes/:programmeId/my-community/check-in',
      subjectIds: [userId],
    });
    return (await cafeSessionViews(tx, [session]))[0]!;
  });
  if (found) return { session: found };
  await deps.db.withProgramme(deps.programmeId, (tx) =>
    tx.insert(cafeCodeAttempt).values({ programmeId: deps.programmeId, userId, at: now }),
  );
  throw new AppError('CHECK_IN_CODE_WRONG');
}
