/**
 * The assignment problem of a matching round, on typed arrays: peers (rows) choose among the
 * mentors they may be matched with (admissible pairs, each with a score); mentor m takes at most
 * `capacity[m]` peers. Admissible pairs are stored per peer (compressed sparse rows), so a dense
 * problem is the special case where every pair is listed.
 */
export interface AssignmentProblem {
  peerCount: number;
  mentorCount: number;
  /** Peers a mentor may take (non-negative integers), length mentorCount. */
  capacity: Int32Array;
  /** The admissible pairs of peer p are entries rowStart[p] … rowStart[p + 1] - 1. */
  rowStart: Int32Array;
  /** Mentor of each admissible pair. */
  mentor: Int32Array;
  /** Score of each admissible pair (finite; higher is better). */
  score: Float64Array;
}

/** An optimal assignment: as many peers as possible matched, then the largest total score. */
export interface AssignmentSolution {
  /** Mentor of each peer, or -1 when the peer is not matched. */
  mentorOfPeer: Int32Array;
  /** Number of matched peers. */
  assigned: number;
  /** Sum of the scores of the matched pairs. */
  total: number;
}

/** Builds a problem from a score table where null (or undefined) marks a pair that is not admissible. */
export function problemFromScores(
  scores: readonly (readonly (number | null | undefined)[])[],
  capacity: readonly number[],
): AssignmentProblem {
  const peerCount = scores.length;
  let pairs = 0;
  for (const row of scores) for (const s of row) if (s != null) pairs++;
  const rowStart = new Int32Array(peerCount + 1);
  const mentor = new Int32Array(pairs);
  const score = new Float64Array(pairs);
  let k = 0;
  scores.forEach((row, p) => {
    row.forEach((s, m) => {
      if (s == null) return;
      mentor[k] = m;
      score[k++] = s;
    });
    rowStart[p + 1] = k;
  });
  return {
    peerCount,
    mentorCount: capacity.length,
    capacity: Int32Array.from(capacity),
    rowStart,
    mentor,
    score,
  };
}

/** True when every peer may be matched with every mentor, each pair listed once in mentor order. */
export function isComplete(problem: AssignmentProblem): boolean {
  const { peerCount, mentorCount, rowStart, mentor } = problem;
  if (mentor.length !== peerCount * mentorCount) return false;
  for (let p = 0; p < peerCount; p++) {
    const start = rowStart[p]!;
    if (start !== p * mentorCount) return false;
    for (let k = 0; k < mentorCount; k++) if (mentor[start + k] !== k) return false;
  }
  return true;
}

/** The pairs of a solution as [peer, mentor], by peer. */
export function solutionPairs(solution: AssignmentSolution): [number, number][] {
  const pairs: [number, number][] = [];
  solution.mentorOfPeer.forEach((m, p) => {
    if (m >= 0) pairs.push([p, m]);
  });
  return pairs;
}
