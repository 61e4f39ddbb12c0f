/**
 * Signing up for an event and cancelling, with a waiting list that moves up by itself. Every
 * change locks the event's row first (`FOR UPDATE`), so two people taking the last place at once
 * are served one after the other: one gets it, the other the waiting list — never both.
 */
import { and, asc, eq } from 'drizzle-orm';
import { requireUser } from '../../../server/access.ts';
import type { Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { queueMail } from '../../../server/mail.ts';
import { appUser } from '../../accounts/server/index.ts';
import type { MySignUp } from '../community.contract.ts';
import { authorize } from './community.policy.ts';
import { type communityEvent, eventSignUp } from './community.table.ts';
import { auditPeople, type CommunityDeps } from './community-audit.ts';
import { eventWhen } from './event-reminders.ts';
import { getEventRow, seatsOf } from './event-view.ts';

type Deps = CommunityDeps & { eventId: string };

type EventRow = typeof communityEvent.$inferSelect;
const PURPOSE = '/api/programmes/:programmeId/my-community/events/:eventId/sign-up';

/** The caller's place on the event (and their number on the waiting list). */
export async function mySignUpOn(tx: Tx, eventId: string, userId: string): Promise<MySignUp> {
  const rows = await tx
    .select()
    .from(eventSignUp)
    .where(eq(eventSignUp.eventId, eventId))
    .orderBy(asc(eventSignUp.signedUpAt), asc(eventSignUp.userId));
  const mine = rows.find((r) => r.userId === userId);
  if (!mine) return { status: null, guest: false, queuePosition: null };
  const waiting = rows.filter((r) => r.status === 'waiting');
  return {
    status: mine.status,
    guest: mine.guest,
    queuePosition: mine.status === 'waiting' ? waiting.findIndex((r) => r.userId === userId) + 1 : null,
  };
}

/** Whether a person with these roles may come to an event for `audience`. */
export function mayCome(audience: EventRow['audience'], roles: readonly string[]): boolean {
  if (audience === 'peers') return roles.includes('peer');
  if (audience === 'mentors') return roles.includes('mentor');
  return roles.includes('peer') || roles.includes('mentor');
}

/**
 * Signs the caller up (with a guest if the event allows one): a place when there is room and
 * nobody waits before them, the waiting list otherwise. Signing up again changes nothing.
 */
export async function signUpForEvent(deps: Deps & { guest: boolean }): Promise<MySignUp> {
  const granting = authorize(deps.actor, 'own.sign-up', { programmeId: deps.programmeId });
  const user = requireUser(deps.actor);
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const event = await getEventRow(tx, deps.eventId, true);
    if (event.cancelledAt) throw new AppError('EVENT_CANCELLED');
    if (!mayCome(event.audience, user.roles[deps.programmeId] ?? [])) throw new AppError('EVENT_NOT_FOR_YOU');
    if (deps.guest && !event.guestAllowed) throw new AppError('EVENT_NO_GUESTS');
    if (now > event.signUpDeadline) throw new AppError('EVENT_SIGN_UP_CLOSED');
    const existing = await mySignUpOn(tx, event.id, user.userId);
    if (existing.status) return existing;
    const rows = await tx.select().from(eventSignUp).where(eq(eventSignUp.eventId, event.id));
    const taken = rows.filter((r) => r.status === 'confirmed').reduce((n, r) => n + seatsOf(r), 0);
    const someoneWaits = rows.some((r) => r.status === 'waiting');
    const fits = !someoneWaits && taken + seatsOf({ guest: deps.guest }) <= event.capacity;
    await tx.insert(eventSignUp).values({
      programmeId: deps.programmeId,
      eventId: event.id,
      userId: user.userId,
      status: fits ? 'confirmed' : 'waiting',
      guest: deps.guest,
      signedUpAt: now,
    });
    await auditPeople(tx, deps, {
      granting,
      action: 'create',
      purpose: `POST ${PURPOSE}`,
      subjectIds: [user.userId],
    });
    return mySignUpOn(tx, event.id, user.userId);
  });
}

/** Cancels the caller's place or place in the queue, before the event begins; the waiting list moves up. */
export async function cancelSignUp(deps: Deps): Promise<MySignUp> {
  const granting = authorize(deps.actor, 'own.sign-up', { programmeId: deps.programmeId });
  const user = requireUser(deps.actor);
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const event = await getEventRow(tx, deps.eventId, true);
    if (now >= event.startsAt) throw new AppError('EVENT_STARTED');
    const gone = await tx
      .delete(eventSignUp)
      .where(and(eq(eventSignUp.eventId, event.id), eq(eventSignUp.userId, user.userId)))
      .returning({ userId: eventSignUp.userId });
    if (gone.length === 0) throw new AppError('EVENT_SIGN_UP_NOT_FOUND');
    await auditPeople(tx, deps, {
      granting,
      action: 'delete',
      purpose: `DELETE ${PURPOSE}`,
      subjectIds: [user.userId],
    });
    await moveWaitingListUp(tx, event);
    return { status: null, guest: false, queuePosition: null };
  });
}

/**
 * Gives free places to the waiting list in the order people signed up, as long as the first in
 * the queue fits (nobody jumps the queue because they come alone), and tells each of them by
 * e-mail in the same transaction. Returns the ids of those who got a place. A cancelled event
 * gives no places.
 */
export async function moveWaitingListUp(tx: Tx, event: EventRow): Promise<string[]> {
  if (event.cancelledAt) return [];
  const rows = await tx
    .select({
      userId: eventSignUp.userId,
      status: eventSignUp.status,
      guest: eventSignUp.guest,
      email: appUser.email,
    })
    .from(eventSignUp)
    .innerJoin(appUser, eq(appUser.id, eventSignUp.userId))
    .where(eq(eventSignUp.eventId, event.id))
    .orderBy(asc(eventSignUp.signedUpAt), asc(eventSignUp.userId));
  let taken = rows.filter((r) => r.status === 'confirmed').reduce((n, r) => n + seatsOf(r), 0);
  const promoted: string[] = [];
  for (const next of rows.filter((r) => r.status === 'waiting')) {
    if (taken + seatsOf(next) > event.capacity) break;
    taken += seatsOf(next);
    await tx
      .update(eventSignUp)
      .set({ status: 'confirmed' })
      .where(and(eq(eventSignUp.eventId, event.id), eq(eventSignUp.userId, next.userId)));
    await queueMail(tx, {
      to: next.email,
      subject: `Du har fået en plads: ${event.title}`,
      text: `Hej\n\nDer er blevet en plads til dig på ${event.title}, ${eventWhen(event.startsAt)}, ${event.place}.\n\nKan du ikke komme alligevel, så meld fra i makker, så en anden kan få pladsen.\n\nmakker\n`,
    });
    promoted.push(next.userId);
  }
  return promoted;
}
