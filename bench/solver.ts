/**
 * Solver benchmark (issue #7, matching): `npm run bench:solver`.
 * Dense n × n (n = 100, 1 000, 2 000; float scores and integer scores 0–100, one place per mentor)
 * and sparse 20 000 peers × 5 000 mentors with 50 admissible mentors per peer and capacity 4.
 * Each round times one solve by makker and, right after it, one by scipy on the same problem
 * (`linear_sum_assignment` dense; `min_weight_full_bipartite_matching` sparse, mentors expanded
 * into places since scipy has no capacities) in a Python process started once; the ratio is taken
 * per round and its median reported, as load from other processes moves both numbers of a round.
 * Targets: n = 1 000 ≤ 1.5 × scipy; the sparse case ≤ 2 s.
 * Environment: BENCH_PYTHON (an interpreter with scipy; else /usr/bin/python3 or python3 on PATH),
 * BENCH_SOLVER_ROUNDS (rounds for every case instead of the defaults), BENCH_SOLVER_CASES (a
 * comma-separated subset of the case names).
 * Results: bench/results/solver.json (latest) and a section appended to solver.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  type AssignmentProblem,
  solveAssignment,
  solveAssignmentOffThread,
} from '../src/features/matching/server/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dense(n: number, integer: boolean, seed: number): AssignmentProblem {
  const next = random(seed);
  const score = new Float64Array(n * n);
  for (let k = 0; k < score.length; k++) score[k] = integer ? Math.floor(next() * 101) : next() * 100;
  const rowStart = new Int32Array(n + 1);
  const mentor = new Int32Array(n * n);
  for (let p = 0; p < n; p++) {
    rowStart[p + 1] = (p + 1) * n;
    for (let m = 0; m < n; m++) mentor[p * n + m] = m;
  }
  return { peerCount: n, mentorCount: n, capacity: new Int32Array(n).fill(1), rowStart, mentor, score };
}

function sparse(peers: number, mentors: number, perPeer: number, capacity: number, seed: number) {
  const next = random(seed);
  const rowStart = new Int32Array(peers + 1);
  const mentor = new Int32Array(peers * perPeer);
  const score = new Float64Array(peers * perPeer);
  const chosen = new Int32Array(mentors).fill(-1);
  let k = 0;
  for (let p = 0; p < peers; p++) {
    for (let c = 0; c < perPeer; ) {
      const m = Math.floor(next() * mentors);
      if (chosen[m] === p) continue;
      chosen[m] = p;
      mentor[k] = m;
      score[k++] = next() * 100;
      c++;
    }
    rowStart[p + 1] = k;
  }
  const problem: AssignmentProblem = {
    peerCount: peers,
    mentorCount: mentors,
    capacity: new Int32Array(mentors).fill(capacity),
    rowStart,
    mentor,
    score,
  };
  return problem;
}

interface Case {
  name: string;
  label: string;
  rounds: number;
  target?: string;
  problem: () => AssignmentProblem;
}

const cases: Case[] = [
  ...[100, 1000, 2000].flatMap((n) =>
    [false, true].map((integer) => ({
      name: `dense-${n}-${integer ? 'int' : 'float'}`,
      label: `dense ${n} × ${n}, ${integer ? 'integer scores 0–100' : 'float scores'}`,
      rounds: n === 100 ? 21 : n === 1000 ? 9 : 5,
      target: n === 1000 ? 'ratio ≤ 1.5' : undefined,
      problem: () => dense(n, integer, n + (integer ? 1 : 0)),
    })),
  ),
  {
    name: 'sparse-20000x5000',
    label: 'sparse 20 000 × 5 000, 50 mentors per peer, capacity 4',
    rounds: 5,
    target: '≤ 2000 ms',
    problem: () => sparse(20_000, 5_000, 50, 4, 7),
  },
];

function findPython(): string | null {
  const candidates = [process.env.BENCH_PYTHON, '/usr/bin/python3', 'python3'].filter(Boolean) as string[];
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', 'import scipy'], { stdio: 'ignore' });
    if (probe.status === 0) return python;
  }
  return null;
}

function writeProblem(folder: string, name: string, p: AssignmentProblem) {
  const write = (suffix: string, a: Int32Array | Float64Array) =>
    fs.writeFileSync(
      path.join(folder, `${name}.${suffix}`),
      new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
    );
  write('score', p.score);
  write('rowStart', p.rowStart);
  write('mentor', p.mentor);
  write('capacity', p.capacity);
}

async function main() {
  const only = process.env.BENCH_SOLVER_CASES?.split(',');
  const selected = cases.filter((c) => !only || only.includes(c.name));
  const roundsOverride = process.env.BENCH_SOLVER_ROUNDS ? Number(process.env.BENCH_SOLVER_ROUNDS) : null;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'makker-solver-bench-'));
  const problems = new Map(selected.map((c) => [c.name, c.problem()]));
  const meta: Record<string, { kind: string; peers: number; mentors: number }> = {};
  for (const c of selected) {
    const p = problems.get(c.name)!;
    writeProblem(folder, c.name, p);
    meta[c.name] = { kind: c.name.split('-')[0]!, peers: p.peerCount, mentors: p.mentorCount };
  }
  fs.writeFileSync(path.join(folder, 'problems.json'), JSON.stringify(meta));

  const python = findPython();
  let scipyVersion: string | null = null;
  let askScipy: ((name: string) => Promise<{ ms: number; total: number; assigned: number }>) | null = null;
  let stopPython = () => {};
  if (python) {
    const child = spawn(python, [path.join(ROOT, 'bench/solver-scipy.py'), folder], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines = readline.createInterface({ input: child.stdout });
    const iterator = lines[Symbol.asyncIterator]();
    const nextLine = async () => {
      const { value, done } = await iterator.next();
      if (done) throw new Error('the scipy process ended early');
      return JSON.parse(value as string);
    };
    scipyVersion = (await nextLine()).scipy;
    askScipy = async (name) => {
      child.stdin.write(`${name}\n`);
      return nextLine();
    };
    stopPython = () => child.stdin.end();
  } else {
    console.warn('No Python with scipy found (set BENCH_PYTHON): measuring makker only.');
  }

  const rows = [];
  for (const c of selected) {
    const problem = problems.get(c.name)!;
    const rounds = roundsOverride ?? c.rounds;
    // Warm-up (JIT, caches) on both sides, not measured.
    const first = solveAssignment(problem);
    const firstScipy = await askScipy?.(c.name);
    const ours: number[] = [];
    const theirs: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      solveAssignment(problem);
      const ms = performance.now() - started;
      ours.push(ms);
      const s = await askScipy?.(c.name);
      if (s) {
        theirs.push(s.ms);
        ratios.push(ms / s.ms);
      }
    }
    // Off the main thread (what a large round in the server does): copying to the worker included.
    const offThread: number[] = [];
    for (let round = 0; round < Math.min(rounds, 3); round++) {
      const started = performance.now();
      await solveAssignmentOffThread(problem);
      offThread.push(performance.now() - started);
    }
    const row = {
      name: c.name,
      label: c.label,
      rounds,
      makkerMs: Number(median(ours).toFixed(2)),
      makkerOffThreadMs: Number(median(offThread).toFixed(2)),
      scipyMs: theirs.length ? Number(median(theirs).toFixed(2)) : null,
      ratio: ratios.length ? Number(median(ratios).toFixed(3)) : null,
      ratioSamples: ratios.map((r) => Number(r.toFixed(3))),
      target: c.target ?? '',
      assigned: first.assigned,
      total: first.total,
      totalsAgree: firstScipy
        ? firstScipy.assigned === first.assigned &&
          Math.abs(firstScipy.total - first.total) <= 1e-6 * Math.max(1, Math.abs(first.total))
        : null,
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  stopPython();
  fs.rmSync(folder, { recursive: true, force: true });

  const result = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load average ${os.loadavg()[0]!.toFixed(1)} at the end, Node ${process.version}`,
    scipy: scipyVersion ? `scipy ${scipyVersion} (${python})` : 'not measured',
    cases: rows,
  };
  fs.writeFileSync(path.join(ROOT, 'bench/results/solver.json'), `${JSON.stringify(result, null, 2)}\n`);
  const md = [
    `\n## ${result.date.slice(0, 16)} — ${result.machine}; ${result.scipy}`,
    '',
    '| case | rounds | makker median (ms) | in a worker from the sources, tsx start included (ms) | scipy median (ms) | median ratio makker/scipy (per round) | target | assigned, total | same as scipy |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.rounds} | ${r.makkerMs} | ${r.makkerOffThreadMs} | ${r.scipyMs ?? '–'} | **${r.ratio ?? '–'}** ${r.ratioSamples.length ? `(${r.ratioSamples.join(', ')})` : ''} | ${r.target} | ${r.assigned}, ${r.total.toFixed(3)} | ${r.totalsAgree === null ? '–' : r.totalsAgree ? 'yes' : '**no**'} |`,
    ),
    '',
  ].join('\n');
  fs.appendFileSync(path.join(ROOT, 'bench/results/solver.md'), md);
  console.log(md);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
