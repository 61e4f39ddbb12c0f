/**
 * Who may do what with cohorts and course plans: staff and admins of the programme run them
 * (settings, cohorts, sessions, attendance); a mentor sees their own plan and record.
 */
import { type Access, type Actor, assertAccess, type Role } from '../../../server/access.ts';

export type TrainingAction =
  | 'settings.read'
  | 'settings.update'
  | 'cohort.list'
  | 'cohort.read'
  | 'cohort.manage'
  | 'attendance.record'
  | 'certificate.issue'
  | 'own.read'
  | 'own.calendar'
  | 'own.absence'
  | 'calendar.feed';

const COURSE_STAFF: readonly Role[] = ['staff', 'admin'];

export const trainingAccess: Record<TrainingAction, Access> = {
  'settings.read': { roles: COURSE_STAFF },
  'settings.update': { roles: COURSE_STAFF },
  'cohort.list': { roles: COURSE_STAFF },
  'cohort.read': { roles: COURSE_STAFF },
  'cohort.manage': { roles: COURSE_STAFF },
  'attendance.record': { roles: COURSE_STAFF },
  /** Issuing a course certificate again, e.g. after a topic was corrected (decision 034). */
  'certificate.issue': { roles: COURSE_STAFF },
  /** A mentor's own plan and record, in the programme they are a mentor of. */
  'own.read': { roles: ['mentor'] },
  /** Making and revoking their own calendar feed's secret address. */
  'own.calendar': { roles: ['mentor'] },
  /** Sending and withdrawing their own notice of absence from an upcoming session. */
  'own.absence': { roles: ['mentor'] },
  /** The feed itself: its secret address is the key (decision 037). */
  'calendar.feed': 'public',
};

/** Throws UNAUTHENTICATED, FORBIDDEN or TWO_FACTOR_REQUIRED; returns the granting roles. */
export function authorize(
  actor: Actor,
  action: TrainingAction,
  subject: { programmeId?: string } = {},
): Role[] {
  return assertAccess(actor, trainingAccess[action], subject);
}
