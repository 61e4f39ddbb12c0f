import { inArray } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { attendedCounts, isReadyForMatching, type MemberSession, progressState } from '../completion.ts';
import type { Attendance, CourseRules, MemberProgress } from '../training.contract.ts';
import { noticesAt } from './absence-notice.ts';
import { attendance, type courseSession } from './training.table.ts';

type SessionRow = Pick<typeof courseSession.$inferSelect, 'id' | 'kind' | 'endsAt'>;

/**
 * The marks and make-ups at these sessions: what staff registered, and "absent with notice" for
 * a member's notice of absence where staff registered no mark (decision 037).
 */
export async function attendanceAt(tx: Tx, sessionIds: string[]): Promise<Attendance[]> {
  if (sessionIds.length === 0) return [];
  const rows = await tx.select().from(attendance).where(inArray(attendance.sessionId, sessionIds));
  const marks: Attendance[] = rows.map((r) => ({
    sessionId: r.sessionId,
    userId: r.userId,
    mark: r.mark,
    madeUpOn: r.madeUpOn,
  }));
  for (const notice of await noticesAt(tx, sessionIds)) {
    const registered = marks.find((m) => m.sessionId === notice.sessionId && m.userId === notice.userId);
    if (!registered) marks.push({ ...notice, mark: 'absent-notice', madeUpOn: null });
    else registered.mark ??= 'absent-notice';
  }
  return marks;
}

/** One member's sessions with their marks, as the completion rules read them. */
export function memberSessions(sessions: SessionRow[], marks: Attendance[], userId: string): MemberSession[] {
  return sessions.map((s) => {
    const mark = marks.find((m) => m.sessionId === s.id && m.userId === userId);
    return { kind: s.kind, endsAt: s.endsAt, mark: mark?.mark ?? null, madeUp: Boolean(mark?.madeUpOn) };
  });
}

/** Where each member stands against the rules. */
export function membersProgress(
  sessions: SessionRow[],
  marks: Attendance[],
  userIds: string[],
  rules: CourseRules,
  now: Date,
): MemberProgress[] {
  return userIds.map((userId) => {
    const own = memberSessions(sessions, marks, userId);
    return {
      userId,
      ...attendedCounts(own),
      state: progressState(own, rules, now),
      ready: isReadyForMatching(own, rules),
    };
  });
}
