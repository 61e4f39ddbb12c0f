/**
 * Who may do what in the community: staff and admins of the programme run the café (rota,
 * cancellations, check-in) and the events; peers and mentors see the café times, check in with
 * the room's code, sign up for events and see their own record. The café's calendar is public.
 */
import { type Access, type Actor, assertAccess, type Role } from '../../../server/access.ts';

export type CommunityAction =
  | 'cafe.manage'
  | 'cafe.check-in'
  | 'event.manage'
  | 'own.read'
  | 'own.check-in'
  | 'own.sign-up'
  | 'cafe.feed';

const STAFF: readonly Role[] = ['staff', 'admin'];
const PARTICIPANTS: readonly Role[] = ['peer', 'mentor'];

export const communityAccess: Record<CommunityAction, Access> = {
  'cafe.manage': { roles: STAFF },
  /** The per-person list of a session, only to tap who came. */
  'cafe.check-in': { roles: STAFF },
  'event.manage': { roles: STAFF },
  'own.read': { roles: PARTICIPANTS },
  'own.check-in': { roles: PARTICIPANTS },
  'own.sign-up': { roles: PARTICIPANTS },
  /** Café times are public information, like the programme page that names them. */
  'cafe.feed': 'public',
};

/** Throws UNAUTHENTICATED, FORBIDDEN or TWO_FACTOR_REQUIRED; returns the granting roles. */
export function authorize(
  actor: Actor,
  action: CommunityAction,
  subject: { programmeId?: string } = {},
): Role[] {
  return assertAccess(actor, communityAccess[action], subject);
}
