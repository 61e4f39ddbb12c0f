/**
 * The largest number of peers that can be matched at all (admissibility and capacities only, no
 * scores): Hopcroft–Karp with mentor capacities, after a greedy start. O(pairs · √peers). The
 * solver needs this number first so that the cost phase can be told exactly how many peers stay
 * unmatched (decision 032).
 */
export interface MatchingGraph {
  peerCount: number;
  mentorCount: number;
  capacity: Int32Array;
  rowStart: Int32Array;
  mentor: Int32Array;
}

export function maximumMatchingSize(graph: MatchingGraph): number {
  const { peerCount, mentorCount, capacity, rowStart, mentor } = graph;
  const placeStart = new Int32Array(mentorCount + 1);
  for (let m = 0; m < mentorCount; m++) placeStart[m + 1] = placeStart[m]! + capacity[m]!;
  const placePeer = new Int32Array(placeStart[mentorCount]!);
  const load = new Int32Array(mentorCount);
  const placeOfPeer = new Int32Array(peerCount).fill(-1);
  const take = (p: number, m: number) => {
    const place = placeStart[m]! + load[m]!;
    load[m] = load[m]! + 1;
    placePeer[place] = p;
    placeOfPeer[p] = place;
  };
  let matched = 0;
  for (let p = 0; p < peerCount; p++) {
    for (let k = rowStart[p]!; k < rowStart[p + 1]!; k++) {
      const m = mentor[k]!;
      if (load[m]! < capacity[m]!) {
        take(p, m);
        matched++;
        break;
      }
    }
  }
  const layer = new Int32Array(peerCount);
  const queue = new Int32Array(peerCount);
  const stack = new Int32Array(peerCount);
  const edgeAt = new Int32Array(peerCount);
  const placeAt = new Int32Array(peerCount);
  while (matched < peerCount) {
    // Breadth-first layers from the free peers, up to the first layer that reaches a free place.
    let head = 0;
    let tail = 0;
    for (let p = 0; p < peerCount; p++) {
      layer[p] = placeOfPeer[p]! < 0 ? 0 : -1;
      if (layer[p] === 0) queue[tail++] = p;
    }
    let limit = -1;
    while (head < tail) {
      const p = queue[head++]!;
      if (limit >= 0 && layer[p]! > limit) break;
      for (let k = rowStart[p]!; k < rowStart[p + 1]!; k++) {
        const m = mentor[k]!;
        if (load[m]! < capacity[m]!) {
          limit = layer[p]!;
          continue;
        }
        for (let place = placeStart[m]!; place < placeStart[m + 1]!; place++) {
          const q = placePeer[place]!;
          if (layer[q]! < 0) {
            layer[q] = layer[p]! + 1;
            queue[tail++] = q;
          }
        }
      }
    }
    if (limit < 0) break;
    // Depth-first along the layers for disjoint augmenting paths (iterative: paths can be long).
    let augmented = 0;
    for (let root = 0; root < peerCount; root++) {
      if (placeOfPeer[root]! >= 0 || layer[root] !== 0) continue;
      let depth = 0;
      stack[depth++] = root;
      edgeAt[root] = rowStart[root]!;
      placeAt[root] = -1;
      while (depth > 0) {
        const p = stack[depth - 1]!;
        let next = -1;
        let freeMentor = -1;
        while (edgeAt[p]! < rowStart[p + 1]!) {
          const m = mentor[edgeAt[p]!]!;
          if (load[m]! < capacity[m]!) {
            freeMentor = m;
            break;
          }
          if (placeAt[p]! < 0) placeAt[p] = placeStart[m]!;
          while (placeAt[p]! < placeStart[m + 1]!) {
            const q = placePeer[placeAt[p]!]!;
            placeAt[p] = placeAt[p]! + 1;
            if (layer[q] === layer[p]! + 1 && layer[q]! <= limit) {
              next = q;
              break;
            }
          }
          if (next >= 0) break;
          edgeAt[p] = edgeAt[p]! + 1;
          placeAt[p] = -1;
        }
        if (freeMentor >= 0) {
          // Each peer on the path takes the place of the one after it; the last takes a free place.
          let place = placeOfPeer[p]!;
          take(p, freeMentor);
          for (let d = depth - 2; d >= 0; d--) {
            const q = stack[d]!;
            const previous = placeOfPeer[q]!;
            placePeer[place] = q;
            placeOfPeer[q] = place;
            place = previous;
          }
          for (let d = 0; d < depth; d++) layer[stack[d]!] = -1;
          matched++;
          augmented++;
          break;
        }
        if (next >= 0) {
          stack[depth++] = next;
          edgeAt[next] = rowStart[next]!;
          placeAt[next] = -1;
        } else {
          layer[p] = -1;
          depth--;
        }
      }
    }
    if (augmented === 0) break;
  }
  return matched;
}
