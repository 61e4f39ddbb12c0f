/**
 * What an actor may do with programmes. Each action's access is declared once here: the routes
 * publish it as `x-makker-access`, and `authorize` (called first in every use-case) checks it.
 * The public page (and its images) is, by its nature, for everyone; editing it is for the
 * programme's staff.
 */
import { type Access, type Actor, assertAccess, type Role } from '../../../server/access.ts';

export type ProgrammesAction =
  | 'page.readPublic'
  | 'page.read'
  | 'page.update'
  | 'images.read'
  | 'images.update';

const EDITORS: readonly Role[] = ['staff', 'admin'];

export const programmesAccess: Record<ProgrammesAction, Access> = {
  'page.readPublic': 'public',
  'page.read': { roles: EDITORS },
  'page.update': { roles: EDITORS },
  // The page's images: listed, uploaded, described, ordered and removed by the same people.
  'images.read': { roles: EDITORS },
  'images.update': { roles: EDITORS },
};

/** Throws UNAUTHENTICATED, FORBIDDEN or TWO_FACTOR_REQUIRED; returns the granting roles. */
export function authorize(
  actor: Actor,
  action: ProgrammesAction,
  subject: { programmeId?: string } = {},
): Role[] {
  return assertAccess(actor, programmesAccess[action], subject);
}
