/**
 * The café's weekly times and the sessions made from them, the staff rota and cancellations.
 * Sessions are made ahead for `WEEKS_AHEAD` weeks when a time is added and by the daily job, so
 * each one can carry its own host, cancellation and check-ins.
 */
import { and, asc, count, eq, gte, inArray, isNotNull, isNull, lt } from 'drizzle-orm';
import { requireUser } from '../../../server/access.ts';
import type { Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { queueMail } from '../../../server/mail.ts';
import { copenhagenDate, copenhagenInstant } from '../../../shared/calendar-date.ts';
import { appUser, findPeopleWithRole } from '../../accounts/server/index.ts';
import { findProgrammeById } from '../../programmes/server/index.ts';
import type { CafeOverview, CafeSession, CafeSlot, CafeSlotRequest } from '../community.contract.ts';
import { cafeFeedUrl, cafeSessionViews, getCafeSessionRow, shownWindow, WEEKS_AHEAD } from './cafe-view.ts';
import { authorize } from './community.policy.ts';
import { cafeSession, cafeSlot, cafeVisit } from './community.table.ts';
import type { CommunityDeps } from './community-audit.ts';
import { eventWhen } from './event-reminders.ts';

const DAY = 86_400_000;
/** Danish weekday names as the mails say them ("hver tirsdag"), ISO order. */
const WEEKDAY_NAMES = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
/** "Usually comes": at least this many visits to the same weekly time in the last eight weeks. */
const USUAL_VISITS = 2;

type Deps = CommunityDeps;

const slotView = (s: typeof cafeSlot.$inferSelect): CafeSlot => ({
  id: s.id,
  weekday: s.weekday,
  start: s.startTime,
  end: s.endTime,
  place: s.place,
});

/** The dates (YYYY-MM-DD, Copenhagen) of an ISO weekday from `from` for `weeks` weeks. */
export function weekdayDates(from: string, weekday: number, weeks: number): string[] {
  const start = Date.parse(`${from}T12:00:00Z`);
  const dates: string[] = [];
  for (let i = 0; i < weeks * 7; i++) {
    const day = new Date(start + i * DAY);
    if ((day.getUTCDay() || 7) === weekday) dates.push(day.toISOString().slice(0, 10));
  }
  return dates;
}

/** Makes the sessions of every weekly time of the programme up to `WEEKS_AHEAD` weeks ahead (idempotent). */
export async function makeCafeSessions(tx: Tx, programmeId: string, now: Date): Promise<number> {
  const slots = await tx.select().from(cafeSlot).where(isNull(cafeSlot.endedAt));
  let made = 0;
  for (const slot of slots) {
    const rows = weekdayDates(copenhagenDate(now), slot.weekday, WEEKS_AHEAD).map((date) => ({
      programmeId,
      slotId: slot.id,
      startsAt: copenhagenInstant(date, slot.startTime),
      endsAt: copenhagenInstant(date, slot.endTime),
      place: slot.place,
    }));
    const inserted = await tx
      .insert(cafeSession)
      .values(rows)
      .onConflictDoNothing({ target: [cafeSession.slotId, cafeSession.startsAt] })
      .returning({ id: cafeSession.id });
    made += inserted.length;
  }
  return made;
}

/** Adds a weekly café time and makes its sessions. */
export async function createCafeSlot(deps: Deps & { request: CafeSlotRequest }): Promise<CafeSlot> {
  authorize(deps.actor, 'cafe.manage', { programmeId: deps.programmeId });
  const { weekday, start, end, place } = deps.request;
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const [row] = await tx
      .insert(cafeSlot)
      .values({ programmeId: deps.programmeId, weekday, startTime: start, endTime: end, place })
      .returning();
    await makeCafeSessions(tx, deps.programmeId, deps.now ?? new Date());
    return slotView(row!);
  });
}

/** Those who usually come to a weekly time: two visits or more in the eight weeks before `before`. */
async function regularsOf(tx: Tx, slotId: string | null, before: Date): Promise<string[]> {
  const rows = await tx
    .select({ email: appUser.email, n: count() })
    .from(cafeVisit)
    .innerJoin(cafeSession, eq(cafeSession.id, cafeVisit.sessionId))
    .innerJoin(appUser, eq(appUser.id, cafeVisit.userId))
    .where(
      and(
        slotId ? eq(cafeSession.slotId, slotId) : isNull(cafeSession.slotId),
        gte(cafeSession.startsAt, new Date(before.getTime() - 56 * DAY)),
        lt(cafeSession.startsAt, before),
        isNotNull(appUser.email),
      ),
    )
    .groupBy(appUser.email);
  return rows.filter((r) => Number(r.n) >= USUAL_VISITS && r.email).map((r) => r.email);
}

async function activeSlot(tx: Tx, slotId: string) {
  const [row] = await tx.select().from(cafeSlot).where(eq(cafeSlot.id, slotId)).for('update');
  if (!row || row.endedAt) throw new AppError('CAFE_SLOT_NOT_FOUND');
  return row;
}

/** The coming sessions of a weekly time (not begun), which a change or a stop replaces. */
const comingSessions = (slotId: string, now: Date) =>
  and(eq(cafeSession.slotId, slotId), gte(cafeSession.startsAt, now));

/**
 * Changes a weekly café time. The coming sessions follow: a new place is written into them (the
 * rota stays); a new day or hour replaces them (their rota is emptied, cancellations are gone
 * with them). Those who usually come are told by e-mail; the past stays as it was.
 */
export async function updateCafeSlot(
  deps: Deps & { slotId: string; request: CafeSlotRequest },
): Promise<{ slot: CafeSlot; notified: number }> {
  authorize(deps.actor, 'cafe.manage', { programmeId: deps.programmeId });
  const now = deps.now ?? new Date();
  const { weekday, start, end, place } = deps.request;
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const before = await activeSlot(tx, deps.slotId);
    const newTime = before.weekday !== weekday || before.startTime !== start || before.endTime !== end;
    if (!newTime && before.place === place) return { slot: slotView(before), notified: 0 };
    const [row] = await tx
      .update(cafeSlot)
      .set({ weekday, startTime: start, endTime: end, place })
      .where(eq(cafeSlot.id, before.id))
      .returning();
    if (newTime) {
      await tx.delete(cafeSession).where(comingSessions(before.id, now));
      await makeCafeSessions(tx, deps.programmeId, now);
    } else await tx.update(cafeSession).set({ place, updatedAt: now }).where(comingSessions(before.id, now));
    const to = await regularsOf(tx, before.id, now);
    const wasWhen = `${WEEKDAY_NAMES[before.weekday - 1]} ${before.startTime}–${before.endTime}`;
    const isWhen = `${WEEKDAY_NAMES[weekday - 1]} ${start}–${end}`;
    for (const email of to)
      await queueMail(tx, {
        to: email,
        subject: 'Caféen har fået ny tid eller nyt sted',
        text: `Hej\n\nCaféen om ${wasWhen} er fra nu af om ${isWhen}, ${place}.\n\nVi ses.\nmakker\n`,
      });
    return { slot: slotView(row!), notified: to.length };
  });
}

/** Stops a weekly café time: its coming sessions go, those who usually come are told; the past stays. */
export async function endCafeSlot(deps: Deps & { slotId: string }): Promise<{ notified: number }> {
  authorize(deps.actor, 'cafe.manage', { programmeId: deps.programmeId });
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const slot = await activeSlot(tx, deps.slotId);
    await tx.update(cafeSlot).set({ endedAt: now }).where(eq(cafeSlot.id, slot.id));
    await tx.delete(cafeSession).where(comingSessions(slot.id, now));
    const to = await regularsOf(tx, slot.id, now);
    for (const email of to)
      await queueMail(tx, {
        to: email,
        subject: 'Caféen holder op med en fast tid',
        text: `Hej\n\nCaféen holder ikke længere åbent ${WEEKDAY_NAMES[slot.weekday - 1]} ${slot.startTime}–${slot.endTime}. Se de andre tider i makker.\n\nmakker\n`,
      });
    return { notified: to.length };
  });
}

/** The café for staff: the weekly times, four weeks back and `WEEKS_AHEAD` ahead with visit counts, the rota. */
export async function getCafeOverview(deps: Deps & { publicUrl: string }): Promise<CafeOverview> {
  authorize(deps.actor, 'cafe.manage', { programmeId: deps.programmeId });
  const now = deps.now ?? new Date();
  const found = await findProgrammeById(deps.db, deps.programmeId);
  if (!found) throw new AppError('NOT_FOUND');
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const slots = await tx
      .select()
      .from(cafeSlot)
      .where(isNull(cafeSlot.endedAt))
      .orderBy(asc(cafeSlot.weekday), asc(cafeSlot.startTime));
    const rows = await tx
      .select()
      .from(cafeSession)
      .where(shownWindow(now))
      .orderBy(asc(cafeSession.startsAt));
    const counts = rows.length
      ? await tx
          .select({ sessionId: cafeVisit.sessionId, n: count() })
          .from(cafeVisit)
          .where(
            inArray(
              cafeVisit.sessionId,
              rows.map((r) => r.id),
            ),
          )
          .groupBy(cafeVisit.sessionId)
      : [];
    const views = await cafeSessionViews(tx, rows);
    const staff = await findPeopleWithRole(tx, deps.programmeId, ['staff', 'admin']);
    return {
      slots: slots.map(slotView),
      sessions: views.map((v) => ({
        ...v,
        visits: Number(counts.find((c) => c.sessionId === v.id)?.n ?? 0),
      })),
      staff: [...new Map(staff.map((p) => [p.id, { id: p.id, name: p.name }])).values()],
      feedUrl: cafeFeedUrl(deps.publicUrl, found.slug),
    };
  });
}

/** Fills or swaps the rota: puts a staff member (or nobody) on duty at a session. */
export async function setCafeHost(
  deps: Deps & { cafeSessionId: string; hostId: string | null },
): Promise<CafeSession> {
  authorize(deps.actor, 'cafe.manage', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    await getCafeSessionRow(tx, deps.cafeSessionId);
    if (deps.hostId) {
      const staff = await findPeopleWithRole(tx, deps.programmeId, ['staff', 'admin'], [deps.hostId]);
      if (staff.length === 0) throw new AppError('CAFE_HOST_NOT_STAFF');
    }
    const [row] = await tx
      .update(cafeSession)
      .set({ hostId: deps.hostId, updatedAt: new Date() })
      .where(eq(cafeSession.id, deps.cafeSessionId))
      .returning();
    return (await cafeSessionViews(tx, [row!]))[0]!;
  });
}

/**
 * Cancels a session and tells those who usually come (two visits or more to the same weekly
 * time in the last eight weeks) by e-mail through the outbox, in the same transaction. The mail
 * says only that the café is cancelled, when, and the reason staff gave.
 */
export async function cancelCafeSession(
  deps: Deps & { cafeSessionId: string; reason: string },
): Promise<{ session: CafeSession; notified: number }> {
  authorize(deps.actor, 'cafe.manage', { programmeId: deps.programmeId });
  requireUser(deps.actor);
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const current = await getCafeSessionRow(tx, deps.cafeSessionId);
    if (current.cancelledAt) throw new AppError('CAFE_SESSION_CANCELLED');
    if (current.endsAt < now) throw new AppError('CAFE_SESSION_OVER');
    const [row] = await tx
      .update(cafeSession)
      .set({ cancelledAt: now, cancelReason: deps.reason, updatedAt: now, checkInCodeHash: null })
      .where(eq(cafeSession.id, deps.cafeSessionId))
      .returning();
    const to = await regularsOf(tx, current.slotId, current.startsAt);
    const when = eventWhen(current.startsAt);
    for (const email of to)
      await queueMail(tx, {
        to: email,
        subject: 'Caféen er aflyst',
        text: `Hej\n\nCaféen ${when} er aflyst.${deps.reason ? `\n\n${deps.reason}` : ''}\n\nVi ses næste gang.\nmakker\n`,
      });
    return { session: (await cafeSessionViews(tx, [row!]))[0]!, notified: to.length };
  });
}
