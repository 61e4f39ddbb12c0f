/**
 * A person's own wishes profile (/min-side/oensker) and staff's view and edit of anyone's, with
 * the "must not match" marks that only staff see. Staff reads and every change are audited; the
 * person reading their own profile is not (decision 018: the trail records who else looked).
 */
import { and, eq, or } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import type { StaffWishesProfile, Wishes, WishesProfile } from '../matching.contract.ts';
import { matchingSettingsOf } from './manage-matching-settings.ts';
import { authorize } from './matching.policy.ts';
import { mustNotMatch } from './matching.table.ts';
import { auditWishes } from './matching-audit.ts';
import { loadProfile, poolRoleOf, storeProfile, unknownChoices } from './wishes-store.ts';

interface Deps {
  db: Database;
  actor: Actor;
  programmeId: string;
  requestId?: string | undefined;
}

const OWN_PURPOSE = 'PUT /api/programmes/:programmeId/my-wishes';
const STAFF_PURPOSE = '/api/programmes/:programmeId/wishes/:userId';

async function personIn(tx: Tx, programmeId: string, userId: string) {
  const found = await poolRoleOf(tx, programmeId, userId);
  if (!found) throw new AppError('WISHES_NOT_IN_POOL');
  return { programmeId, userId, ...found };
}

export async function getMyWishes(deps: Deps): Promise<WishesProfile> {
  authorize(deps.actor, 'own.wishes', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) =>
    loadProfile(tx, await personIn(tx, deps.programmeId, userId), await matchingSettingsOf(tx)),
  );
}

export async function saveMyWishes(deps: Deps & { wishes: Wishes }): Promise<WishesProfile> {
  authorize(deps.actor, 'own.wishes', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const person = await personIn(tx, deps.programmeId, userId);
    const settings = await matchingSettingsOf(tx);
    if (unknownChoices(deps.wishes, settings)) throw new AppError('WISHES_UNKNOWN_CHOICE');
    const existed = await storeProfile(tx, person, { wishes: deps.wishes, by: userId });
    await auditWishes(tx, deps, {
      granting: [],
      action: existed ? 'update' : 'create',
      purpose: OWN_PURPOSE,
      subjectIds: [userId],
    });
    return loadProfile(tx, person, settings);
  });
}

async function staffView(tx: Tx, person: Awaited<ReturnType<typeof personIn>>): Promise<StaffWishesProfile> {
  const profile = await loadProfile(tx, person, await matchingSettingsOf(tx));
  const marks = await tx
    .select({ userId: mustNotMatch.userId, otherUserId: mustNotMatch.otherUserId })
    .from(mustNotMatch)
    .where(or(eq(mustNotMatch.userId, person.userId), eq(mustNotMatch.otherUserId, person.userId)));
  const marked = new Set(marks.map((m) => (m.userId === person.userId ? m.otherUserId : m.userId)));
  const others = await findPeopleWithRole(tx, person.programmeId, [
    person.role === 'peer' ? 'mentor' : 'peer',
  ]);
  const refs = others.filter((o) => o.id !== person.userId).map((o) => ({ userId: o.id, name: o.name }));
  return {
    ...profile,
    mustNotMatch: refs.filter((r) => marked.has(r.userId)),
    candidates: refs.filter((r) => !marked.has(r.userId)),
  };
}

export async function getPersonWishes(deps: Deps & { userId: string }): Promise<StaffWishesProfile> {
  const granting = authorize(deps.actor, 'wishes.read', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const view = await staffView(tx, await personIn(tx, deps.programmeId, deps.userId));
    await auditWishes(tx, deps, {
      granting,
      action: 'read',
      purpose: `GET ${STAFF_PURPOSE}`,
      subjectIds: [deps.userId],
    });
    return view;
  });
}

export async function savePersonWishes(
  deps: Deps & { userId: string; wishes: Wishes; paused: boolean },
): Promise<StaffWishesProfile> {
  const granting = authorize(deps.actor, 'wishes.update', { programmeId: deps.programmeId });
  const { userId: by } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const person = await personIn(tx, deps.programmeId, deps.userId);
    if (unknownChoices(deps.wishes, await matchingSettingsOf(tx)))
      throw new AppError('WISHES_UNKNOWN_CHOICE');
    const existed = await storeProfile(tx, person, { wishes: deps.wishes, paused: deps.paused, by });
    await auditWishes(tx, deps, {
      granting,
      action: existed ? 'update' : 'create',
      purpose: `PUT ${STAFF_PURPOSE}`,
      subjectIds: [deps.userId],
      details: { paused: deps.paused },
    });
    return staffView(tx, person);
  });
}

/** Marks (or with `remove`, unmarks) that two people are never proposed to each other; audited for both. */
export async function markMustNotMatch(
  deps: Deps & { userId: string; otherUserId: string; remove?: boolean },
): Promise<StaffWishesProfile> {
  const granting = authorize(deps.actor, 'wishes.update', { programmeId: deps.programmeId });
  const { userId: by } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const person = await personIn(tx, deps.programmeId, deps.userId);
    const other = await personIn(tx, deps.programmeId, deps.otherUserId);
    if (person.role === other.role) throw new AppError('MUST_NOT_MATCH_SAME_ROLE');
    const between = or(
      and(eq(mustNotMatch.userId, person.userId), eq(mustNotMatch.otherUserId, other.userId)),
      and(eq(mustNotMatch.userId, other.userId), eq(mustNotMatch.otherUserId, person.userId)),
    );
    const [existing] = await tx.select({ userId: mustNotMatch.userId }).from(mustNotMatch).where(between);
    if (deps.remove) await tx.delete(mustNotMatch).where(between);
    else if (!existing)
      await tx
        .insert(mustNotMatch)
        .values({
          programmeId: deps.programmeId,
          userId: person.userId,
          otherUserId: other.userId,
          markedBy: by,
        })
        .onConflictDoNothing();
    await auditWishes(tx, deps, {
      granting,
      action: deps.remove ? 'delete' : 'create',
      purpose: `${deps.remove ? 'DELETE' : 'POST'} ${STAFF_PURPOSE}/must-not-match`,
      subjectIds: [person.userId, other.userId],
    });
    return staffView(tx, person);
  });
}
