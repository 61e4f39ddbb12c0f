import { and, count, eq, gte, isNull, lt } from 'drizzle-orm';
import type { Database } from '../../../server/db.ts';
import { cafeSession, cafeVisit, communityEvent, eventSignUp } from './community.table.ts';

export interface CommunityParticipation {
  /** Per café session held (not cancelled) in the period: how many came. */
  sessions: { sessionId: string; startsAt: Date; visits: number }[];
  /** Per person who took part: café visits and events attended in the period. */
  people: { userId: string; cafeVisits: number; eventsAttended: number }[];
}

/**
 * Café visits and event attendance of a programme in [from, to), for the evaluation. Counts
 * only, by user id: the caller (the evaluation feature) authorises, pseudonymises and suppresses
 * small counts before anything leaves it.
 */
export async function communityParticipation(
  db: Database,
  programmeId: string,
  period: { from: Date; to: Date },
): Promise<CommunityParticipation> {
  return db.withProgramme(programmeId, async (tx) => {
    const inPeriod = and(gte(cafeSession.startsAt, period.from), lt(cafeSession.startsAt, period.to));
    const sessions = await tx
      .select({ sessionId: cafeSession.id, startsAt: cafeSession.startsAt, visits: count(cafeVisit.userId) })
      .from(cafeSession)
      .leftJoin(cafeVisit, eq(cafeVisit.sessionId, cafeSession.id))
      .where(and(inPeriod, isNull(cafeSession.cancelledAt)))
      .groupBy(cafeSession.id, cafeSession.startsAt)
      .orderBy(cafeSession.startsAt);
    const visits = await tx
      .select({ userId: cafeVisit.userId, n: count() })
      .from(cafeVisit)
      .innerJoin(cafeSession, eq(cafeSession.id, cafeVisit.sessionId))
      .where(inPeriod)
      .groupBy(cafeVisit.userId);
    const attended = await tx
      .select({ userId: eventSignUp.userId, n: count() })
      .from(eventSignUp)
      .innerJoin(communityEvent, eq(communityEvent.id, eventSignUp.eventId))
      .where(
        and(
          eq(eventSignUp.attended, true),
          gte(communityEvent.startsAt, period.from),
          lt(communityEvent.startsAt, period.to),
        ),
      )
      .groupBy(eventSignUp.userId);
    const ids = [...new Set([...visits.map((v) => v.userId), ...attended.map((a) => a.userId)])].sort();
    return {
      sessions: sessions.map((s) => ({ ...s, visits: Number(s.visits) })),
      people: ids.map((userId) => ({
        userId,
        cafeVisits: Number(visits.find((v) => v.userId === userId)?.n ?? 0),
        eventsAttended: Number(attended.find((a) => a.userId === userId)?.n ?? 0),
      })),
    };
  });
}
