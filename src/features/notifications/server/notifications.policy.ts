/**
 * Who may do what with notifications: everyone with a role in a programme reads and chooses their
 * own there; the stop link in an e-mail or SMS works without login (its signature is the key).
 */
import { type Access, type Actor, assertAccess, ROLES, type Role } from '../../../server/access.ts';

export type NotificationsAction = 'own.read' | 'own.choose' | 'me.unread' | 'stop-link';

export const notificationsAccess: Record<NotificationsAction, Access> = {
  'own.read': { roles: ROLES },
  'own.choose': { roles: ROLES },
  /** Across the caller's programmes: only their own count. */
  'me.unread': { roles: ROLES, own: true },
  'stop-link': 'public',
};

/** Throws UNAUTHENTICATED, FORBIDDEN or TWO_FACTOR_REQUIRED; returns the granting roles. */
export function authorize(
  actor: Actor,
  action: NotificationsAction,
  subject: { programmeId?: string; ownerIds?: readonly string[] } = {},
): Role[] {
  return assertAccess(actor, notificationsAccess[action], subject);
}
