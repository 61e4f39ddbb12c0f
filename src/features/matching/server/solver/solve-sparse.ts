/**
 * Minimum-cost assignment over admissible pairs only, with mentor capacities handled natively:
 * every peer gets a mentor, mentor m takes at most capacity[m] peers. Successive shortest
 * augmenting paths (the sparse form of Jonker–Volgenant) seen as a min-cost flow
 * peer → mentor → sink: one potential per mentor, so a mentor with four places is one node, not
 * four columns. From each peer in turn, Dijkstra over mentors on reduced costs; a mentor that is
 * full leads on to the peers it holds (their edges to it are tight), and the search ends at the
 * nearest mentor with a free place. Mentors with a free place keep potential 0 (the sink's), which
 * is why stopping there is exact.
 */
import { MentorHeap } from './mentor-heap.ts';

export interface SparseCosts {
  peerCount: number;
  mentorCount: number;
  capacity: Int32Array;
  rowStart: Int32Array;
  mentor: Int32Array;
  cost: Float64Array;
}

/**
 * The pair (index into mentor/cost) of each peer in a minimum-cost assignment that matches every
 * peer; throws if there is none.
 */
export function assignSparse(problem: SparseCosts): Int32Array {
  const { peerCount, mentorCount, capacity, rowStart, mentor, cost } = problem;
  const v = new Float64Array(mentorCount);
  const dist = new Float64Array(mentorCount).fill(Number.POSITIVE_INFINITY);
  const done = new Uint8Array(mentorCount);
  const predPeer = new Int32Array(mentorCount);
  const predEdge = new Int32Array(mentorCount);
  const touched = new Int32Array(mentorCount);
  const finished = new Int32Array(mentorCount);
  const heap = new MentorHeap(mentorCount, dist);
  // Places: mentor m owns places placeStart[m] … placeStart[m + 1] - 1, the first load[m] of them held.
  const placeStart = new Int32Array(mentorCount + 1);
  for (let m = 0; m < mentorCount; m++) placeStart[m + 1] = placeStart[m]! + capacity[m]!;
  const placePeer = new Int32Array(placeStart[mentorCount]!);
  const load = new Int32Array(mentorCount);
  const edgeOfPeer = new Int32Array(peerCount).fill(-1);
  const placeOfPeer = new Int32Array(peerCount);

  for (let start = 0; start < peerCount; start++) {
    let touchedCount = 0;
    let finishedCount = 0;
    // Scans the start peer first (scanned = -1), then the peers of each full mentor popped. The
    // nearest mentor with a free place found so far bounds the search: nothing at that distance
    // or beyond can lie on a shorter path, so it is neither kept nor put in the heap.
    let end = -1;
    let bound = Number.POSITIVE_INFINITY;
    let scanned = -1;
    for (;;) {
      const first = scanned < 0 ? 0 : placeStart[scanned]!;
      const last = scanned < 0 ? 1 : placeStart[scanned + 1]!;
      for (let place = first; place < last; place++) {
        const q = scanned < 0 ? start : placePeer[place]!;
        // Distance to q: its edge to the mentor it holds is tight (reduced cost 0).
        const base = scanned < 0 ? 0 : dist[scanned]! - (cost[edgeOfPeer[q]!]! - v[scanned]!);
        for (let k = rowStart[q]!; k < rowStart[q + 1]!; k++) {
          const m = mentor[k]!;
          const d = base + cost[k]! - v[m]!;
          if (d >= bound || d >= dist[m]! || done[m]) continue;
          if (dist[m] === Number.POSITIVE_INFINITY) touched[touchedCount++] = m;
          dist[m] = d;
          predPeer[m] = q;
          predEdge[m] = k;
          if (load[m]! < capacity[m]!) {
            bound = d;
            end = m;
          } else heap.push(m);
        }
      }
      if (heap.isEmpty || dist[heap.peek()]! >= bound) break;
      const m = heap.pop();
      done[m] = 1;
      finished[finishedCount++] = m;
      scanned = m;
    }
    if (end < 0) throw new RangeError(`peer ${start} cannot be matched`);
    const reached = dist[end]!;
    for (let k = 0; k < finishedCount; k++) {
      const m = finished[k]!;
      v[m] = v[m]! + dist[m]! - reached;
    }
    // Augment: each peer on the path takes the place of the next one; the last takes a free place.
    let m = end;
    let place = placeStart[end]! + load[end]!;
    load[end] = load[end]! + 1;
    for (;;) {
      const q = predPeer[m]!;
      const previousEdge = edgeOfPeer[q]!;
      const previousPlace = placeOfPeer[q]!;
      placePeer[place] = q;
      placeOfPeer[q] = place;
      edgeOfPeer[q] = predEdge[m]!;
      if (q === start) break;
      m = mentor[previousEdge]!;
      place = previousPlace;
    }
    heap.clear();
    for (let k = 0; k < touchedCount; k++) {
      const t = touched[k]!;
      dist[t] = Number.POSITIVE_INFINITY;
      done[t] = 0;
    }
  }
  return edgeOfPeer;
}
