/**
 * A round's proposals from a hand-made pool: as many peers matched as possible before the best
 * total, capacities above one, pins placed first and taking a place, a stale pin left out,
 * forbidden and must-not-match pairs never proposed, alternatives best first without the
 * proposal; and, over random pools, that no proposal breaks a hard constraint.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hardReasons } from '../compatibility.ts';
import { DEFAULT_MATCHING_SETTINGS, EMPTY_WISHES, type Wishes } from '../matching.contract.ts';
import { pairKey, type RoundPool } from './round-pool.ts';
import { ALTERNATIVES, solveRound } from './round-proposals.ts';

const wishes = (over: Partial<Wishes>): Wishes => ({ ...EMPTY_WISHES, ...over });
const peer = (userId: string, over: Partial<Wishes>) => ({
  userId,
  name: userId,
  excluded: null,
  side: { userId, wishes: wishes(over), paused: false },
});
const mentor = (userId: string, over: Partial<Wishes>, freePlaces = 1) => ({
  userId,
  name: userId,
  excluded: null,
  side: { userId, wishes: wishes(over), paused: false, ready: true, freePlaces },
});
const pool = (
  peers: RoundPool['peers'],
  mentors: RoundPool['mentors'],
  marks: [string, string][] = [],
): RoundPool => ({
  settings: DEFAULT_MATCHING_SETTINGS,
  peers,
  mentors,
  mustNotMatch: new Set(marks.map(([p, m]) => pairKey(p, m))),
  approved: [],
});
const weights = DEFAULT_MATCHING_SETTINGS.weights;
const thu = ['4-afternoon'];

describe('solveRound', () => {
  it('matches as many peers as possible before the best total', async () => {
    // p1 fits m1 best, but only m1 is free when p2 is: the maximum matching gives m1 to p2.
    const round = pool(
      [
        peer('p1', { availability: [...thu, '1-morning'], activities: ['walk'] }),
        peer('p2', { availability: ['1-morning'] }),
      ],
      [
        mentor('m1', { availability: ['1-morning'] }),
        mentor('m2', { availability: thu, activities: ['walk'] }),
      ],
    );
    const solved = await solveRound(round, weights, [], 2026);
    expect(solved.proposals.map((p) => [p.peerId, p.mentorId]).sort()).toEqual([
      ['p1', 'm2'],
      ['p2', 'm1'],
    ]);
    expect(solved.unmatched).toEqual([]);
  });

  it('gives a mentor with two places two peers, and leaves the third out', async () => {
    const round = pool(
      [peer('a', { availability: thu }), peer('b', { availability: thu }), peer('c', { availability: thu })],
      [mentor('m', { availability: thu }, 2)],
    );
    const solved = await solveRound(round, weights, [], 2026);
    expect(solved.proposals).toHaveLength(2);
    expect(solved.unmatched).toHaveLength(1);
  });

  it('places pins first, taking a place; forbids and must-not-match are never proposed; stale pins drop', async () => {
    const round = pool(
      [
        peer('a', { availability: thu, activities: ['walk'] }),
        peer('b', { availability: thu }),
        peer('c', { availability: thu }),
      ],
      [mentor('m1', { availability: thu, activities: ['walk'] }), mentor('m2', { availability: thu })],
      [['c', 'm2']],
    );
    const solved = await solveRound(
      round,
      weights,
      [
        { peerId: 'b', mentorId: 'm1', kind: 'pin' },
        { peerId: 'a', mentorId: 'm2', kind: 'forbid' },
        { peerId: 'c', mentorId: 'nobody', kind: 'pin' },
      ],
      2026,
    );
    expect(solved.proposals).toContainEqual(
      expect.objectContaining({ peerId: 'b', mentorId: 'm1', pinned: true }),
    );
    expect(solved.proposals).toHaveLength(1);
    expect(solved.unmatched.sort()).toEqual(['a', 'c']);
  });

  it('lists each person’s next best partners, best first, without their proposal', async () => {
    const mentors = [
      mentor('m1', { availability: thu, languages: ['en'] }),
      mentor('m2', { availability: thu }),
      mentor('m3', { availability: thu, area: 'Give' }),
      mentor('m4', { availability: thu, area: 'Give', activities: ['walk'] }),
    ];
    const solved = await solveRound(
      pool([peer('p', { availability: thu, area: 'Give', activities: ['walk'] })], mentors),
      weights,
      [],
      2026,
    );
    expect(solved.proposals[0]!.mentorId).toBe('m4');
    const alternatives = solved.alternatives.get('p')!;
    expect(alternatives.map((a) => a.userId)).toEqual(['m3', 'm2', 'm1']);
    expect(alternatives).toHaveLength(ALTERNATIVES);
    expect(solved.alternatives.get('m1')).toEqual([{ userId: 'p', score: expect.any(Number) }]);
  });

  it('never proposes a pair that breaks a hard constraint (random pools)', async () => {
    const slot = fc.constantFrom('1-morning', '2-evening', '4-afternoon');
    const side = fc.record({
      availability: fc.uniqueArray(slot, { maxLength: 2 }),
      gender: fc.constantFrom('female' as const, 'male' as const, null),
      partnerGender: fc.constantFrom('any' as const, 'female' as const, 'male' as const),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(side, { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(side, fc.integer({ min: 0, max: 2 }), fc.boolean()), {
          minLength: 1,
          maxLength: 4,
        }),
        async (peers, mentors) => {
          const round = pool(
            peers.map((w, i) => peer(`p${i}`, w)),
            mentors.map(([w, places, ready], i) => ({
              ...mentor(`m${i}`, w, places),
              side: { ...mentor(`m${i}`, w, places).side, ready },
            })),
            [['p0', 'm0']],
          );
          const solved = await solveRound(round, weights, [], 2026);
          const used = new Map<string, number>();
          for (const p of solved.proposals) {
            const pp = round.peers.find((x) => x.userId === p.peerId)!.side!;
            const mm = round.mentors.find((x) => x.userId === p.mentorId)!.side!;
            expect(
              hardReasons(pp, mm, {
                mustNotMatch: round.mustNotMatch.has(pairKey(p.peerId, p.mentorId)),
                forbidden: false,
              }),
            ).toEqual([]);
            used.set(p.mentorId, (used.get(p.mentorId) ?? 0) + 1);
          }
          for (const [id, n] of used)
            expect(n).toBeLessThanOrEqual(round.mentors.find((m) => m.userId === id)!.side!.freePlaces);
          expect(solved.proposals.length + solved.unmatched.length).toBe(peers.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
