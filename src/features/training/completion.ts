/**
 * Completion and readiness as pure functions of a member's sessions and the programme's rules
 * (decision 031). A session counts as attended when the member came (on time or late) or made it
 * up; absence with notice is still an absence. Sessions not yet over count for nothing.
 */
import type { AttendanceMark, CourseRules, ProgressState, SessionKind } from './training.contract.ts';

export interface MemberSession {
  kind: SessionKind;
  endsAt: Date;
  /** Null: nobody registered the member at this session (yet). */
  mark: AttendanceMark | null;
  madeUp: boolean;
}

export function hasAttended(session: Pick<MemberSession, 'mark' | 'madeUp'>): boolean {
  return session.madeUp || session.mark === 'present' || session.mark === 'late';
}

/** Registered as absent (with or without notice) and not made up. */
function isMissed(session: MemberSession): boolean {
  return !session.madeUp && (session.mark === 'absent' || session.mark === 'absent-notice');
}

/** Attended teaching days and supervisions. */
export function attendedCounts(sessions: readonly MemberSession[]): Record<SessionKind, number> {
  const counts = { teaching: 0, supervision: 0 };
  for (const s of sessions) if (hasAttended(s)) counts[s.kind]++;
  return counts;
}

/** Whether the readiness rule for matching is met (e.g. two teaching days attended). */
export function isReadyForMatching(sessions: readonly MemberSession[], rules: CourseRules): boolean {
  return attendedCounts(sessions).teaching >= rules.readiness.teaching;
}

/**
 * `complete` once both counts reach the rule; `not-complete` when every session is over and they
 * do not (a make-up can still change that); `at-risk` when the member missed the last two
 * sessions they were registered at (in time order, both kinds) or can no longer complete without
 * a make-up; else `on-track`.
 */
export function progressState(
  sessions: readonly MemberSession[],
  rules: CourseRules,
  now: Date,
): ProgressState {
  const counts = attendedCounts(sessions);
  const { completion } = rules;
  if (counts.teaching >= completion.teaching && counts.supervision >= completion.supervision)
    return 'complete';
  if (sessions.every((s) => s.endsAt <= now)) return 'not-complete';
  // Not yet registered sessions that are over may still be marked present.
  const stillPossible = (kind: SessionKind) =>
    counts[kind] + sessions.filter((s) => s.kind === kind && !hasAttended(s) && !isMissed(s)).length;
  if (
    stillPossible('teaching') < completion.teaching ||
    stillPossible('supervision') < completion.supervision
  )
    return 'at-risk';
  const registered = sessions
    .filter((s) => s.endsAt <= now && (s.mark !== null || s.madeUp))
    .sort((a, b) => a.endsAt.getTime() - b.endsAt.getTime());
  const lastTwo = registered.slice(-2);
  return lastTwo.length === 2 && lastTwo.every(isMissed) ? 'at-risk' : 'on-track';
}
