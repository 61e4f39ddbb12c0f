/**
 * A round's proposals from its pool: every admissible pair scored and explained, pinned pairs
 * placed first (each takes one of its mentor's places), the rest solved by the optimal
 * assignment (decision 032: most peers matched, then the best total), and for each person the
 * next best admissible partners. Pure apart from the solver; the pool is loaded elsewhere.
 */
import { hardReasons, scorePair } from '../compatibility.ts';
import type { Pair, Pin, RoundPerson, Weights } from '../matching.contract.ts';
import { pairKey, type RoundPool } from './round-pool.ts';
import { problemFromScores } from './solver/assignment-problem.ts';
import { solveAssignmentOffThread } from './solver/solve-off-thread.ts';

export const ALTERNATIVES = 3;

export interface RoundProposals {
  proposals: Pair[];
  unmatched: string[];
  total: number;
  alternatives: Map<string, RoundPerson['alternatives']>;
}

type Scored = Omit<Pair, 'pinned'>;

/** Every admissible pair of the pool, scored with `weights`, by `peer:mentor`. */
export function admissiblePairs(
  pool: RoundPool,
  weights: Weights,
  pins: readonly Pin[],
  year: number,
): Map<string, Scored> {
  const forbidden = new Set(
    pins.filter((p) => p.kind === 'forbid').map((p) => pairKey(p.peerId, p.mentorId)),
  );
  const pairs = new Map<string, Scored>();
  for (const peer of pool.peers) {
    if (peer.excluded || !peer.side) continue;
    for (const mentor of pool.mentors) {
      if (mentor.excluded || !mentor.side) continue;
      const key = pairKey(peer.userId, mentor.userId);
      const reasons = hardReasons(peer.side, mentor.side, {
        mustNotMatch: pool.mustNotMatch.has(key),
        forbidden: forbidden.has(key),
      });
      if (reasons.length > 0) continue;
      pairs.set(key, {
        peerId: peer.userId,
        mentorId: mentor.userId,
        ...scorePair(peer.side.wishes, mentor.side.wishes, weights, year),
      });
    }
  }
  return pairs;
}

export async function solveRound(
  pool: RoundPool,
  weights: Weights,
  pins: readonly Pin[],
  year: number,
): Promise<RoundProposals> {
  const pairs = admissiblePairs(pool, weights, pins, year);
  const places = new Map(pool.mentors.map((m) => [m.userId, m.excluded || !m.side ? 0 : m.side.freePlaces]));
  const proposals: Pair[] = [];
  const placed = new Set<string>();
  // A pin that is no longer admissible (the pool changed) is left out rather than forced.
  for (const pin of pins) {
    const pair = pairs.get(pairKey(pin.peerId, pin.mentorId));
    if (pin.kind !== 'pin' || !pair || placed.has(pin.peerId) || (places.get(pin.mentorId) ?? 0) <= 0)
      continue;
    proposals.push({ ...pair, pinned: true });
    placed.add(pin.peerId);
    places.set(pin.mentorId, places.get(pin.mentorId)! - 1);
  }
  const peers = pool.peers.filter((p) => !p.excluded && !placed.has(p.userId));
  const mentors = pool.mentors.filter((m) => !m.excluded);
  const scores = peers.map((p) => mentors.map((m) => pairs.get(pairKey(p.userId, m.userId))?.score ?? null));
  const solution = await solveAssignmentOffThread(
    problemFromScores(
      scores,
      mentors.map((m) => places.get(m.userId) ?? 0),
    ),
  );
  const unmatched: string[] = [];
  peers.forEach((peer, p) => {
    const m = solution.mentorOfPeer[p]!;
    if (m < 0) unmatched.push(peer.userId);
    else proposals.push({ ...pairs.get(pairKey(peer.userId, mentors[m]!.userId))!, pinned: false });
  });
  const total = Math.round(proposals.reduce((s, p) => s + p.score, 0) * 100) / 100;
  return { proposals, unmatched, total, alternatives: alternativesOf(pairs, proposals) };
}

/** For each person, the best admissible partners besides their proposal, best first. */
function alternativesOf(pairs: Map<string, Scored>, proposals: Pair[]) {
  const proposed = new Set(proposals.map((p) => pairKey(p.peerId, p.mentorId)));
  const lists = new Map<string, { userId: string; score: number }[]>();
  const add = (who: string, other: string, score: number) => {
    const list = lists.get(who) ?? [];
    list.push({ userId: other, score });
    lists.set(who, list);
  };
  for (const [key, pair] of pairs) {
    if (proposed.has(key)) continue;
    add(pair.peerId, pair.mentorId, pair.score);
    add(pair.mentorId, pair.peerId, pair.score);
  }
  for (const [who, list] of lists)
    lists.set(
      who,
      list.sort((a, b) => b.score - a.score || a.userId.localeCompare(b.userId)).slice(0, ALTERNATIVES),
    );
  return lists;
}
