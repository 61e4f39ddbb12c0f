/**
 * Staff's view of the people in a programme: who they are, their roles, and the data-subject
 * rights staff carry out for them (export, erasure). Every read is audited per person, so each
 * of them can see who looked at their data.
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { type Actor, assertFreshLogin, type Role, requireUser } from '../../../server/access.ts';
import { type Database, setProgramme, setUser, type Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import type { DataSubject, PersonalDataPart } from '../../../server/personal-data.ts';
import { recordAudit } from '../../audit/server/index.ts';
import { findProgrammes } from '../../programmes/server/index.ts';
import type { EraseResponse, PeopleResponse, Person, PersonalDataExport } from '../accounts.contract.ts';
import { authorize } from './accounts.policy.ts';
import { appUser, authSession } from './auth.table.ts';
import { invitation } from './invitation.table.ts';
import { membership } from './membership.table.ts';

interface Deps {
  db: Database;
  actor: Actor;
  requestId?: string;
  now?: Date;
}

async function rolesIn(tx: Tx, programmeId: string, userId: string): Promise<Role[]> {
  const rows = await tx
    .select({ role: membership.role })
    .from(membership)
    .where(and(eq(membership.programmeId, programmeId), eq(membership.userId, userId)));
  return rows.map((r) => r.role);
}

/**
 * The person acted on, in the programme's transaction: their current roles, and the caller's
 * roles that allow the action on them (PERSON_NOT_FOUND, or the policy's refusal). When the
 * action takes away the admin role, LAST_ADMIN unless another admin remains.
 */
async function actOnPerson(
  tx: Tx,
  deps: { actor: Actor; programmeId: string; userId: string },
  action: 'person.setRoles' | 'person.export' | 'person.erase',
  options: { grantsRoles?: Role[]; removesAdmin?: (current: Role[]) => boolean } = {},
) {
  const { programmeId } = deps;
  const current = await rolesIn(tx, programmeId, deps.userId);
  if (current.length === 0) throw new AppError('PERSON_NOT_FOUND');
  const granting = authorize(deps.actor, action, {
    programmeId,
    targetRoles: current,
    ...(options.grantsRoles ? { grantsRoles: options.grantsRoles } : {}),
  });
  if (options.removesAdmin?.(current)) {
    const admins = await tx
      .select({ userId: membership.userId })
      .from(membership)
      .where(and(eq(membership.programmeId, programmeId), eq(membership.role, 'admin')));
    if (admins.length <= 1) throw new AppError('LAST_ADMIN');
  }
  return { current, granting };
}

export async function listPeople(deps: Deps & { programmeId: string }): Promise<PeopleResponse> {
  const { programmeId } = deps;
  const granting = authorize(deps.actor, 'people.list', { programmeId });
  const actor = requireUser(deps.actor);
  return deps.db.withProgramme(programmeId, async (tx) => {
    const people = await peopleIn(tx, programmeId);
    for (const person of people) {
      await recordAudit(tx, {
        actorId: actor.userId,
        actorRole: granting.join(','),
        action: 'read',
        subjectId: person.id,
        programmeId,
        purpose: 'GET /api/programmes/:programmeId/people',
        requestId: deps.requestId ?? null,
      });
    }
    return { people };
  });
}

/**
 * Gives a person exactly these roles in the programme (none: they leave it; their data stays
 * until erased). Needs a fresh login; the person's sessions end so their rights change at once.
 */
export async function setRoles(
  deps: Deps & { programmeId: string; userId: string; roles: Role[] },
): Promise<Person> {
  const { programmeId, userId } = deps;
  const roles = [...new Set(deps.roles)];
  authorize(deps.actor, 'person.setRoles', { programmeId, grantsRoles: roles });
  assertFreshLogin(deps.actor, deps.now);
  const actor = requireUser(deps.actor);
  await deps.db.withProgramme(programmeId, async (tx) => {
    const { current, granting } = await actOnPerson(tx, deps, 'person.setRoles', {
      grantsRoles: roles,
      removesAdmin: (held) => held.includes('admin') && !roles.includes('admin'),
    });
    await tx
      .delete(membership)
      .where(and(eq(membership.programmeId, programmeId), eq(membership.userId, userId)));
    if (roles.length)
      await tx.insert(membership).values(roles.map((role) => ({ programmeId, userId, role })));
    await tx.delete(authSession).where(eq(authSession.userId, userId));
    await recordAudit(tx, {
      actorId: actor.userId,
      actorRole: granting.join(','),
      action: 'role-change',
      subjectId: userId,
      programmeId,
      purpose: 'PUT /api/programmes/:programmeId/people/:userId/roles',
      requestId: deps.requestId ?? null,
      details: { from: current.sort().join(','), to: roles.sort().join(',') },
    });
  });
  const people = await deps.db.withProgramme(programmeId, (tx) => peopleIn(tx, programmeId, [userId]));
  return (
    people[0] ?? { ...(await accountOf(deps.db, userId)), roles: [], joinedAt: new Date().toISOString() }
  );
}

/** The people of a programme (or the given ones of them) with their roles, by name. */
async function peopleIn(tx: Tx, programmeId: string, ids?: string[]): Promise<Person[]> {
  const rows = await tx
    .select({
      id: appUser.id,
      name: appUser.name,
      email: appUser.email,
      twoFactorEnabled: appUser.twoFactorEnabled,
      role: membership.role,
      since: membership.createdAt,
    })
    .from(membership)
    .innerJoin(appUser, eq(appUser.id, membership.userId))
    .where(and(eq(membership.programmeId, programmeId), ids ? inArray(membership.userId, ids) : undefined))
    .orderBy(appUser.name);
  const byId = new Map<string, Person>();
  for (const row of rows) {
    const since = row.since.toISOString();
    const person = byId.get(row.id) ?? {
      id: row.id,
      name: row.name,
      email: row.email,
      twoFactorEnabled: Boolean(row.twoFactorEnabled),
      roles: [],
      joinedAt: since,
    };
    person.roles.push(row.role);
    if (since < person.joinedAt) person.joinedAt = since;
    byId.set(row.id, person);
  }
  return [...byId.values()];
}

async function accountOf(db: Database, userId: string) {
  const [user] = await db.db
    .select({
      id: appUser.id,
      name: appUser.name,
      email: appUser.email,
      twoFactorEnabled: appUser.twoFactorEnabled,
    })
    .from(appUser)
    .where(eq(appUser.id, userId));
  if (!user) throw new AppError('PERSON_NOT_FOUND');
  return { ...user, twoFactorEnabled: Boolean(user.twoFactorEnabled) };
}

/** The phone numbers the person was invited on, in the given programmes. */
async function phonesOf(tx: Tx, userId: string, programmeIds: string[]): Promise<string[]> {
  const phones = new Set<string>();
  for (const programmeId of programmeIds) {
    await setProgramme(tx, programmeId);
    const rows = await tx
      .select({ phone: invitation.phone })
      .from(invitation)
      .where(and(eq(invitation.acceptedUserId, userId), isNotNull(invitation.phone)));
    for (const r of rows) if (r.phone) phones.add(r.phone);
  }
  return [...phones];
}

/** Runs every part's export in the caller's transaction (programme names looked up before it). */
async function runExport(
  tx: Tx,
  programmes: { id: string; name: string }[],
  parts: PersonalDataPart[],
  subject: DataSubject,
  name: string,
  now: Date,
): Promise<PersonalDataExport> {
  const sections: PersonalDataExport['sections'] = {};
  for (const part of parts) sections[part.name] = await part.export(tx, subject);
  return {
    exportedAt: now.toISOString(),
    subject: { id: subject.userId, name, email: subject.email },
    programmes: programmes.map((p) => ({ id: p.id, name: p.name })),
    sections,
  };
}

/** The logged-in person as the subject of their own data: their whole account, all programmes. */
export async function ownDataSubject(
  tx: Tx,
  actor: { userId: string; roles: Record<string, unknown> },
  email: string,
): Promise<DataSubject> {
  const programmeIds = Object.keys(actor.roles);
  return {
    userId: actor.userId,
    email,
    phones: await phonesOf(tx, actor.userId, programmeIds),
    programmeIds,
    wholeAccount: true,
  };
}

/** "Download my data": everything makker holds about the caller, in all their programmes. */
export async function exportMyData(deps: Deps & { parts: PersonalDataPart[] }): Promise<PersonalDataExport> {
  const actor = requireUser(deps.actor);
  authorize(deps.actor, 'me.export', { ownerIds: [actor.userId] });
  const account = await accountOf(deps.db, actor.userId);
  const programmeIds = Object.keys(actor.roles);
  const programmes = await findProgrammes(deps.db, programmeIds);
  const now = deps.now ?? new Date();
  return deps.db.transaction(async (tx) => {
    const subject = await ownDataSubject(tx, actor, account.email);
    const result = await runExport(tx, programmes, deps.parts, subject, account.name, now);
    await recordAudit(tx, {
      actorId: actor.userId,
      actorRole: 'self',
      action: 'export',
      subjectId: actor.userId,
      programmeId: null,
      purpose: 'GET /api/me/export',
      requestId: deps.requestId ?? null,
    });
    return result;
  });
}

/** Staff export a person's data in their programme (e.g. to answer a request by letter). */
export async function exportPerson(
  deps: Deps & { programmeId: string; userId: string; parts: PersonalDataPart[] },
): Promise<PersonalDataExport> {
  const { programmeId, userId } = deps;
  authorize(deps.actor, 'person.export', { programmeId });
  assertFreshLogin(deps.actor, deps.now);
  const actor = requireUser(deps.actor);
  const account = await accountOf(deps.db, userId);
  const programmes = await findProgrammes(deps.db, [programmeId]);
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(programmeId, async (tx) => {
    const { granting } = await actOnPerson(tx, deps, 'person.export');
    const subject: DataSubject = {
      userId,
      email: account.email,
      phones: await phonesOf(tx, userId, [programmeId]),
      programmeIds: [programmeId],
      wholeAccount: false,
      readBy: 'staff',
    };
    const result = await runExport(tx, programmes, deps.parts, subject, account.name, now);
    await recordAudit(tx, {
      actorId: actor.userId,
      actorRole: granting.join(','),
      action: 'export',
      subjectId: userId,
      programmeId,
      purpose: 'GET /api/programmes/:programmeId/people/:userId/export',
      requestId: deps.requestId ?? null,
    });
    return result;
  });
}

/**
 * Erases a person's data in the programme through every feature's part. When the person has no
 * other programme, the account goes too. Needs a fresh login.
 */
export async function erasePerson(
  deps: Deps & { programmeId: string; userId: string; parts: PersonalDataPart[] },
): Promise<EraseResponse> {
  const { programmeId, userId } = deps;
  authorize(deps.actor, 'person.erase', { programmeId });
  assertFreshLogin(deps.actor, deps.now);
  const actor = requireUser(deps.actor);
  const account = await accountOf(deps.db, userId);
  return deps.db.withProgramme(programmeId, async (tx) => {
    const { granting } = await actOnPerson(tx, deps, 'person.erase', {
      removesAdmin: (held) => held.includes('admin'),
    });
    // The person's memberships elsewhere decide whether the account goes: row-level security
    // shows a user's own rows in every programme, so look as them for this one count.
    await setUser(tx, userId);
    const everywhere = await tx
      .select({ programmeId: membership.programmeId })
      .from(membership)
      .where(eq(membership.userId, userId));
    await setUser(tx, actor.userId);
    const wholeAccount = everywhere.every((m) => m.programmeId === programmeId);
    const subject: DataSubject = {
      userId,
      email: account.email,
      phones: await phonesOf(tx, userId, [programmeId]),
      programmeIds: [programmeId],
      wholeAccount,
    };
    // Outbox and other features first: the accounts part removes the rows they find the person by.
    const ordered = [
      ...deps.parts.filter((p) => p.name !== 'accounts'),
      ...deps.parts.filter((p) => p.name === 'accounts'),
    ];
    for (const part of ordered) {
      await setProgramme(tx, programmeId);
      await part.erase(tx, subject);
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      actorRole: granting.join(','),
      action: 'erase',
      subjectId: userId,
      programmeId,
      purpose: 'POST /api/programmes/:programmeId/people/:userId/erase',
      requestId: deps.requestId ?? null,
      details: { accountDeleted: wholeAccount },
    });
    return { erased: true, accountDeleted: wholeAccount };
  });
}
