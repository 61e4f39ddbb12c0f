/**
 * Who may give which roles, as the pages show it: the web app's copy of the rules in
 * accounts.policy.ts (staff manage peers and mentors, admins everyone). The server decides; this
 * only keeps buttons away that would be refused.
 */
import { useTranslation } from 'react-i18next';
import type { MeResponse, Person } from '../accounts.contract.ts';

export type Role = Person['roles'][number];
type Membership = MeResponse['memberships'][number];

/** Every role, in the order the pages list them. */
export const ALL_ROLES: readonly Role[] = ['peer', 'mentor', 'staff', 'researcher', 'admin'];
const STAFF_MANAGED: readonly Role[] = ['peer', 'mentor'];

/** The programmes where the person is staff or admin, i.e. those /personer is about. */
export function managedProgrammes(me: MeResponse): Membership[] {
  return me.memberships.filter(({ roles }) => roles.includes('staff') || roles.includes('admin'));
}

/** The roles someone with `myRoles` in a programme may give there. */
export function grantableRoles(myRoles: readonly Role[]): readonly Role[] {
  return myRoles.includes('admin') ? ALL_ROLES : STAFF_MANAGED;
}

/** Whether someone with `myRoles` may change the roles of, export or erase a person with `theirRoles`. */
export function canManage(myRoles: readonly Role[], theirRoles: readonly Role[]): boolean {
  if (myRoles.includes('admin')) return true;
  return myRoles.includes('staff') && theirRoles.every((role) => STAFF_MANAGED.includes(role));
}

/** Roles as words in a sentence ("peer og peer-mentor"), in the page's language. */
export function useRoleWords(): (roles: readonly Role[]) => string {
  const { t, i18n } = useTranslation('accounts');
  const list = new Intl.ListFormat(i18n.resolvedLanguage, { type: 'conjunction' });
  return (roles) =>
    list.format(
      ALL_ROLES.filter((role) => roles.includes(role)).map((role) => t(`people.roleWords.${role}`)),
    );
}
