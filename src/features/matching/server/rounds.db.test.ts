/**
 * Matching rounds over HTTP on the demo programme: staff open a round and get explained
 * proposals that respect every hard constraint, people left out say why, forbidding a pair and
 * pinning another re-solve, a preview shows what other weights would change, approval (one or
 * several, all or none) takes peers out of the pool and mentors' places; the mentorship seam's
 * active count fills a mentor; peers and mentors cannot run rounds; reads are audited.
 */
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import type { Actor } from '../../../server/access.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import { OPEN_STATES } from '../../mentorships/server/index.ts';
import { mentorship } from '../../mentorships/server/mentorships.table.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import { mentorReadiness } from '../../training/server/index.ts';
import { type Preview, type RoundDetail, SCORE_PARTS } from '../matching.contract.ts';
import { mustNotMatch } from './matching.table.ts';
import { getRound } from './matching-rounds.ts';

describe('matching rounds', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let round: RoundDetail;
  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
  }, 60_000);
  afterAll(() => s.close());

  const rounds = () => `/api/programmes/${programmeId}/matching-rounds`;
  const at = (path = '') => `${rounds()}/${round.id}${path}`;

  it('opens a round with explained proposals that keep every hard constraint', async () => {
    const res = await s.call('POST', rounds(), staff.cookie);
    expect(res.statusCode, res.body).toBe(201);
    round = res.json();
    expect(round.status).toBe('open');
    expect(round.proposals.length).toBeGreaterThanOrEqual(5);
    const ready = await s.t.db.withProgramme(programmeId, (tx) =>
      mentorReadiness(
        tx,
        round.mentors.map((m) => m.userId),
      ),
    );
    const marks = await s.t.db.withProgramme(programmeId, (tx) => tx.select().from(mustNotMatch));
    const places = new Map<string, number>();
    for (const p of round.proposals) {
      expect(ready.get(p.mentorId)?.ready).toBe(true);
      expect(marks.some((m) => m.userId === p.peerId && m.otherUserId === p.mentorId)).toBe(false);
      expect(p.parts.map((x) => x.part)).toEqual([...SCORE_PARTS]);
      expect(p.parts.find((x) => x.part === 'availability')!.shared.length).toBeGreaterThan(0);
      expect(p.score).toBeCloseTo(
        p.parts.reduce((sum, x) => sum + x.points, 0),
        1,
      );
      places.set(p.mentorId, (places.get(p.mentorId) ?? 0) + 1);
    }
    for (const n of places.values()) expect(n).toBe(1);
    expect(new Set(round.proposals.map((p) => p.peerId)).size).toBe(round.proposals.length);
    // Peers with a mentorship under way (the demo peer Jonas and the other demo pairs) are not
    // waiting: they are neither in the pool nor on the staff's waiting list.
    const paired = await s.t.db.withProgramme(programmeId, (tx) =>
      tx.select({ peerId: mentorship.peerId }).from(mentorship).where(inArray(mentorship.state, OPEN_STATES)),
    );
    expect(paired.length).toBeGreaterThan(0);
    const pairedIds = new Set(paired.map((p) => p.peerId));
    expect(round.peers.filter((p) => pairedIds.has(p.userId))).toEqual([]);
    const offers = await s.call('GET', `/api/programmes/${programmeId}/match-proposals`, staff.cookie);
    expect(offers.statusCode, offers.body).toBe(200);
    const waiting = (offers.json() as { stats: { waiting: { userId: string }[] } }).stats.waiting;
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.filter((w) => pairedIds.has(w.userId))).toEqual([]);
    // People left out say why: the demo's paused mentor and those not ready by the training rule.
    expect(round.mentors.some((m) => m.excluded === 'paused')).toBe(true);
    expect(round.mentors.some((m) => m.excluded === 'mentor-not-ready')).toBe(true);
    const excluded = new Set(round.mentors.filter((m) => m.excluded).map((m) => m.userId));
    expect(round.proposals.some((p) => excluded.has(p.mentorId))).toBe(false);
    const audits = await s.t.db.asOwner((tx) =>
      tx.select().from(auditEvent).where(eq(auditEvent.actorId, staff.id)),
    );
    expect(audits.filter((a) => a.action === 'read').length).toBeGreaterThanOrEqual(
      round.proposals.length * 2,
    );
  });

  it('re-solves without a forbidden pair and with a pinned one', async () => {
    const first = round.proposals[0]!;
    const forbid = await s.call('POST', at('/pins'), staff.cookie, { ...first, kind: 'forbid' });
    expect(forbid.statusCode, forbid.body).toBe(200);
    round = forbid.json();
    expect(round.proposals.some((p) => p.peerId === first.peerId && p.mentorId === first.mentorId)).toBe(
      false,
    );
    const peer = round.peers.find((p) => p.userId === first.peerId)!;
    const alternative = peer.alternatives[0]!;
    expect(alternative.userId).not.toBe(first.mentorId);
    const pin = await s.call('POST', at('/pins'), staff.cookie, {
      peerId: first.peerId,
      mentorId: alternative.userId,
      kind: 'pin',
    });
    expect(pin.statusCode, pin.body).toBe(200);
    round = pin.json();
    expect(round.proposals).toContainEqual(
      expect.objectContaining({ peerId: first.peerId, mentorId: alternative.userId, pinned: true }),
    );
    // A pair that breaks a hard constraint cannot be pinned (here: a paused mentor).
    const paused = round.mentors.find((m) => m.excluded === 'paused')!;
    const blocked = await s.call('POST', at('/pins'), staff.cookie, {
      peerId: first.peerId,
      mentorId: paused.userId,
      kind: 'pin',
    });
    expect(blocked.json().code).toBe('PAIR_NOT_ADMISSIBLE');
    const unforbid = await s.call('DELETE', at(`/pins/${first.peerId}/${first.mentorId}`), staff.cookie);
    expect(unforbid.json().pins).toEqual([
      { peerId: first.peerId, mentorId: alternative.userId, kind: 'pin' },
    ]);
  });

  it('previews other weights without saving them', async () => {
    const weights = { activities: 0, availability: 0, area: 10, age: 0, background: 0, language: 0 };
    const res = await s.call('POST', at('/preview'), staff.cookie, { weights });
    expect(res.statusCode, res.body).toBe(200);
    const preview: Preview = res.json();
    expect(preview.proposals.length).toBe(round.proposals.length);
    for (const p of preview.proposals) expect([0, 100]).toContain(p.score);
    const again: RoundDetail = (await s.call('GET', at(), staff.cookie)).json();
    expect(again.weights).toEqual(round.weights);
    const now = new Map(again.proposals.map((p) => [p.peerId, p.mentorId]));
    for (const p of preview.proposals)
      expect(preview.changed.includes(p.peerId)).toBe(now.get(p.peerId) !== p.mentorId);
  });

  it('approves one, then several together; an approved peer leaves the pool', async () => {
    const [one, ...rest] = round.proposals;
    const res = await s.call('POST', at('/approve'), staff.cookie, {
      pairs: [{ peerId: one!.peerId, mentorId: one!.mentorId }],
    });
    expect(res.statusCode, res.body).toBe(200);
    round = res.json();
    expect(round.approvedPairs).toHaveLength(1);
    expect(round.peers.some((p) => p.userId === one!.peerId)).toBe(false);
    expect(round.mentors.find((m) => m.userId === one!.mentorId)!.excluded).toBe('at-capacity');
    const again = await s.call('POST', at('/approve'), staff.cookie, {
      pairs: [{ peerId: one!.peerId, mentorId: rest[0]!.mentorId }],
    });
    expect(again.json().code).toBe('PAIR_ALREADY_APPROVED');
    // All or none: a bad pair among good ones approves nothing.
    const mixed = await s.call('POST', at('/approve'), staff.cookie, {
      pairs: [
        { peerId: rest[0]!.peerId, mentorId: rest[0]!.mentorId },
        { peerId: rest[1]!.peerId, mentorId: one!.mentorId },
      ],
    });
    expect(mixed.json().code).toBe('PAIR_NOT_ADMISSIBLE');
    const together = await s.call('POST', at('/approve'), staff.cookie, {
      pairs: rest.slice(0, 2).map((p) => ({ peerId: p.peerId, mentorId: p.mentorId })),
    });
    expect(together.statusCode, together.body).toBe(200);
    expect(together.json().approvedPairs).toHaveLength(3);
    const list = await s.call('GET', rounds(), staff.cookie);
    expect(list.json().rounds[0]).toMatchObject({ id: round.id, approved: 3, status: 'open' });
  });

  it('counts active mentorships through the seam', async () => {
    const actor: Actor = {
      type: 'user',
      userId: staff.id,
      roles: { [programmeId]: ['staff'] },
      twoFactorEnabled: true,
      loggedInAt: new Date(),
    };
    const free = round.mentors.find((m) => !m.excluded)!;
    const detail = await getRound({
      db: s.t.db,
      actor,
      programmeId,
      roundId: round.id,
      activeMentorships: {
        countsOfMentors: async (_tx, ids) => new Map(ids.map((id) => [id, id === free.userId ? 1 : 0])),
        peersInPairs: async () => new Set(),
      },
    });
    expect(detail.mentors.find((m) => m.userId === free.userId)!.excluded).toBe('at-capacity');
    expect(detail.proposals.some((p) => p.mentorId === free.userId)).toBe(false);
  });

  it('is for staff: peers and mentors cannot open or see a round; a new round closes the old', async () => {
    const peer = await addPerson(s, { programmeId, roles: ['peer'] });
    expect((await s.call('POST', rounds(), peer.cookie)).statusCode).toBe(403);
    expect((await s.call('GET', at(), peer.cookie)).statusCode).toBe(403);
    const next = await s.call('POST', rounds(), staff.cookie);
    expect(next.statusCode).toBe(201);
    const old = (await s.call('GET', at(), staff.cookie)).json();
    expect(old.status).toBe('closed');
    const closed = await s.call('POST', at('/pins'), staff.cookie, { ...round.proposals[0], kind: 'forbid' });
    expect(closed.json().code).toBe('ROUND_CLOSED');
  });
});
