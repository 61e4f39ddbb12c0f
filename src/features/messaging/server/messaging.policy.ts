/**
 * Who may do what with a pair's messages (decision 048): only the pair's two people read and
 * write their thread — no other role, staff and admins included (checked in each use-case: any
 * other pair answers MENTORSHIP_NOT_FOUND). Staff and admins see reported messages only.
 */
import { type Access, type Actor, assertAccess, type Role } from '../../../server/access.ts';

export type MessagingAction = 'own.read' | 'own.write' | 'own.report' | 'reports';

const PAIR: readonly Role[] = ['peer', 'mentor'];

export const messagingAccess: Record<MessagingAction, Access> = {
  /** The caller's own threads and the messages of one (their own pair only). */
  'own.read': { roles: PAIR },
  /** Send a message in one's own pair's thread, while the pair has not closed. */
  'own.write': { roles: PAIR },
  /** Report one of the partner's messages to staff. */
  'own.report': { roles: PAIR },
  /** The queue of reported messages (each reported message alone) and marking one handled. */
  reports: { roles: ['staff', 'admin'] },
};

/** Throws UNAUTHENTICATED, FORBIDDEN or TWO_FACTOR_REQUIRED; returns the granting roles. */
export function authorize(actor: Actor, action: MessagingAction, subject: { programmeId: string }): Role[] {
  return assertAccess(actor, messagingAccess[action], subject);
}
