/**
 * The overview counted in SQL (decision 044) gives what the pure computation over every meeting
 * gave (courseSummary, still used by the pair's page): random pairs with meetings around midnight
 * and the summer-time changes, moved and cancelled ones, and pauses that ended or did not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import type { Actor } from '../../../server/access.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { createUser } from '../../accounts/server/index.ts';
import { addDays } from '../calendar-days.ts';
import { RHYTHMS } from '../mentorship-states.ts';
import { courseSummary, meetingsOf, pausesOf } from './course-facts.ts';
import { meeting, mentorship, mentorshipEvent } from './mentorships.table.ts';
import { listOverview } from './staff-views.ts';

const DAY = 86_400_000;

describe('the overview counted in the database', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let actor: Actor;

  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await createProgramme(s.t.db, 'Sammenligning')).id;
    const staff = await addPerson(s, { programmeId, roles: ['staff'] });
    actor = {
      type: 'user',
      userId: staff.id,
      roles: { [programmeId]: ['staff'] },
      twoFactorEnabled: true,
      loggedInAt: new Date(),
    };
  });
  afterAll(() => s.close());

  it('gives the same light, counts, home flags and next meeting as the pure computation', async () => {
    let seed = 20261201;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const now = new Date();
    const today = copenhagenDate(now);
    await s.t.db.withProgramme(programmeId, async (tx) => {
      for (let i = 0; i < 40; i++) {
        const peerId = await createUser(tx, {
          name: `P ${i}`,
          email: `p${i}@cmp.test`,
          programmeId,
          roles: ['peer'],
        });
        const mentorId = await createUser(tx, {
          name: `M ${i}`,
          email: `m${i}@cmp.test`,
          programmeId,
          roles: ['mentor'],
        });
        const startDate = addDays(today, -Math.floor(rand() * 120) + 3);
        const paused = rand() < 0.3;
        const state = paused ? 'paused' : rand() < 0.8 ? 'active' : 'ending';
        const [row] = await tx
          .insert(mentorship)
          .values({
            programmeId,
            peerId,
            mentorId,
            state,
            rhythm: RHYTHMS[i % 2]!,
            startDate,
            plannedEnd: addDays(startDate, 180),
            pausedSince: paused ? addDays(today, -3) : null,
          })
          .returning();
        const steps: { from: 'active' | 'paused'; to: 'active' | 'paused'; at: Date }[] = [];
        if (rand() < 0.5) {
          const pausedAt = new Date(now.getTime() - Math.floor(rand() * 60 + 10) * DAY);
          steps.push({ from: 'active', to: 'paused', at: pausedAt });
          steps.push({
            from: 'paused',
            to: 'active',
            at: new Date(pausedAt.getTime() + 5 * DAY - 3_600_000),
          });
        }
        if (paused) steps.push({ from: 'active', to: 'paused', at: new Date(now.getTime() - 3 * DAY) });
        for (const step of steps)
          await tx.insert(mentorshipEvent).values({
            programmeId,
            mentorshipId: row!.id,
            type: step.to === 'paused' ? 'pause' : 'resume',
            fromState: step.from,
            toState: step.to,
            byParty: 'staff',
            at: step.at,
          });
        const n = Math.floor(rand() * 12);
        for (let m = 0; m < n; m++) {
          // Whole days back and forth, at hours that cross midnight in Copenhagen.
          const startsAt = new Date(
            now.getTime() + Math.floor(rand() * 70 - 60) * DAY + Math.floor(rand() * 24) * 3_600_000,
          );
          const r = rand();
          await tx.insert(meeting).values({
            programmeId,
            mentorshipId: row!.id,
            startsAt,
            placeType: 'cafe',
            status: r < 0.6 ? 'happened' : r < 0.8 ? 'planned' : r < 0.9 ? 'moved' : 'cancelled',
            homeFlag: rand() < 0.1 ? 'home-word' : null,
          });
        }
      }
    });

    const overview = await listOverview({ db: s.t.db, actor, programmeId, query: {}, now });
    const expected = await s.t.db.withProgramme(programmeId, async (tx) => {
      const rows = await tx.select().from(mentorship);
      const ids = rows.map((r) => r.id);
      const meetings = await meetingsOf(tx, ids);
      const pauses = await pausesOf(tx, ids);
      return rows.map((row) => {
        const summary = courseSummary(row, meetings.get(row.id)!, pauses.get(row.id)!, today);
        return {
          id: row.id,
          endDate: summary.course.endDate,
          ...summary.rhythmKept,
          homeFlags: meetings.get(row.id)!.filter((m) => m.homeFlag).length,
          nextMeeting: summary.next?.startsAt.toISOString() ?? null,
        };
      });
    });
    expect(overview.pairs).toHaveLength(40);
    for (const want of expected) {
      const got = overview.pairs.find((p) => p.id === want.id)!;
      expect({
        id: got.id,
        endDate: got.endDate,
        light: got.light,
        meetingsLast4Weeks: got.meetingsLast4Weeks,
        agreedLast4Weeks: got.agreedLast4Weeks,
        daysSinceLastMeeting: got.daysSinceLastMeeting,
        homeFlags: got.homeFlags,
        nextMeeting: got.nextMeeting,
      }).toEqual(want);
    }
    expect(new Set(overview.pairs.map((p) => p.light))).toEqual(new Set(['green', 'amber', 'red', null]));
  });
});
