/**
 * Who may do what with mentorships: staff and admins follow every pair of their programme; a
 * peer or mentor acts on their own pair only (checked in each use-case: another pair answers
 * MENTORSHIP_NOT_FOUND, so its existence does not leak).
 */
import { type Access, type Actor, assertAccess, type Role } from '../../../server/access.ts';

export type MentorshipAction =
  | 'overview'
  | 'manage'
  | 'own.read'
  | 'own.meetings'
  | 'pause'
  | 'end'
  | 'rhythm'
  | 'own.agree'
  | 'own.extension';

const STAFF: readonly Role[] = ['staff', 'admin'];
const PAIR: readonly Role[] = ['peer', 'mentor'];

export const mentorshipsAccess: Record<MentorshipAction, Access> = {
  /** Every pair, one pair with its history and reasons, the candidates for a new pair. */
  overview: { roles: STAFF },
  /** Start a pair by hand, resume after a pause, close after ending. */
  manage: { roles: STAFF },
  /** The caller's own pair page. */
  'own.read': { roles: PAIR },
  /** Plan and log the pair's meetings, with one's own private rating. */
  'own.meetings': { roles: PAIR },
  /** "I need a break": either of the pair, or staff (e.g. after a relapse). */
  pause: { roles: [...PAIR, ...STAFF] },
  /** An early end, with a reason: either of the pair, or staff. */
  end: { roles: [...PAIR, ...STAFF] },
  /** A new rhythm the pair agreed on, recorded by either of them or by staff. */
  rhythm: { roles: [...PAIR, ...STAFF] },
  /** "Ready to go on" after a pause. */
  'own.agree': { roles: PAIR },
  /** One's own, blind answer to "continue 3 more months?" (decision 042). */
  'own.extension': { roles: PAIR },
};

/** Throws UNAUTHENTICATED, FORBIDDEN or TWO_FACTOR_REQUIRED; returns the granting roles. */
export function authorize(actor: Actor, action: MentorshipAction, subject: { programmeId: string }): Role[] {
  return assertAccess(actor, mentorshipsAccess[action], subject);
}
