/** Events as staff run them: create, list, the sign-ups and waiting list, attendance. */
import { and, asc, desc, eq } from 'drizzle-orm';
import { requireUser } from '../../../server/access.ts';
import { AppError } from '../../../server/errors.ts';
import { appUser } from '../../accounts/server/index.ts';
import type { CommunityEvent, CreateEventRequest, EventDetail } from '../community.contract.ts';
import { authorize } from './community.policy.ts';
import { communityEvent, eventSignUp } from './community.table.ts';
import { auditPeople, type CommunityDeps } from './community-audit.ts';
import { eventViews, getEventRow } from './event-view.ts';

type Deps = CommunityDeps;

export async function createEvent(deps: Deps & { request: CreateEventRequest }): Promise<CommunityEvent> {
  authorize(deps.actor, 'event.manage', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  const r = deps.request;
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const [row] = await tx
      .insert(communityEvent)
      .values({
        programmeId: deps.programmeId,
        title: r.title,
        description: r.description,
        place: r.place,
        startsAt: new Date(r.startsAt),
        endsAt: new Date(r.endsAt),
        capacity: r.capacity,
        costKr: r.costKr,
        signUpDeadline: new Date(r.signUpDeadline),
        audience: r.audience,
        guestAllowed: r.guestAllowed,
        createdBy: actor.userId,
      })
      .returning();
    return (await eventViews(tx, [row!]))[0]!;
  });
}

/** The programme's events, the latest first, with counts. */
export async function listEvents(deps: Deps): Promise<{ events: CommunityEvent[] }> {
  authorize(deps.actor, 'event.manage', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => ({
    events: await eventViews(
      tx,
      await tx.select().from(communityEvent).orderBy(desc(communityEvent.startsAt)),
    ),
  }));
}

/** An event with who has a place and the waiting list in order (audited: one record per person). */
export async function getEvent(deps: Deps & { eventId: string }): Promise<EventDetail> {
  const granting = authorize(deps.actor, 'event.manage', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await getEventRow(tx, deps.eventId);
    const signUps = await tx
      .select({
        id: eventSignUp.userId,
        name: appUser.name,
        status: eventSignUp.status,
        guest: eventSignUp.guest,
        attended: eventSignUp.attended,
      })
      .from(eventSignUp)
      .innerJoin(appUser, eq(appUser.id, eventSignUp.userId))
      .where(eq(eventSignUp.eventId, row.id))
      .orderBy(asc(eventSignUp.signedUpAt), asc(eventSignUp.userId));
    await auditPeople(tx, deps, {
      granting,
      action: 'read',
      purpose: 'GET /api/programmes/:programmeId/events/:eventId',
      subjectIds: signUps.map((s) => s.id),
    });
    return {
      event: (await eventViews(tx, [row]))[0]!,
      confirmed: signUps.filter((s) => s.status === 'confirmed'),
      waitingList: signUps.filter((s) => s.status === 'waiting'),
    };
  });
}

/** One tap per person with a place: came, or did not; from the event's start. */
export async function recordEventAttendance(
  deps: Deps & { eventId: string; userId: string; attended: boolean },
): Promise<{ userId: string; attended: boolean }> {
  const granting = authorize(deps.actor, 'event.manage', { programmeId: deps.programmeId });
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await getEventRow(tx, deps.eventId);
    if (row.startsAt.getTime() - now.getTime() > 60 * 60_000)
      throw new AppError('EVENT_ATTENDANCE_TOO_EARLY');
    const updated = await tx
      .update(eventSignUp)
      .set({ attended: deps.attended })
      .where(
        and(
          eq(eventSignUp.eventId, row.id),
          eq(eventSignUp.userId, deps.userId),
          eq(eventSignUp.status, 'confirmed'),
        ),
      )
      .returning({ userId: eventSignUp.userId });
    if (updated.length === 0) throw new AppError('EVENT_SIGN_UP_NOT_FOUND');
    await auditPeople(tx, deps, {
      granting,
      action: 'update',
      purpose: 'PUT /api/programmes/:programmeId/events/:eventId/attendance/:userId',
      subjectIds: [deps.userId],
    });
    return { userId: deps.userId, attended: deps.attended };
  });
}
