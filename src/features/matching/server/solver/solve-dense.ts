/**
 * Minimum-cost assignment on a complete rows × cols cost matrix (rows ≤ cols): every row gets a
 * distinct column. Shortest augmenting paths with dual potentials (Jonker–Volgenant, in the form
 * without an initialisation phase described by Crouse, "On implementing 2D rectangular assignment
 * algorithms", 2016): one Dijkstra-like search per row over the columns not yet reached, so
 * O(rows² · cols) in the worst case and far less on typical inputs; a square matrix first gets
 * Jonker–Volgenant's start (reduceColumns), after which only the rows it leaves free are searched.
 * Typed arrays throughout, since this loop is what the round's solve time is made of.
 */
export function assignDense(cost: Float64Array, rows: number, cols: number): Int32Array {
  if (rows > cols) throw new RangeError('assignDense needs rows ≤ cols');
  if (cost.length !== rows * cols) throw new RangeError('cost matrix has the wrong size');
  const u = new Float64Array(rows);
  const v = new Float64Array(cols);
  const pathCost = new Float64Array(cols);
  const pathRow = new Int32Array(cols);
  const colOfRow = new Int32Array(rows).fill(-1);
  const rowOfCol = new Int32Array(cols).fill(-1);
  const remaining = new Int32Array(cols);
  const scannedRows = new Int32Array(rows);
  const scannedCols = new Int32Array(cols);
  if (rows === cols) reduceColumns(cost, rows, u, v, colOfRow, rowOfCol);

  for (let start = 0; start < rows; start++) {
    if (colOfRow[start]! >= 0) continue;
    pathCost.fill(Number.POSITIVE_INFINITY);
    for (let k = 0; k < cols; k++) remaining[k] = cols - 1 - k;
    let remainingCount = cols;
    let rowCount = 0;
    let colCount = 0;
    let reached = 0;
    let i = start;
    let sink = -1;
    while (sink < 0) {
      scannedRows[rowCount++] = i;
      const base = i * cols;
      const ui = u[i]!;
      let lowest = Number.POSITIVE_INFINITY;
      let at = -1;
      for (let k = 0; k < remainingCount; k++) {
        const j = remaining[k]!;
        let d = pathCost[j]!;
        const r = reached + cost[base + j]! - ui - v[j]!;
        if (r < d) {
          pathRow[j] = i;
          pathCost[j] = r;
          d = r;
        }
        // Among equally short columns prefer a free one: the search ends sooner.
        if (d < lowest || (d === lowest && rowOfCol[j]! < 0)) {
          lowest = d;
          at = k;
        }
      }
      if (at < 0) throw new RangeError('cost matrix has a row without finite costs');
      reached = lowest;
      const j = remaining[at]!;
      scannedCols[colCount++] = j;
      remaining[at] = remaining[--remainingCount]!;
      if (rowOfCol[j]! < 0) sink = j;
      else i = rowOfCol[j]!;
    }
    // Dual update: keeps every reduced cost non-negative and those on the matching zero.
    u[start] = u[start]! + reached;
    for (let k = 1; k < rowCount; k++) {
      const r = scannedRows[k]!;
      u[r] = u[r]! + reached - pathCost[colOfRow[r]!]!;
    }
    for (let k = 0; k < colCount; k++) {
      const j = scannedCols[k]!;
      v[j] = v[j]! - (reached - pathCost[j]!);
    }
    let j = sink;
    for (;;) {
      const r = pathRow[j]!;
      rowOfCol[j] = r;
      const previous = colOfRow[r]!;
      colOfRow[r] = j;
      if (r === start) break;
      j = previous;
    }
  }
  return colOfRow;
}

/**
 * Jonker–Volgenant's start for a square matrix. Column reduction: each column's potential is its
 * smallest cost, and a row that is the smallest of a column takes the first such column; when it
 * is the smallest of only that one, its potential is raised to its second-best reduced cost
 * (reduction transfer). Then two rounds of augmenting row reduction: a free row takes its best
 * column, lowering that column's potential to the row's second best, and the row it displaces is
 * tried next. Every pair stays feasible and every match tight, so the searches that follow only
 * run for the rows still free. Rectangular matrices skip it: there the columns left free must keep
 * potential 0 (the searches rely on it), which this start breaks.
 */
function reduceColumns(
  cost: Float64Array,
  n: number,
  u: Float64Array,
  v: Float64Array,
  colOfRow: Int32Array,
  rowOfCol: Int32Array,
): void {
  const argmin = new Int32Array(n);
  v.set(cost.subarray(0, n));
  for (let i = 1; i < n; i++) {
    const base = i * n;
    for (let j = 0; j < n; j++) {
      const c = cost[base + j]!;
      if (c < v[j]!) {
        v[j] = c;
        argmin[j] = i;
      }
    }
  }
  const minima = new Int32Array(n);
  for (let j = n - 1; j >= 0; j--) {
    const best = argmin[j]!;
    if (++minima[best]! === 1) {
      colOfRow[best] = j;
      rowOfCol[j] = best;
    }
  }
  const free: number[] = [];
  for (let i = 0; i < n; i++) {
    const j1 = colOfRow[i]!;
    if (j1 < 0) free.push(i);
    if (j1 < 0 || minima[i]! > 1) continue;
    let second = Number.POSITIVE_INFINITY;
    const base = i * n;
    for (let j = 0; j < n; j++) {
      if (j === j1) continue;
      const r = cost[base + j]! - v[j]!;
      if (r < second) second = r;
    }
    if (second !== Number.POSITIVE_INFINITY) v[j1] = v[j1]! - second;
  }
  augmentRows(cost, n, v, colOfRow, rowOfCol, free);
  for (let i = 0; i < n; i++) {
    const j = colOfRow[i]!;
    u[i] = j < 0 ? 0 : cost[i * n + j]! - v[j]!;
  }
}

function augmentRows(
  cost: Float64Array,
  n: number,
  v: Float64Array,
  colOfRow: Int32Array,
  rowOfCol: Int32Array,
  free: number[],
): void {
  for (let round = 0; round < 2 && free.length > 0; round++) {
    const rows = free.splice(0);
    let k = 0;
    // A row displaced with a strict gain is retried at once; bounded, as in LAPJV's practice.
    let steps = 0;
    while (k < rows.length) {
      const i = rows[k++]!;
      const base = i * n;
      let best = Number.POSITIVE_INFINITY;
      let second = Number.POSITIVE_INFINITY;
      let j1 = -1;
      let j2 = -1;
      for (let j = 0; j < n; j++) {
        const h = cost[base + j]! - v[j]!;
        if (h < second) {
          if (h >= best) {
            second = h;
            // Of two equally good columns, a free one first: no row is displaced.
            if (h === best && rowOfCol[j]! < 0 && rowOfCol[j1]! >= 0) {
              j2 = j1;
              j1 = j;
            } else j2 = j;
          } else {
            second = best;
            j2 = j1;
            best = h;
            j1 = j;
          }
        } else if (h === best && rowOfCol[j]! < 0 && rowOfCol[j1]! >= 0) j1 = j;
      }
      let displaced = rowOfCol[j1]!;
      const strict = best < second && second !== Number.POSITIVE_INFINITY;
      if (strict) v[j1] = v[j1]! - (second - best);
      else if (displaced >= 0 && j2 >= 0) {
        j1 = j2;
        displaced = rowOfCol[j2]!;
      }
      if (displaced >= 0) colOfRow[displaced] = -1;
      colOfRow[i] = j1;
      rowOfCol[j1] = i;
      if (displaced < 0) continue;
      if (strict && ++steps < 4 * n) rows[--k] = displaced;
      else free.push(displaced);
    }
  }
}
