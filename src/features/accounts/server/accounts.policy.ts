/**
 * What an actor may do with accounts, people and invitations. Each action's access is declared
 * once here: the routes publish it as `x-makker-access`, and `authorize` (called first in every
 * use-case) checks it together with the rules a role list cannot express.
 */
import { type Access, type Actor, assertAccess, ROLES, type Role } from '../../../server/access.ts';
import { AppError } from '../../../server/errors.ts';

export type AccountsAction =
  | 'me.read'
  | 'me.export'
  | 'people.list'
  | 'person.export'
  | 'person.erase'
  | 'person.setRoles'
  | 'invitation.create'
  | 'invitation.list'
  | 'invitation.revoke';

const PEOPLE_MANAGERS: readonly Role[] = ['staff', 'admin'];

export const accountsAccess: Record<AccountsAction, Access> = {
  'me.read': { roles: ROLES, own: true },
  'me.export': { roles: ROLES, own: true },
  'people.list': { roles: PEOPLE_MANAGERS },
  'person.export': { roles: PEOPLE_MANAGERS },
  'person.erase': { roles: PEOPLE_MANAGERS },
  'person.setRoles': { roles: PEOPLE_MANAGERS },
  'invitation.create': { roles: PEOPLE_MANAGERS },
  'invitation.list': { roles: PEOPLE_MANAGERS },
  'invitation.revoke': { roles: PEOPLE_MANAGERS },
};

/** Roles staff may give and manage; the others only an admin may. */
export const STAFF_MANAGED_ROLES: readonly Role[] = ['peer', 'mentor'];

export interface AccountsSubject {
  programmeId?: string;
  ownerIds?: readonly string[];
  /** Roles being given (invitations, role changes). */
  grantsRoles?: readonly Role[];
  /** The roles the person acted on holds now (role changes, export, erasure). */
  targetRoles?: readonly Role[];
}

/**
 * Throws UNAUTHENTICATED, FORBIDDEN, TWO_FACTOR_REQUIRED or ROLE_NOT_ALLOWED; returns the roles
 * that grant the action (for the audit record).
 */
export function authorize(actor: Actor, action: AccountsAction, subject: AccountsSubject = {}): Role[] {
  const granting = assertAccess(actor, accountsAccess[action], subject);
  if (granting.includes('admin')) return granting;
  const beyondStaff = (roles?: readonly Role[]) => roles?.some((r) => !STAFF_MANAGED_ROLES.includes(r));
  if (beyondStaff(subject.grantsRoles) || beyondStaff(subject.targetRoles)) {
    throw new AppError('ROLE_NOT_ALLOWED');
  }
  return granting;
}

/** The same rules as a yes/no, for pages that show or hide an action. */
export function can(actor: Actor, action: AccountsAction, subject: AccountsSubject = {}): boolean {
  try {
    authorize(actor, action, subject);
    return true;
  } catch {
    return false;
  }
}
