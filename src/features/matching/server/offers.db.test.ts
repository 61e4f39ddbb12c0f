/**
 * Offers over HTTP (issue #7 points 7–8): staff offer an approved proposal and arrange the first
 * meeting; each person sees only what the other shared (never must-not-match marks, background
 * only when shared) and why they were matched; mails say only "news"; answers stay blind to the
 * other; two accepts start the mentorship; a decline returns the peer to the pool; staff see both
 * reasons (sealed at rest), waiting times and the acceptance rate.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { listOutbox } from '../../../server/mail.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import { EMPTY_WISHES, type MyOffer, type StaffProposal } from '../matching.contract.ts';
import { matchingRound, matchProposal } from './matching.table.ts';
import { storeProfile } from './wishes-store.ts';

describe('offers of approved proposals', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let roundId: string;
  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    roundId = await s.t.db.withProgramme(programmeId, async (tx) => {
      const [row] = await tx.insert(matchingRound).values({ programmeId, openedBy: staff.id }).returning();
      return row!.id;
    });
  }, 60_000);
  afterAll(() => s.close());

  const api = (path: string) => `/api/programmes/${programmeId}${path}`;
  const wishes = {
    ...EMPTY_WISHES,
    activities: ['walk', 'football'],
    availability: ['4-afternoon'],
    background: 'drugs' as const,
    freeWords: 'Hemmelige ord om mig',
    avoidNames: 'Navn fra miljøet',
  };

  /** A new peer and mentor with profiles, and an approved proposal between them. */
  async function pair(share: { peer: boolean; mentor: boolean }) {
    const peer = await addPerson(s, { programmeId, roles: ['peer'], name: 'Pia Peersen' });
    const mentor = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Mads Mentorsen' });
    const id = await s.t.db.withProgramme(programmeId, async (tx) => {
      for (const [p, role] of [
        [peer, 'peer'],
        [mentor, 'mentor'],
      ] as const)
        await storeProfile(tx, { programmeId, userId: p.id, role }, { wishes, by: staff.id });
      const [row] = await tx
        .insert(matchProposal)
        .values({
          programmeId,
          roundId,
          peerId: peer.id,
          mentorId: mentor.id,
          score: 70,
          approvedBy: staff.id,
        })
        .returning();
      return row!.id;
    });
    if (share.mentor) {
      const res = await s.call('PUT', api('/my-share'), mentor.cookie, {
        choices: { firstName: true, activities: true, background: false },
        words: 'Jeg kan lide at gå ture.',
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    if (share.peer)
      await s.call('PUT', api('/my-share'), peer.cookie, {
        choices: { firstName: true, activities: false, background: true },
        words: '',
      });
    return { peer, mentor, id };
  }

  it('offers, shows only what was shared, keeps answers blind and starts on two accepts', async () => {
    const { peer, mentor, id } = await pair({ peer: true, mentor: true });
    // Not visible to either before staff offer it.
    expect((await s.call('GET', api('/my-offers'), peer.cookie)).json().offers).toEqual([]);
    const offered = await s.call('POST', api(`/match-proposals/${id}/offer`), staff.cookie);
    expect(offered.statusCode, offered.body).toBe(200);
    expect((offered.json() as StaffProposal).status).toBe('offered');
    const meeting = { at: '2026-12-10T14:00:00.000Z', place: 'cafe', note: 'Caféen, Nørregade 3' };
    const met = await s.call('PUT', api(`/match-proposals/${id}/meeting`), staff.cookie, meeting);
    expect(met.statusCode, met.body).toBe(200);

    const mails = (await listOutbox(s.t.db, 200)).filter((m) =>
      [peer.email, mentor.email].includes(m.toAddress),
    );
    expect(mails.length).toBeGreaterThanOrEqual(2);
    for (const m of mails) {
      expect(m.textBody).toContain('/min-side/makker-tilbud');
      expect(m.textBody).not.toMatch(/Pia|Mads|Peersen|Mentorsen|café/i);
    }

    const peerView: MyOffer = (await s.call('GET', api('/my-offers'), peer.cookie)).json().offers[0];
    expect(peerView.role).toBe('peer');
    expect(peerView.other).toEqual({
      firstName: 'Mads',
      words: 'Jeg kan lide at gå ture.',
      activities: ['gåture', 'fodbold'],
      background: null,
    });
    expect(peerView.meeting).toEqual(meeting);
    // The mentor did not share their background: no background part in the explanation.
    expect(peerView.parts.some((p) => p.part === 'background')).toBe(false);
    expect(peerView.parts.find((p) => p.part === 'activities')!.shared).toEqual(['walk', 'football']);
    const body = JSON.stringify(peerView);
    expect(body).not.toContain('Hemmelige');
    expect(body).not.toContain('miljøet');
    const mentorView: MyOffer = (await s.call('GET', api('/my-offers'), mentor.cookie)).json().offers[0];
    expect(mentorView.other).toEqual({
      firstName: 'Pia',
      words: null,
      activities: null,
      background: 'drugs',
    });
    expect(mentorView.parts.some((p) => p.part === 'background')).toBe(true);

    const accept = await s.call('POST', api(`/my-offers/${id}/answer`), peer.cookie, {
      accept: true,
      reason: 'Lyder rart',
    });
    expect(accept.statusCode, accept.body).toBe(200);
    const again = await s.call('POST', api(`/my-offers/${id}/answer`), peer.cookie, { accept: false });
    expect(again.json().code).toBe('OFFER_ALREADY_ANSWERED');
    // Blind: the mentor sees no answer from the peer, only their own (none yet).
    const waiting: MyOffer = (await s.call('GET', api('/my-offers'), mentor.cookie)).json().offers[0];
    expect(waiting.status).toBe('offered');
    expect(waiting.myAnswer).toBeNull();
    expect(JSON.stringify(waiting)).not.toContain('Lyder rart');

    const both = await s.call('POST', api(`/my-offers/${id}/answer`), mentor.cookie, { accept: true });
    expect(both.statusCode, both.body).toBe(200);
    const started: MyOffer = both.json().offers[0];
    expect(started.status).toBe('started');
    expect(started.mentorshipId).not.toBeNull();
    const pairs = await s.call('GET', api('/my-mentorships'), peer.cookie);
    expect(pairs.statusCode, pairs.body).toBe(200);
    expect(pairs.json().mentorships).toEqual([
      expect.objectContaining({ id: started.mentorshipId, state: 'active' }),
    ]);

    const [row] = await s.t.db.withProgramme(programmeId, (tx) =>
      tx.select().from(matchProposal).where(eq(matchProposal.id, id)),
    );
    expect(row!.peerReasonSealed).not.toContain('Lyder');
    const list = (await s.call('GET', api('/match-proposals'), staff.cookie)).json();
    const mine = (list.proposals as StaffProposal[]).find((p) => p.id === id)!;
    expect(mine.peerReason).toBe('Lyder rart');
    expect(mine.status).toBe('started');
  });

  it('a decline returns the peer to the pool, staff see it and the acceptance rate', async () => {
    const { peer, mentor, id } = await pair({ peer: false, mentor: false });
    await s.call('POST', api(`/match-proposals/${id}/offer`), staff.cookie);
    const view: MyOffer = (await s.call('GET', api('/my-offers'), peer.cookie)).json().offers[0];
    expect(view.other).toEqual({ firstName: null, words: null, activities: null, background: null });
    const no = await s.call('POST', api(`/my-offers/${id}/answer`), mentor.cookie, {
      accept: false,
      reason: 'Vi kender hinanden',
    });
    expect(no.statusCode, no.body).toBe(200);
    expect((no.json().offers[0] as MyOffer).status).toBe('declined');
    const late = await s.call('POST', api(`/my-offers/${id}/answer`), peer.cookie, { accept: true });
    expect(late.json().code).toBe('PROPOSAL_WRONG_STATUS');
    const peerSees: MyOffer = (await s.call('GET', api('/my-offers'), peer.cookie)).json().offers[0];
    expect(JSON.stringify(peerSees)).not.toContain('kender');

    const list = (await s.call('GET', api('/match-proposals'), staff.cookie)).json();
    const declined = (list.proposals as StaffProposal[]).find((p) => p.id === id)!;
    expect(declined).toMatchObject({
      status: 'declined',
      mentorAnswer: 'decline',
      mentorReason: 'Vi kender hinanden',
    });
    const { accepted, declined: no2, acceptanceRate } = list.stats.proposals;
    expect(accepted).toBe(list.proposals.filter((p: StaffProposal) => p.status === 'started').length);
    expect(no2).toBe(list.proposals.filter((p: StaffProposal) => p.status === 'declined').length);
    expect(acceptanceRate).toBeCloseTo(accepted / (accepted + no2));
    const waiting = list.stats.waiting.find((w: { userId: string }) => w.userId === peer.id);
    expect(waiting).toMatchObject({ role: 'peer', days: 0 });

    const round = (await s.call('GET', api(`/matching-rounds/${roundId}`), staff.cookie)).json();
    expect(round.peers.some((p: { userId: string }) => p.userId === peer.id)).toBe(true);
  });

  it('seeds the demo with an offer waiting, one started with a café meeting and one declined', async () => {
    const list = (await s.call('GET', api('/match-proposals'), staff.cookie)).json();
    const seeded = (list.proposals as StaffProposal[]).filter((p) => p.roundId !== roundId);
    expect(seeded.map((p) => p.status).sort()).toEqual(['declined', 'offered', 'started']);
    expect(seeded.find((p) => p.status === 'started')).toMatchObject({
      meeting: expect.objectContaining({ place: 'cafe' }),
      mentorshipId: expect.any(String),
    });
    expect(seeded.find((p) => p.status === 'offered')).toMatchObject({
      peerAnswer: null,
      mentorAnswer: 'accept',
    });
    expect(seeded.find((p) => p.status === 'declined')!.peerReason).toContain('kender');
  });

  it('keeps people to their own offers and staff to staff actions', async () => {
    const { peer, id } = await pair({ peer: false, mentor: false });
    const other = await addPerson(s, { programmeId, roles: ['peer'] });
    await s.call('POST', api(`/match-proposals/${id}/offer`), staff.cookie);
    const foreign = await s.call('POST', api(`/my-offers/${id}/answer`), other.cookie, { accept: false });
    expect(foreign.json().code).toBe('PROPOSAL_NOT_FOUND');
    expect((await s.call('POST', api(`/match-proposals/${id}/offer`), peer.cookie)).statusCode).toBe(403);
    expect((await s.call('GET', api('/match-proposals'), peer.cookie)).statusCode).toBe(403);
    expect((await s.call('GET', api('/my-offers'), staff.cookie)).statusCode).toBe(403);
    const twice = await s.call('POST', api(`/match-proposals/${id}/offer`), staff.cookie);
    expect(twice.json().code).toBe('PROPOSAL_WRONG_STATUS');
  });
});
