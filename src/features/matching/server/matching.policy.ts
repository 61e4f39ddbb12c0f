/**
 * Who may do what in matching: staff and admins of the programme keep the settings, see and edit
 * everyone's wishes, mark "must not match" and run rounds; a peer or mentor reads and edits their
 * own wishes.
 */
import { type Access, type Actor, assertAccess, type Role } from '../../../server/access.ts';

export type MatchingAction =
  | 'settings.read'
  | 'settings.update'
  | 'own.wishes'
  | 'wishes.read'
  | 'wishes.update'
  | 'round.manage'
  | 'own.offers';

const MATCHING_STAFF: readonly Role[] = ['staff', 'admin'];

export const matchingAccess: Record<MatchingAction, Access> = {
  'settings.read': { roles: MATCHING_STAFF },
  'settings.update': { roles: MATCHING_STAFF },
  /** Their own wishes profile, in a programme where they are a peer or a mentor. */
  'own.wishes': { roles: ['peer', 'mentor'] },
  'wishes.read': { roles: MATCHING_STAFF },
  'wishes.update': { roles: MATCHING_STAFF },
  'round.manage': { roles: MATCHING_STAFF },
  /** Offers made to them (as peer or mentor) and their answer; the offer itself is checked too. */
  'own.offers': { roles: ['peer', 'mentor'] },
};

/** Throws UNAUTHENTICATED, FORBIDDEN or TWO_FACTOR_REQUIRED; returns the granting roles. */
export function authorize(
  actor: Actor,
  action: MatchingAction,
  subject: { programmeId?: string } = {},
): Role[] {
  return assertAccess(actor, matchingAccess[action], subject);
}
