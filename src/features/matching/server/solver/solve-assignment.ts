/**
 * The optimal assignment of a round: as many peers matched as possible, then the largest total
 * score — exactly, without a bonus per match (decision 032). First the largest number of peers
 * that can be matched, K; then a minimum-cost assignment that must match every peer, where
 * peerCount − K places of "no mentor" are open to every peer at cost 0. Such an assignment matches
 * exactly K peers with real mentors (at least K because the "no mentor" places run out, at most K
 * because K is the maximum), so minimising Σ(maxScore − score) over it maximises the total among
 * the assignments of maximum size. A complete problem (every pair admissible) needs neither step:
 * it goes to the dense solver with mentors expanded into places, transposed when places are fewer
 * than peers, so that the smaller side is matched in full.
 */
import { type AssignmentProblem, type AssignmentSolution, isComplete } from './assignment-problem.ts';
import { maximumMatchingSize } from './maximum-matching.ts';
import { assignDense } from './solve-dense.ts';
import { assignSparse } from './solve-sparse.ts';

export interface SolveOptions {
  /** false: use the admissible-pairs solver even for a complete problem (tests and benchmark). */
  dense?: boolean;
}

/** Solves a round's assignment problem on the calling thread (see solveAssignmentOffThread for large ones). */
export function solveAssignment(problem: AssignmentProblem, options: SolveOptions = {}): AssignmentSolution {
  checkShape(problem);
  const mentorOfPeer = new Int32Array(problem.peerCount).fill(-1);
  const complete = options.dense !== false && isComplete(problem);
  if (problem.score.length > 0) {
    let maxScore = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < problem.score.length; k++)
      if (problem.score[k]! > maxScore) maxScore = problem.score[k]!;
    if (complete) assignComplete(problem, maxScore, mentorOfPeer);
    else assignAdmissible(problem, maxScore, mentorOfPeer);
  }
  let assigned = 0;
  let total = 0;
  for (let p = 0; p < problem.peerCount; p++) {
    const m = mentorOfPeer[p]!;
    if (m < 0) continue;
    assigned++;
    total += complete ? problem.score[p * problem.mentorCount + m]! : scoreOf(problem, p, m);
  }
  return { mentorOfPeer, assigned, total };
}

function assignComplete(problem: AssignmentProblem, maxScore: number, mentorOfPeer: Int32Array): void {
  const { peerCount: peers, mentorCount: mentors, capacity, score } = problem;
  const placeMentor: number[] = [];
  for (let m = 0; m < mentors; m++) for (let c = 0; c < capacity[m]!; c++) placeMentor.push(m);
  const places = placeMentor.length;
  if (places === 0) return;
  const transposed = places < peers;
  const rows = transposed ? places : peers;
  const cols = transposed ? peers : places;
  const cost = new Float64Array(rows * cols);
  for (let p = 0; p < peers; p++) {
    const base = p * mentors;
    if (transposed) {
      for (let j = 0; j < places; j++) cost[j * cols + p] = maxScore - score[base + placeMentor[j]!]!;
    } else {
      const row = p * cols;
      for (let j = 0; j < places; j++) cost[row + j] = maxScore - score[base + placeMentor[j]!]!;
    }
  }
  const colOfRow = assignDense(cost, rows, cols);
  for (let r = 0; r < rows; r++) {
    if (transposed) mentorOfPeer[colOfRow[r]!] = placeMentor[r]!;
    else mentorOfPeer[r] = placeMentor[colOfRow[r]!]!;
  }
}

function assignAdmissible(problem: AssignmentProblem, maxScore: number, mentorOfPeer: Int32Array): void {
  const { peerCount: peers, mentorCount: mentors, capacity, rowStart, mentor, score } = problem;
  const unmatched = peers - maximumMatchingSize(problem);
  const pairs = score.length;
  const extra = unmatched > 0 ? peers : 0;
  const costs = {
    peerCount: peers,
    mentorCount: mentors + (extra ? 1 : 0),
    capacity: extra ? withNoMentor(capacity, unmatched) : capacity,
    rowStart: new Int32Array(peers + 1),
    mentor: new Int32Array(pairs + extra),
    cost: new Float64Array(pairs + extra),
  };
  let k = 0;
  for (let p = 0; p < peers; p++) {
    for (let e = rowStart[p]!; e < rowStart[p + 1]!; e++, k++) {
      costs.mentor[k] = mentor[e]!;
      costs.cost[k] = maxScore - score[e]!;
    }
    if (extra) costs.mentor[k++] = mentors; // "no mentor", cost 0
    costs.rowStart[p + 1] = k;
  }
  const edgeOfPeer = assignSparse(costs);
  for (let p = 0; p < peers; p++) {
    const m = costs.mentor[edgeOfPeer[p]!]!;
    mentorOfPeer[p] = m < mentors ? m : -1;
  }
}

function withNoMentor(capacity: Int32Array, places: number): Int32Array {
  const result = new Int32Array(capacity.length + 1);
  result.set(capacity);
  result[capacity.length] = places;
  return result;
}

function scoreOf(problem: AssignmentProblem, p: number, m: number): number {
  for (let e = problem.rowStart[p]!; e < problem.rowStart[p + 1]!; e++) {
    if (problem.mentor[e] === m) return problem.score[e]!;
  }
  throw new RangeError(`peer ${p} was given mentor ${m} outside its pairs`);
}

function checkShape(problem: AssignmentProblem): void {
  const { peerCount, mentorCount, capacity, rowStart, mentor, score } = problem;
  let ok =
    capacity.length === mentorCount &&
    rowStart.length === peerCount + 1 &&
    rowStart[0] === 0 &&
    rowStart[peerCount] === mentor.length &&
    score.length === mentor.length;
  for (let m = 0; ok && m < mentorCount; m++) ok = capacity[m]! >= 0;
  for (let p = 0; ok && p < peerCount; p++) ok = rowStart[p]! <= rowStart[p + 1]!;
  for (let k = 0; ok && k < mentor.length; k++) {
    const m = mentor[k]!;
    ok = m >= 0 && m < mentorCount && Number.isFinite(score[k]!);
  }
  if (!ok) throw new RangeError('malformed assignment problem');
}
