/**
 * The blind question whether to go on (issue #8 point 6, decision 042), on a real database: the
 * daily job asks each pair within four weeks of its end once, however many instances run it;
 * each answers alone and never sees the other's answer; both yes extends, anything else does not,
 * and then both learn only the outcome.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { mailMessage } from '../../../server/mail.table.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { addCalendarMonths, addDays } from '../calendar-days.ts';
import type { MyMentorships } from '../mentorships.contract.ts';
import { askAboutExtensions } from './extension.ts';

describe('extension: asked four weeks before the end, blind until both answered', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  const people: Record<string, TestPerson> = {};
  const pairs: Record<string, string> = {};
  const today = copenhagenDate();

  function call(method: 'GET' | 'POST', url: string, who: TestPerson, payload?: object) {
    return s.app.inject({
      method,
      url: `/api/programmes/${programmeId}${url}`,
      ...(payload ? { payload } : {}),
      headers: { origin: s.env.publicUrl, cookie: who.cookie },
    });
  }
  const viewOf = async (who: TestPerson) => {
    const res = await call('GET', '/my-mentorships', who);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as MyMentorships).mentorships[0]!;
  };
  const answer = (who: TestPerson, pair: string, wantsToContinue: boolean) =>
    call('POST', `/mentorships/${pairs[pair]}/extension`, who, { wantsToContinue });
  const mailsTo = (who: TestPerson) =>
    s.t.db.db.select().from(mailMessage).where(eq(mailMessage.toAddress, who.email));

  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await createProgramme(s.t.db, 'Forlængelse')).id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    // Two pairs ending in 20 days (due), one ending in 40 (not yet).
    for (const [name, endsIn] of [
      ['a', 20],
      ['b', 20],
      ['c', 40],
    ] as const) {
      people[`${name}Peer`] = await addPerson(s, { programmeId, roles: ['peer'], name: `Peer ${name}` });
      people[`${name}Mentor`] = await addPerson(s, {
        programmeId,
        roles: ['mentor'],
        name: `Mentor ${name}`,
      });
      const res = await call('POST', '/mentorships', staff, {
        peerId: people[`${name}Peer`]!.id,
        mentorId: people[`${name}Mentor`]!.id,
        startDate: addCalendarMonths(addDays(today, endsIn), -6),
        rhythm: 'weekly',
      });
      expect(res.statusCode, res.body).toBe(201);
      pairs[name] = res.json().id;
    }
  }, 60_000);
  afterAll(() => s.close());

  it('asks each due pair once, even with two instances running the job at the same time', async () => {
    const before = await viewOf(people.aPeer!);
    expect(before.extension).toMatchObject({ asked: false, myAnswer: null, outcome: null });
    expect((await answer(people.aPeer!, 'a', true)).json().code).toBe('MENTORSHIP_EXTENSION_NOT_OPEN');

    const other = s.t.kind === 'postgres' ? await s.t.openAnother() : s.t.db;
    const asked = await Promise.all([
      askAboutExtensions(s.t.db, { publicUrl: s.env.publicUrl }),
      askAboutExtensions(other, { publicUrl: s.env.publicUrl }),
    ]);
    expect(asked[0] + asked[1]).toBe(2);
    expect(await askAboutExtensions(s.t.db, { publicUrl: s.env.publicUrl })).toBe(0);
    for (const who of ['aPeer', 'aMentor', 'bPeer', 'bMentor'])
      expect((await mailsTo(people[who]!)).map((m) => m.subject)).toEqual(['Vil du fortsætte i makker?']);
    expect(await mailsTo(people.cPeer!)).toEqual([]);
    expect((await viewOf(people.aMentor!)).can.answerExtension).toBe(true);
    expect((await viewOf(people.cPeer!)).extension.asked).toBe(false);
  });

  it("never shows one's answer to the partner; only both yes extends, then both see the outcome", async () => {
    expect((await answer(people.aPeer!, 'a', true)).json()).toMatchObject({
      asked: true,
      myAnswer: true,
      outcome: null,
    });
    expect((await answer(people.aPeer!, 'a', false)).json().code).toBe('MENTORSHIP_EXTENSION_ANSWERED');
    const partner = await viewOf(people.aMentor!);
    expect(partner.extension).toMatchObject({ asked: true, myAnswer: null, outcome: null });
    expect(partner.extendedEnd).toBeNull();
    // Not another pair's, not staff's to answer.
    expect((await answer(people.bMentor!, 'a', true)).statusCode).toBe(404);
    expect((await answer(staff, 'a', true)).statusCode).toBe(403);

    const done = await answer(people.aMentor!, 'a', true);
    expect(done.json()).toMatchObject({ asked: true, myAnswer: true, outcome: 'extended' });
    const peerView = await viewOf(people.aPeer!);
    expect(peerView.extension.outcome).toBe('extended');
    expect(peerView.extendedEnd).toBe(addCalendarMonths(peerView.plannedEnd, 3));
    expect(peerView.endDate).toBe(peerView.extendedEnd);
    expect((await mailsTo(people.aPeer!)).map((m) => m.subject).sort()).toEqual([
      'I fortsætter i makker',
      'Vil du fortsætte i makker?',
    ]);
    const staffView = await call('GET', `/mentorships/${pairs.a}`, staff);
    expect(staffView.json().history.map((h: { type: string }) => h.type)).toContain('extend');
  });

  it('keeps the planned end when one says no, and tells both only that it ends as planned', async () => {
    expect((await answer(people.bPeer!, 'b', false)).json().outcome).toBeNull();
    const mentorBefore = await viewOf(people.bMentor!);
    expect(mentorBefore.extension).toMatchObject({ asked: true, myAnswer: null, outcome: null });
    expect((await answer(people.bMentor!, 'b', true)).json().outcome).toBe('declined');
    const mentorAfter = await viewOf(people.bMentor!);
    expect(mentorAfter.extension).toMatchObject({ asked: true, myAnswer: true, outcome: 'declined' });
    expect(mentorAfter.extendedEnd).toBeNull();
    expect(mentorAfter.can.answerExtension).toBe(false);
    expect((await mailsTo(people.bMentor!)).map((m) => m.subject)).toContain(
      'Jeres forløb slutter som planlagt',
    );
  });
});
