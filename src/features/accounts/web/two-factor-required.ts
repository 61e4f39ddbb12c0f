import type { MeResponse } from '../accounts.contract.ts';

/**
 * Roles that see other people's data and so must have two-factor login: the web app's copy of
 * PRIVILEGED_ROLES in src/server/access.ts (which the browser bundle cannot import). The server
 * decides; this only chooses what Min side and /to-faktor say.
 */
const PRIVILEGED = new Set(['staff', 'researcher', 'admin']);

/** Whether the person holds a role that needs two-factor login in any of their programmes. */
export function isTwoFactorRequired(me: MeResponse): boolean {
  return me.memberships.some(({ roles }) => roles.some((role) => PRIVILEGED.has(role)));
}
