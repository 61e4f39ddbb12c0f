/**
 * Membership of the closed group is not stored: it is holding a peer, mentor or staff role in
 * the programme, read from the database at each request. So a person joins when approved (the
 * role is given), keeps access while paused (a pause does not touch roles), and loses it when
 * they leave (the role is taken away) or are erased (the user and roles are deleted).
 */
import { and, eq } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import type { MemberRef } from '../group.contract.ts';
import { authorize, GROUP_ROLES, type GroupAction } from './group.policy.ts';
import { groupMember } from './group.table.ts';

export type GroupRole = 'peer' | 'mentor' | 'staff';

/** What every group use-case is given. */
export interface GroupDeps {
  db: Database;
  actor: Actor;
  programmeId: string;
  requestId?: string | undefined;
  now?: Date;
}

/** The role someone shows in the group (staff before mentor before peer), or null for a non-member. */
export async function findGroupRole(tx: Tx, programmeId: string, userId: string): Promise<GroupRole | null> {
  const rows = await findPeopleWithRole(tx, programmeId, GROUP_ROLES, [userId]);
  const roles = new Set(rows.map((r) => r.role));
  if (roles.has('staff')) return 'staff';
  if (roles.has('mentor')) return 'mentor';
  if (roles.has('peer')) return 'peer';
  return null;
}

/** Checks the declared access, then the person's current roles; returns who they are in the group. */
export async function assertGroupMember(
  tx: Tx,
  deps: GroupDeps,
  action: GroupAction,
): Promise<{ userId: string; role: GroupRole; granting: string[] }> {
  const granting = authorize(deps.actor, action, { programmeId: deps.programmeId });
  const userId = requireUser(deps.actor).userId;
  const role = await findGroupRole(tx, deps.programmeId, userId);
  if (!role) throw new AppError('GROUP_NOT_MEMBER');
  if (action === 'group.moderate' && role !== 'staff') throw new AppError('FORBIDDEN');
  return { userId, role, granting };
}

/** The member's own row (house rules, sharing, suspension), made on first use. */
export async function memberState(tx: Tx, programmeId: string, userId: string) {
  const [row] = await tx
    .select()
    .from(groupMember)
    .where(and(eq(groupMember.programmeId, programmeId), eq(groupMember.userId, userId)));
  return row ?? null;
}

/** Refuses writing before the house rules are accepted or while suspended. */
export async function assertMayWrite(tx: Tx, deps: GroupDeps, userId: string): Promise<void> {
  const state = await memberState(tx, deps.programmeId, userId);
  if (!state?.rulesAcceptedAt) throw new AppError('GROUP_RULES_NOT_ACCEPTED');
  const now = deps.now ?? new Date();
  if (state.suspendedUntil && state.suspendedUntil > now) throw new AppError('GROUP_SUSPENDED');
}

/** How a member is shown to others: first name and role, unless they share their full name. */
export function memberRef(
  person: { id: string; name: string; role: GroupRole; sharesFullName: boolean },
  viewerId: string,
): MemberRef {
  const first = person.name.trim().split(/\s+/)[0] ?? '';
  return {
    displayName: person.sharesFullName ? person.name : first,
    role: person.role,
    mine: person.id === viewerId,
  };
}

/** The hub's check for `programme-group:<programmeId>`: a member now (looked up, not cached). */
export function groupTopicCheck(db: Database) {
  return async (userId: string, programmeId: string): Promise<boolean> => {
    if (!/^[0-9a-f-]{36}$/i.test(programmeId)) return false;
    return db.withProgramme(
      programmeId,
      async (tx) => (await findGroupRole(tx, programmeId, userId)) !== null,
    );
  };
}

export const groupTopic = (programmeId: string) => `programme-group:${programmeId}`;
