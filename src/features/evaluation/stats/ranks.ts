/**
 * Mid-ranks (R `rank(ties.method = "average")`), returned doubled so that they are integers:
 * a tie group at sorted positions i…j (1-based) gets rank (i + j)/2, doubled i + j. Values are
 * tied when they are equal as doubles, as in R and SciPy: 0.1 + 0.2 and 0.3 are not tied.
 */
export interface DoubledRanks {
  /** 2 × mid-rank of each value, in input order. */
  doubled: number[];
  /** Sizes of the tie groups (size ≥ 2), in ascending order of value. */
  tieGroupSizes: number[];
}

export function doubledMidRanks(values: readonly number[]): DoubledRanks {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const doubled: number[] = new Array(values.length).fill(0);
  const tieGroupSizes: number[] = [];
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]!] === values[order[start]!]) end++;
    for (let k = start; k <= end; k++) doubled[order[k]!] = start + 1 + (end + 1);
    if (end > start) tieGroupSizes.push(end - start + 1);
    start = end + 1;
  }
  return { doubled, tieGroupSizes };
}

/** Σ (t³ − t) over tie groups, the tie term of the signed-rank variance. */
export function tieCorrection(tieGroupSizes: readonly number[]): number {
  return tieGroupSizes.reduce((sum, t) => sum + t ** 3 - t, 0);
}
