/** Events as staff run them: create, change, cancel, list, the sign-ups and waiting list, attendance. */
import { and, asc, desc, eq } from 'drizzle-orm';
import { requireUser } from '../../../server/access.ts';
import type { Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { queueMail } from '../../../server/mail.ts';
import { appUser } from '../../accounts/server/index.ts';
import type { CommunityEvent, CreateEventRequest, EventDetail } from '../community.contract.ts';
import { authorize } from './community.policy.ts';
import { communityEvent, eventSignUp } from './community.table.ts';
import { auditPeople, type CommunityDeps } from './community-audit.ts';
import { eventWhen } from './event-reminders.ts';
import { moveWaitingListUp } from './event-sign-up.ts';
import { eventViews, getEventRow, seatsOf } from './event-view.ts';

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

type EventRow = typeof communityEvent.$inferSelect;

/** Everyone with a place or on the waiting list, with the address the programme writes to. */
async function signedUp(tx: Tx, eventId: string) {
  return tx
    .select({
      userId: eventSignUp.userId,
      status: eventSignUp.status,
      guest: eventSignUp.guest,
      email: appUser.email,
    })
    .from(eventSignUp)
    .innerJoin(appUser, eq(appUser.id, eventSignUp.userId))
    .where(eq(eventSignUp.eventId, eventId));
}

/** The event, locked, and still open to change: not cancelled and not begun. */
async function changeableEvent(tx: Tx, eventId: string, now: Date): Promise<EventRow> {
  const row = await getEventRow(tx, eventId, true);
  if (row.cancelledAt) throw new AppError('EVENT_CANCELLED');
  if (now >= row.startsAt) throw new AppError('EVENT_STARTED');
  return row;
}

/**
 * Changes an event before it begins. Fewer places than are taken is refused (nobody loses a
 * place they were given); more places move the waiting list up; a new time or place is told to
 * everyone signed up, in the same transaction.
 */
export async function updateEvent(
  deps: CommunityDeps & { eventId: string; request: CreateEventRequest },
): Promise<CommunityEvent> {
  authorize(deps.actor, 'event.manage', { programmeId: deps.programmeId });
  const now = deps.now ?? new Date();
  const r = deps.request;
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const before = await changeableEvent(tx, deps.eventId, now);
    const people = await signedUp(tx, before.id);
    const taken = people.filter((p) => p.status === 'confirmed').reduce((n, p) => n + seatsOf(p), 0);
    if (r.capacity < taken) throw new AppError('EVENT_CAPACITY_BELOW_TAKEN');
    const [after] = await tx
      .update(communityEvent)
      .set({
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
      })
      .where(eq(communityEvent.id, before.id))
      .returning();
    const moved = after!.startsAt.getTime() !== before.startsAt.getTime() || after!.place !== before.place;
    if (moved)
      for (const person of people)
        await queueMail(tx, {
          to: person.email,
          subject: `Ændret tid eller sted: ${after!.title}`,
          text: `Hej\n\n${after!.title} er flyttet. Det er nu ${eventWhen(after!.startsAt)}, ${after!.place}.\n\nKan du ikke komme, så meld fra i makker, så en anden kan få pladsen.\n\nmakker\n`,
        });
    await moveWaitingListUp(tx, after!);
    return (await eventViews(tx, [after!]))[0]!;
  });
}

/** Cancels an event before it begins and tells everyone signed up or waiting, with the programme's reason. */
export async function cancelEvent(
  deps: CommunityDeps & { eventId: string; reason: string },
): Promise<CommunityEvent> {
  authorize(deps.actor, 'event.manage', { programmeId: deps.programmeId });
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await changeableEvent(tx, deps.eventId, now);
    const [cancelled] = await tx
      .update(communityEvent)
      .set({ cancelledAt: now, cancelReason: deps.reason })
      .where(eq(communityEvent.id, row.id))
      .returning();
    for (const person of await signedUp(tx, row.id))
      await queueMail(tx, {
        to: person.email,
        subject: `Aflyst: ${row.title}`,
        text: `Hej\n\n${row.title}, ${eventWhen(row.startsAt)}, er desværre aflyst.\n\n${deps.reason}\n\nmakker\n`,
      });
    return (await eventViews(tx, [cancelled!]))[0]!;
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
    if (row.cancelledAt) throw new AppError('EVENT_CANCELLED');
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
