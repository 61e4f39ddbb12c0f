/**
 * Who may do what in the closed group: its members (the programme's peers, mentors and staff)
 * read and write; staff moderate. The declared access is the first wall; every use-case then
 * checks membership in the database (`assertGroupMember`), since the group follows the person's
 * current roles, not those cached in a session.
 */
import { type Access, type Actor, assertAccess, type Role } from '../../../server/access.ts';

export type GroupAction = 'group.read' | 'group.write' | 'group.moderate';

export const GROUP_ROLES: readonly Role[] = ['peer', 'mentor', 'staff'];

export const groupAccess: Record<GroupAction, Access> = {
  'group.read': { roles: GROUP_ROLES },
  'group.write': { roles: GROUP_ROLES },
  'group.moderate': { roles: ['staff'] },
};

/** Throws UNAUTHENTICATED, FORBIDDEN or TWO_FACTOR_REQUIRED; returns the granting roles. */
export function authorize(actor: Actor, action: GroupAction, subject: { programmeId: string }): Role[] {
  return assertAccess(actor, groupAccess[action], subject);
}
