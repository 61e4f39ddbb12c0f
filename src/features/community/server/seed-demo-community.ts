import { eq } from 'drizzle-orm';
import { type Database, lockTransaction } from '../../../server/db.ts';
import { copenhagenDate, copenhagenInstant } from '../../../shared/calendar-date.ts';
import { createUser, demoPersonEmail } from '../../accounts/server/index.ts';
import { makeCafeSessions, weekdayDates } from './cafe-sessions.ts';
import { cafeSession, cafeSlot, cafeVisit, communityEvent, eventSignUp } from './community.table.ts';

const DAY = 86_400_000;
const PLACE = 'Peer-fællesskabet, Havnegade 1, 7100 Vejle';

/** Peers of the demo who come to the café and events; they log in by e-mail link only. */
const PEERS = [
  'Anders Holm',
  'Bente Nielsen',
  'Claus Vestergaard',
  'Ditte Juhl',
  'Erik Thomsen',
  'Fie Brandt',
  'Gert Kjær',
  'Hanne Bak',
  'Ivan Lind',
  'Jette Munk',
  'Kim Bruun',
  'Lone Wind',
];

/**
 * The demo's café and events: Tuesday afternoon and Thursday morning, six weeks of past visits
 * (regulars and occasional guests), a rota with a gap; a Christmas lunch three weeks ahead that
 * is nearly full with one on the waiting list (the demo mentor has a place with a guest), and
 * last summer's trip with attendance. Idempotent: a second run changes nothing.
 */
export async function seedDemoCommunity(
  db: Database,
  programmeId: string,
  people: { staffId: string | null; adminId: string | null; mentorId: string | null; peerId: string | null },
  now = new Date(),
): Promise<void> {
  await db.withProgramme(programmeId, async (tx) => {
    await lockTransaction(tx, 'seed-demo-community');
    if ((await tx.select({ id: cafeSlot.id }).from(cafeSlot).limit(1)).length) return;
    const peers: string[] = [];
    for (const name of PEERS)
      peers.push(await createUser(tx, { name, email: demoPersonEmail(name), programmeId, roles: ['peer'] }));
    const [tuesday, thursday] = await tx
      .insert(cafeSlot)
      .values([
        { programmeId, weekday: 2, startTime: '13:00', endTime: '16:00', place: PLACE },
        { programmeId, weekday: 4, startTime: '09:30', endTime: '12:00', place: PLACE },
      ])
      .returning();
    // Six weeks back, then the usual eight ahead.
    const past = copenhagenDate(new Date(now.getTime() - 42 * DAY));
    for (const slot of [tuesday!, thursday!]) {
      const dates = weekdayDates(past, slot.weekday, 6).filter(
        (d) => copenhagenInstant(d, slot.startTime) < now,
      );
      if (dates.length)
        await tx.insert(cafeSession).values(
          dates.map((date) => ({
            programmeId,
            slotId: slot.id,
            startsAt: copenhagenInstant(date, slot.startTime),
            endsAt: copenhagenInstant(date, slot.endTime),
            place: slot.place,
          })),
        );
    }
    await makeCafeSessions(tx, programmeId, now);
    const sessions = await tx.select().from(cafeSession).orderBy(cafeSession.startsAt);
    // The rota: staff and admin take turns; one session three weeks ahead has nobody yet.
    const hosts = [people.staffId, people.adminId].filter((id): id is string => !!id);
    for (const [i, s] of sessions.entries()) {
      const gap = s.startsAt.getTime() > now.getTime() + 14 * DAY && i % 5 === 0;
      const hostId = hosts.length && !gap ? hosts[i % hosts.length]! : null;
      if (hostId) await tx.update(cafeSession).set({ hostId }).where(eq(cafeSession.id, s.id));
    }
    const visitors = [...peers, people.peerId, people.mentorId].filter((id): id is string => !!id);
    const held = sessions.filter((s) => s.endsAt < now);
    const visits = held.flatMap((s, i) =>
      visitors
        // Regulars (the first five) nearly always; the rest now and then.
        .filter((_, j) => (j < 5 ? (i + j) % 6 !== 0 : (i + j) % 3 === 0))
        .map((userId, j) => ({
          programmeId,
          sessionId: s.id,
          userId,
          via: j % 3 === 0 ? ('code' as const) : ('staff' as const),
          recordedBy: j % 3 === 0 ? null : (s.hostId ?? people.staffId),
          recordedAt: s.startsAt,
        })),
    );
    if (visits.length) await tx.insert(cafeVisit).values(visits);

    const lunchDay = copenhagenDate(new Date(now.getTime() + 21 * DAY));
    const [lunch] = await tx
      .insert(communityEvent)
      .values({
        programmeId,
        title: 'Julefrokost',
        description:
          'Vi spiser julefrokost sammen i caféen: sild, flæskesteg og risalamande – og alkoholfri drikke. Alle peers og peer-mentorer er velkomne, og du må tage én gæst med.',
        place: PLACE,
        startsAt: copenhagenInstant(lunchDay, '12:00'),
        endsAt: copenhagenInstant(lunchDay, '15:00'),
        capacity: 16,
        costKr: 50,
        signUpDeadline: copenhagenInstant(copenhagenDate(new Date(now.getTime() + 14 * DAY)), '23:59'),
        audience: 'both',
        guestAllowed: true,
        createdBy: people.staffId,
      })
      .returning();
    // 15 of 16 places taken (the mentor and two others bring a guest); the last in line wants
    // two places, so the one free place waits for the next to cancel.
    const lunchers = [...peers.slice(0, 10), people.mentorId].filter((id): id is string => !!id);
    const guests = new Set([peers[1], peers[4], people.mentorId]);
    const confirmed = lunchers.map((userId, i) => ({
      programmeId,
      eventId: lunch!.id,
      userId,
      status: 'confirmed' as const,
      guest: guests.has(userId),
      signedUpAt: new Date(now.getTime() - (20 - i) * DAY),
    }));
    const seatsTaken = confirmed.reduce((n, s) => n + (s.guest ? 2 : 1), 0);
    const extra = peers.slice(10, 10 + Math.max(0, 15 - seatsTaken)).map((userId, i) => ({
      programmeId,
      eventId: lunch!.id,
      userId,
      status: 'confirmed' as const,
      guest: false,
      signedUpAt: new Date(now.getTime() - (8 - i) * DAY),
    }));
    const waiting = peers[11]
      ? [
          {
            programmeId,
            eventId: lunch!.id,
            userId: peers[11],
            status: 'waiting' as const,
            guest: true,
            signedUpAt: new Date(now.getTime() - 2 * DAY),
          },
        ]
      : [];
    await tx
      .insert(eventSignUp)
      .values([...confirmed, ...extra.filter((e) => e.userId !== peers[11]), ...waiting]);

    // Bowling in the new year, with a few signed up (the demo peer among them): staff can move
    // or cancel it and see who is told.
    const bowlingDay = copenhagenDate(new Date(now.getTime() + 45 * DAY));
    const [bowling] = await tx
      .insert(communityEvent)
      .values({
        programmeId,
        title: 'Bowling',
        description: 'Vi bowler to serier og spiser pizza bagefter. Sko lånes på stedet.',
        place: 'Vejle Bowlingcenter',
        startsAt: copenhagenInstant(bowlingDay, '17:00'),
        endsAt: copenhagenInstant(bowlingDay, '19:30'),
        capacity: 12,
        costKr: 30,
        signUpDeadline: copenhagenInstant(copenhagenDate(new Date(now.getTime() + 38 * DAY)), '23:59'),
        audience: 'both',
        guestAllowed: false,
        createdBy: people.staffId,
      })
      .returning();
    const bowlers = [people.peerId, ...peers.slice(2, 5)].filter((id): id is string => !!id);
    await tx.insert(eventSignUp).values(
      bowlers.map((userId, i) => ({
        programmeId,
        eventId: bowling!.id,
        userId,
        status: 'confirmed' as const,
        signedUpAt: new Date(now.getTime() - (5 - i) * DAY),
      })),
    );

    const tripDay = copenhagenDate(new Date(now.getTime() - 150 * DAY));
    const [trip] = await tx
      .insert(communityEvent)
      .values({
        programmeId,
        title: 'Sommerudflugt til Jelling',
        description: 'Bus til Jellingstenene, frokost i det fri og en gåtur ved søen.',
        place: 'Afgang fra Vejle Rutebilstation',
        startsAt: copenhagenInstant(tripDay, '09:00'),
        endsAt: copenhagenInstant(tripDay, '16:00'),
        capacity: 30,
        costKr: 0,
        signUpDeadline: copenhagenInstant(copenhagenDate(new Date(now.getTime() - 157 * DAY)), '23:59'),
        audience: 'both',
        guestAllowed: false,
        createdBy: people.staffId,
      })
      .returning();
    const trippers = [...peers.slice(0, 9), people.peerId, people.mentorId].filter(
      (id): id is string => !!id,
    );
    await tx.insert(eventSignUp).values(
      trippers.map((userId, i) => ({
        programmeId,
        eventId: trip!.id,
        userId,
        status: 'confirmed' as const,
        signedUpAt: new Date(now.getTime() - (170 - i) * DAY),
        attended: i % 5 !== 3,
        remindedAt: new Date(now.getTime() - 151 * DAY),
      })),
    );
  });
}
