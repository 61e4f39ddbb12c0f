/**
 * Who may do what with applications and the intake settings. Applying is public (the applicant
 * holds their application's token instead of a login); the queue, the applications and the
 * settings are for the programme's staff; the privacy notice is published by an admin.
 */
import { type Access, type Actor, assertAccess, ROLES, type Role } from '../../../server/access.ts';

export type IntakeAction =
  | 'form.read'
  | 'application.apply'
  | 'application.own'
  | 'application.list'
  | 'application.read'
  | 'application.transition'
  | 'settings.read'
  | 'settings.update'
  | 'notice.publish';

const SCREENERS: readonly Role[] = ['staff', 'admin'];

export const intakeAccess: Record<IntakeAction, Access> = {
  'form.read': 'public',
  'application.apply': 'public',
  /** A participant's own applications, linked to their account when they accepted. */
  'application.own': { roles: ROLES, own: true },
  'application.list': { roles: SCREENERS },
  'application.read': { roles: SCREENERS },
  'application.transition': { roles: SCREENERS },
  'settings.read': { roles: SCREENERS },
  'settings.update': { roles: SCREENERS },
  'notice.publish': { roles: ['admin'] },
};

/** Throws UNAUTHENTICATED, FORBIDDEN or TWO_FACTOR_REQUIRED; returns the granting roles. */
export function authorize(
  actor: Actor,
  action: IntakeAction,
  subject: { programmeId?: string; ownerIds?: readonly string[] } = {},
): Role[] {
  return assertAccess(actor, intakeAccess[action], subject);
}
