/**
 * Who may do what with the questionnaires: staff and admins see the instruments and send
 * questionnaires, but never the answers (only that someone should get in touch, when the person
 * agreed to it); admins add and approve translations; a peer or mentor answers their own and sees
 * their own scores. Nobody else — a partner included — reaches a person's answers. Staff and
 * researchers see the aggregated dashboard and report; researchers download the pseudonymised export.
 */
import { type Access, type Actor, assertAccess, type Role } from '../../../server/access.ts';

export type EvaluationAction =
  | 'instrument.list'
  | 'instrument.translate'
  | 'questionnaire.list'
  | 'questionnaire.send'
  | 'waves.read'
  | 'waves.manage'
  | 'own.answer'
  | 'own.wellbeing'
  | 'dashboard.read'
  | 'export.research';

const STAFF: readonly Role[] = ['staff', 'admin'];
const RESPONDENTS: readonly Role[] = ['peer', 'mentor'];

export const evaluationAccess: Record<EvaluationAction, Access> = {
  'instrument.list': { roles: STAFF },
  'instrument.translate': { roles: ['admin'] },
  'questionnaire.list': { roles: STAFF },
  'questionnaire.send': { roles: STAFF },
  /** The wave settings and the response rates (counts only, under 5 suppressed). */
  'waves.read': { roles: STAFF },
  'waves.manage': { roles: STAFF },
  /** Their own questionnaires only: the use-cases look them up by the caller's id. */
  'own.answer': { roles: RESPONDENTS },
  'own.wellbeing': { roles: RESPONDENTS },
  /** Aggregated results, cells under 5 suppressed (decision 046): staff and researchers only. */
  'dashboard.read': { roles: ['staff', 'researcher'] },
  /** The pseudonymised export: researchers only, after a fresh login. */
  'export.research': { roles: ['researcher'] },
};

/** Throws UNAUTHENTICATED, FORBIDDEN or TWO_FACTOR_REQUIRED; returns the granting roles. */
export function authorize(
  actor: Actor,
  action: EvaluationAction,
  subject: { programmeId?: string } = {},
): Role[] {
  return assertAccess(actor, evaluationAccess[action], subject);
}
