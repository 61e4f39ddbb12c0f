/**
 * The evaluation dashboard (issue #9 point 12): `node --import tsx bench/dashboard.ts`.
 *
 * 1. A programme of 5 000 participants (all peers: one role, the largest cell a dashboard
 *    computes) × 4 waves × the full battery (every scored instrument, the optional SWLS and AHS
 *    included, plus the network and use measures): raw item codes drawn with mulberry32, scored
 *    once, then `computeDashboard` timed over BENCH_DASHBOARD_ROUNDS rounds (default 15, after 2
 *    warm-ups). Baseline in the same rounds: the same pairs reduced to one median of change per
 *    cell (the least any dashboard does). Target: median < 1 s.
 * 2. The exact signed-rank p for n = 30 differences with ties and zeros (codes −3…3), over 2 000
 *    calls; baseline: the same call with the normal approximation only. Target: median < 5 ms.
 * Results: a section appended to bench/results/dashboard.md and bench/results/dashboard.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import { BATTERY } from '../src/features/evaluation/instruments/battery.ts';
import { scoreInstrument } from '../src/features/evaluation/instruments/score-instrument.ts';
import type { Wave } from '../src/features/evaluation/questionnaire.contract.ts';
import {
  computeDashboard,
  type DashboardInput,
  type DashboardRecord,
} from '../src/features/evaluation/server/dashboard-compute.ts';
import { measuresOf } from '../src/features/evaluation/server/dashboard-data.ts';
import type { LoadedInstruments } from '../src/features/evaluation/server/questionnaire-view.ts';
import { mulberry32 } from '../src/features/evaluation/stats/mulberry32.ts';
import { median } from '../src/features/evaluation/stats/quantile.ts';
import { signedRankTest } from '../src/features/evaluation/stats/signed-rank.ts';

const PEOPLE = Number(process.env.BENCH_DASHBOARD_PEOPLE ?? 5000);
const ROUNDS = Number(process.env.BENCH_DASHBOARD_ROUNDS ?? 15);
const CALLS = 2000;
const WAVES: Wave[] = ['T0', 'T1', 'T2', 'T3'];

const time = (f: () => unknown) => {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

// The battery as the database holds it (rows with versions), for the measures.
const instruments = BATTERY.map((b, i) => ({
  row: { ...b, id: `i${i}`, position: i },
  versions: b.versions.map((v, k) => ({ ...v, version: 1, wordingHash: `hash-${i}-${k}` })),
})) as unknown as LoadedInstruments;
const measures = measuresOf(instruments);
const scored = BATTERY.filter((b) => b.scoring);

const random = mulberry32(20261201);
const records: DashboardRecord[] = [];
const scoreStart = process.hrtime.bigint();
for (let p = 0; p < PEOPLE; p++) {
  const level = random();
  for (const [w, wave] of WAVES.entries()) {
    if (w > 0 && random() < 0.15) continue; // about 15 % missing per later wave
    const values: Record<string, number | null> = {};
    for (const b of scored) {
      const d = b.scoring!;
      const answers: Record<number, number | null> = {};
      for (let item = 1; item <= d.itemCount; item++) {
        const u = Math.min(0.999, Math.max(0, level + w * 0.05 + (random() - 0.5) * 0.6));
        answers[item] =
          random() < 0.02 ? null : d.codes.min + Math.floor(u * (d.codes.max - d.codes.min + 1));
      }
      values[b.key] = scoreInstrument(d, answers).scales.total ?? null;
    }
    values['network-nonusing-weekly'] = Math.floor(random() * 6 + w * 0.3);
    values['network-supportive'] = Math.floor(random() * 6);
    values['days-abstinent'] = random() < 0.8 ? 30 : Math.floor(random() * 30);
    records.push({ person: `p${p}`, wave, completed: true, values, relapse: w > 0 ? random() < 0.2 : null });
  }
}
const scoringMs = Number(process.hrtime.bigint() - scoreStart) / 1e6;
const input: DashboardInput = {
  programmeName: 'Bench',
  role: 'peer',
  cohort: null,
  cohorts: [],
  measures,
  records,
  now: new Date(),
};

function baseline() {
  const byKey = new Map<string, Map<string, number>>();
  for (const r of records)
    for (const m of measures) {
      const v = r.values[m.key];
      if (typeof v === 'number') {
        const key = `${m.key}|${r.wave}`;
        const map = byKey.get(key) ?? new Map<string, number>();
        map.set(r.person, v);
        byKey.set(key, map);
      }
    }
  for (const m of measures)
    for (const w of ['T1', 'T2', 'T3']) {
      const before = byKey.get(`${m.key}|T0`)!;
      const after = byKey.get(`${m.key}|${w}`)!;
      const d: number[] = [];
      for (const [p, x] of before) if (after.has(p)) d.push(after.get(p)! - x);
      median(d);
    }
}

const dash: number[] = [];
const base: number[] = [];
for (let round = 0; round < ROUNDS + 2; round++) {
  const b = time(baseline);
  const t = time(() => computeDashboard(input));
  if (round >= 2) {
    dash.push(t);
    base.push(b);
  }
}
const cells = computeDashboard(input).outcomes.reduce((n, o) => n + o.comparisons.length, 0);

const srRandom = mulberry32(30);
const d30 = Array.from({ length: 30 }, () => Math.floor(srRandom() * 7) - 3);
const exact: number[] = [];
const normal: number[] = [];
for (let i = 0; i < CALLS + 100; i++) {
  const n = time(() => signedRankTest(d30, 'wilcox', 0));
  const e = time(() => signedRankTest(d30, 'wilcox'));
  if (i >= 100) {
    exact.push(e);
    normal.push(n);
  }
}
const test = signedRankTest(d30);

const r = (x: number, digits = 2) => Number(x.toFixed(digits));
const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)} at the end, Node ${process.version}`,
  dashboard: {
    people: PEOPLE,
    records: records.length,
    measures: measures.length,
    cells,
    rounds: ROUNDS,
    scoringFromRawItemsMs: r(scoringMs, 0),
    medianMs: r(median(dash), 1),
    baselineMedianMs: r(median(base), 1),
    ratio: r(median(dash.map((t, i) => t / base[i]!))),
    targetMet: median(dash) < 1000,
  },
  signedRank: {
    n: 30,
    nZero: test.nZero,
    tieGroups: test.tieGroupSizes.length,
    pExact: test.exact!.twoSided,
    calls: CALLS,
    medianMs: r(median(exact), 3),
    baselineNormalOnlyMedianMs: r(median(normal), 3),
    ratio: r(median(exact.map((t, i) => t / normal[i]!))),
    targetMet: median(exact) < 5,
  },
};
console.log(JSON.stringify(result, null, 2));

fs.mkdirSync('bench/results', { recursive: true });
const mdPath = 'bench/results/dashboard.md';
const head = fs.existsSync(mdPath)
  ? ''
  : '# The evaluation dashboard (issue #9 point 12)\n\n`node --import tsx bench/dashboard.ts`\n';
const D = result.dashboard;
const S = result.signedRank;
fs.appendFileSync(
  mdPath,
  `${head}
## ${result.date.slice(0, 16)}Z — ${result.machine}

${D.people} participants × 4 waves (${D.records} questionnaires, ~15 % missing per later wave) × ${D.measures} measures (the full battery and the derived measures), ${D.cells} cells; scoring the raw items took ${D.scoringFromRawItemsMs} ms once. ${D.rounds} rounds after 2 warm-ups. Signed-rank: n = ${S.n} (${S.nZero} zeros, ${S.tieGroups} tie groups), ${S.calls} calls.

| Computation | median | baseline (same run) | ratio | target | met |
| --- | --- | --- | --- | --- | --- |
| computeDashboard, one role, ${D.people} people | ${D.medianMs} ms | ${D.baselineMedianMs} ms (one median of change per cell) | ${D.ratio} | < 1 s | ${D.targetMet ? 'yes' : 'NO'} |
| exact signed-rank p, n = 30 with ties | ${S.medianMs} ms | ${S.baselineNormalOnlyMedianMs} ms (normal approximation only) | ${S.ratio} | < 5 ms | ${S.targetMet ? 'yes' : 'NO'} |
`,
);
fs.writeFileSync('bench/results/dashboard.json', `${JSON.stringify(result, null, 2)}\n`);
