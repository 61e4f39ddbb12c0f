import { and, asc, count, desc, eq, gte, lt } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { findProgrammeById } from '../../programmes/server/index.ts';
import type { MyCommunity } from '../community.contract.ts';
import { cafeFeedUrl, cafeSessionViews } from './cafe-view.ts';
import { authorize } from './community.policy.ts';
import { cafeSession, cafeVisit, communityEvent } from './community.table.ts';
import { mayCome, mySignUpOn } from './event-sign-up.ts';
import { eventViews } from './event-view.ts';

const DAY = 86_400_000;

/**
 * A peer's or mentor's own community page: the café's next two weeks, their own visits (their
 * record, nobody else's), and the events that have not ended yet with their place on each (a
 * cancelled one only to those who had signed up).
 */
export async function getMyCommunity(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  publicUrl: string;
  now?: Date;
}): Promise<MyCommunity> {
  authorize(deps.actor, 'own.read', { programmeId: deps.programmeId });
  const user = requireUser(deps.actor);
  const roles = user.roles[deps.programmeId] ?? [];
  const now = deps.now ?? new Date();
  const found = await findProgrammeById(deps.db, deps.programmeId);
  if (!found) throw new AppError('NOT_FOUND');
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const cafe = await tx
      .select()
      .from(cafeSession)
      .where(and(gte(cafeSession.endsAt, now), lt(cafeSession.startsAt, new Date(now.getTime() + 14 * DAY))))
      .orderBy(asc(cafeSession.startsAt));
    const [total] = await tx.select({ n: count() }).from(cafeVisit).where(eq(cafeVisit.userId, user.userId));
    const recent = await tx
      .select({ startsAt: cafeSession.startsAt, place: cafeSession.place })
      .from(cafeVisit)
      .innerJoin(cafeSession, eq(cafeSession.id, cafeVisit.sessionId))
      .where(eq(cafeVisit.userId, user.userId))
      .orderBy(desc(cafeSession.startsAt))
      .limit(10);
    const eventRows = await tx
      .select()
      .from(communityEvent)
      .where(gte(communityEvent.endsAt, now))
      .orderBy(asc(communityEvent.startsAt));
    const views = await eventViews(tx, eventRows);
    const events = [];
    for (const [i, view] of views.entries()) {
      const mine = await mySignUpOn(tx, view.id, user.userId);
      // A cancelled event stays on the page only for those who had signed up: they read why.
      if (view.cancelledAt && !mine.status) continue;
      events.push({ ...view, mine, mayCome: mayCome(eventRows[i]!.audience, roles) });
    }
    return {
      cafe: await cafeSessionViews(tx, cafe),
      feedUrl: cafeFeedUrl(deps.publicUrl, found.slug),
      visits: {
        total: Number(total?.n ?? 0),
        recent: recent.map((r) => ({ startsAt: r.startsAt.toISOString(), place: r.place })),
      },
      events,
    };
  });
}
