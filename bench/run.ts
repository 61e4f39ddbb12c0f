/**
 * Foundation benchmarks (issue: the platform's foundation). Run with `npm run bench`.
 *  1. Cold start to /readyz = 200 with an existing embedded database (target < 3 s).
 *  2. HTTP throughput with autocannon on loopback, 100 connections, 15 s: /healthz (no database),
 *     /readyz and a small public JSON route, each run right after a run of a bare Fastify route
 *     (the baseline); target ≥ 50 % of the baseline's req/s. The ratio is taken per pair and its
 *     median over the rounds reported, since the machines are noisy.
 * Environment: BENCH_DURATION (s, default 15), BENCH_ROUNDS (default 3), BENCH_STARTS (default 7),
 * BENCH_DATABASE_URL (a PostgreSQL server to also measure against: the benchmark creates its own
 * database there and drops it afterwards).
 * Results: bench/results/foundation.json (latest) and a line appended to foundation.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { generateEncryptionKey } from '../src/server/crypto.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const duration = Number(process.env.BENCH_DURATION ?? 15);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const starts = Number(process.env.BENCH_STARTS ?? 7);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null)
      throw new Error(`process exited (${child.exitCode}) before ${url} was ready`);
    try {
      if ((await fetch(url)).status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${url}`);
}

function spawnNode(args: string[], env: Record<string, string>) {
  return spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      MAKKER_ENCRYPTION_KEYS: generateEncryptionKey('bench'),
      MAKKER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-1234',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

let nextPort = 3900;
async function startApp(env: Record<string, string>) {
  const port = nextPort++;
  const started = performance.now();
  // What `npm start` runs (decision 016); `npm run bench` builds it first.
  const child = spawnNode(['dist/server/main.js'], {
    PORT: String(port),
    RATE_LIMIT_PER_MINUTE: '100000000',
    ...env,
  });
  await waitFor(`http://127.0.0.1:${port}/readyz`, child);
  return { port, child, startMs: performance.now() - started };
}

async function load(url: string) {
  const result = await autocannon({ url, connections: 100, duration, pipelining: 1 });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'makker-bench-'));
  // First start creates, migrates and seeds the database; it is not what we measure.
  const first = await startApp({ MAKKER_DATA_DIR: dataDir, NODE_ENV: 'development' });
  await stop(first.child);

  const coldStarts: number[] = [];
  for (let i = 0; i < starts; i++) {
    const app = await startApp({ MAKKER_DATA_DIR: dataDir });
    coldStarts.push(app.startMs);
    await stop(app.child);
  }
  console.log(
    `cold start to /readyz: median ${median(coldStarts).toFixed(0)} ms (${coldStarts.map((x) => x.toFixed(0)).join(', ')})`,
  );

  const basePort = nextPort++;
  const bare = spawnNode(['--import', 'tsx', 'bench/bare-fastify.ts'], { PORT: String(basePort) });
  await waitFor(`http://127.0.0.1:${basePort}/json`, bare);
  const targets: { name: string; url: string; samples: Awaited<ReturnType<typeof load>>[] }[] = [
    { name: 'baseline: bare Fastify GET /json', url: `http://127.0.0.1:${basePort}/json`, samples: [] },
  ];
  const apps: ChildProcess[] = [bare];
  const pglite = await startApp({ MAKKER_DATA_DIR: dataDir });
  apps.push(pglite.child);
  targets.push(
    {
      name: 'makker GET /healthz (no database)',
      url: `http://127.0.0.1:${pglite.port}/healthz`,
      samples: [],
    },
    { name: 'makker (PGlite) GET /readyz', url: `http://127.0.0.1:${pglite.port}/readyz`, samples: [] },
    {
      name: 'makker (PGlite) GET /api/public/programmes',
      url: `http://127.0.0.1:${pglite.port}/api/public/programmes`,
      samples: [],
    },
  );
  let dropDatabase: (() => Promise<void>) | null = null;
  if (process.env.BENCH_DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
    await admin.connect();
    const name = `makker_bench_${Date.now().toString(36)}`;
    await admin.query(`create database ${name}`);
    dropDatabase = async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
    const url = new URL(process.env.BENCH_DATABASE_URL);
    url.pathname = `/${name}`;
    // As with the embedded database: the first start (development) migrates and seeds the demo,
    // and the measured instance runs as in production.
    const seeding = await startApp({ DATABASE_URL: url.toString(), NODE_ENV: 'development' });
    await stop(seeding.child);
    const pgApp = await startApp({ DATABASE_URL: url.toString() });
    apps.push(pgApp.child);
    targets.push(
      { name: 'makker (PostgreSQL) GET /readyz', url: `http://127.0.0.1:${pgApp.port}/readyz`, samples: [] },
      {
        name: 'makker (PostgreSQL) GET /api/public/programmes',
        url: `http://127.0.0.1:${pgApp.port}/api/public/programmes`,
        samples: [],
      },
    );
  }
  // Each measurement of a makker route is paired with a baseline measurement just before it, and
  // the ratio is taken per pair: load from other processes on a shared machine then moves both
  // numbers of a pair together instead of skewing the comparison.
  const [baselineTarget, ...measured] = targets;
  const ratios = new Map<string, number[]>(measured.map((t) => [t.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const target of measured) {
      const base = await load(baselineTarget!.url);
      baselineTarget!.samples.push(base);
      const sample = await load(target.url);
      target.samples.push(sample);
      ratios.get(target.name)!.push(sample.rps / base.rps);
      console.log(
        `round ${round + 1} ${target.name}: ${sample.rps.toFixed(0)} req/s (baseline just before: ${base.rps.toFixed(0)}), p99 ${sample.p99} ms, errors ${sample.errors}`,
      );
    }
  }
  await Promise.all(apps.map(stop));
  await dropDatabase?.();
  fs.rmSync(dataDir, { recursive: true, force: true });

  const rows = targets.map((t) => {
    const rps = median(t.samples.map((s) => s.rps));
    const pairs = ratios.get(t.name);
    return {
      name: t.name,
      rpsMedian: Math.round(rps),
      p99MedianMs: median(t.samples.map((s) => s.p99)),
      // The median of the per-pair ratios (1 for the baseline itself).
      ratioToBaseline: pairs ? Number(median(pairs).toFixed(3)) : 1,
      ratioSamples: pairs?.map((r) => Number(r.toFixed(3))) ?? [],
      errors: t.samples.reduce((a, s) => a + s.errors, 0),
    };
  });
  const result = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    settings: { durationS: duration, rounds, connections: 100, starts },
    coldStartMs: {
      median: Math.round(median(coldStarts)),
      samples: coldStarts.map(Math.round),
      target: 3000,
    },
    http: rows,
  };
  fs.writeFileSync(path.join(ROOT, 'bench/results/foundation.json'), `${JSON.stringify(result, null, 2)}\n`);
  const md = [
    `\n## ${result.date.slice(0, 16)} — ${result.machine}`,
    `Cold start to /readyz (existing embedded database, ${starts} starts): median **${result.coldStartMs.median} ms** (target < 3000 ms).`,
    '',
    `| route (100 connections, ${duration} s × ${rounds} rounds) | median req/s | median p99 (ms) | median ratio to the baseline run just before (per round) | errors |`,
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.rpsMedian} | ${r.p99MedianMs} | **${r.ratioToBaseline}** ${r.ratioSamples.length ? `(${r.ratioSamples.join(', ')})` : ''} | ${r.errors} |`,
    ),
    '',
  ].join('\n');
  fs.appendFileSync(path.join(ROOT, 'bench/results/foundation.md'), md);
  console.log(md);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
