/**
 * The staff overview of pairs (issue #8 point 12): 2 000 active pairs and 100 000 meetings in one
 * programme, seeded directly in a fresh in-memory PGlite, then `GET /api/programmes/:id/mentorships`
 * as a staff member through the whole server (app.inject: routing, access, audit, serialisation).
 * Target: median under 200 ms. Writes bench/results/overview.md.
 *
 *   node --import tsx bench/overview.ts
 *
 * Knobs: BENCH_OVERVIEW_PAIRS (2000), BENCH_OVERVIEW_MEETINGS (100000), BENCH_OVERVIEW_ROUNDS (30).
 * PostgreSQL (BENCH_DATABASE_URL) is not measured yet.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../src/app/server.ts';
import { addPerson } from '../src/app/testing/people.ts';
import { createUser } from '../src/features/accounts/server/index.ts';
import { meeting } from '../src/features/mentorships/server/index.ts';
import { mentorship } from '../src/features/mentorships/server/mentorships.table.ts';
import { openDatabase } from '../src/server/db.ts';
import { loadEnv } from '../src/server/env.ts';
import { createProgramme } from '../src/server/testing/factories.ts';

const PAIRS = Number(process.env.BENCH_OVERVIEW_PAIRS ?? 2000);
const MEETINGS = Number(process.env.BENCH_OVERVIEW_MEETINGS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_OVERVIEW_ROUNDS ?? 30);
const DAY = 86_400_000;

const db = await openDatabase({ kind: 'pglite', dataDir: null });
await db.migrate();
const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
const app = await buildServer({ env, db });
const programmeId = (await createProgramme(db, 'Benchmark')).id;
const staff = await addPerson({ app, env, t: { db } } as never, { programmeId, roles: ['staff'] });

const seedStart = performance.now();
const today = new Date();
const perPair = Math.floor(MEETINGS / PAIRS);
await db.withProgramme(programmeId, async (tx) => {
  const rows: (typeof mentorship.$inferInsert)[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const peerId = await createUser(tx, {
      name: `Peer ${i}`,
      email: `peer-${i}@bench.test`,
      programmeId,
      roles: ['peer'],
    });
    const mentorId = await createUser(tx, {
      name: `Mentor ${i}`,
      email: `mentor-${i}@bench.test`,
      programmeId,
      roles: ['mentor'],
    });
    const start = new Date(today.getTime() - (perPair * 2 + 7) * DAY).toISOString().slice(0, 10);
    rows.push({
      programmeId,
      peerId,
      mentorId,
      state: 'active',
      rhythm: i % 3 ? 'weekly' : 'fortnightly',
      startDate: start,
      plannedEnd: new Date(today.getTime() + 60 * DAY).toISOString().slice(0, 10),
    });
  }
  const ids = await tx.insert(mentorship).values(rows).returning({ id: mentorship.id });
  const meetings: (typeof meeting.$inferInsert)[] = [];
  for (const [p, { id }] of ids.entries())
    for (let m = 0; m < perPair; m++)
      meetings.push({
        programmeId,
        mentorshipId: id,
        startsAt: new Date(today.getTime() - (m * 2 + (p % 5)) * DAY),
        placeType: 'cafe',
        status: 'happened',
      });
  for (let i = 0; i < meetings.length; i += 5000)
    await tx.insert(meeting).values(meetings.slice(i, i + 5000));
});
const seedMs = performance.now() - seedStart;

// Each round calls the overview and, right after, a baseline: the programme's mentorship rules,
// a tiny staff route through the same server, access check, programme transaction and reply. The
// ratio (median of the per-round ratios) moves little when other processes load the machine.
const url = `/api/programmes/${programmeId}/mentorships`;
const baselineUrl = `/api/programmes/${programmeId}/mentorship-settings`;
const call = async (target: string) => {
  const t0 = performance.now();
  const res = await app.inject({
    method: 'GET',
    url: target,
    headers: { origin: env.publicUrl, cookie: staff.cookie },
  });
  const ms = performance.now() - t0;
  if (res.statusCode !== 200)
    throw new Error(`${target} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
  return { ms, body: res.json() };
};
const times: number[] = [];
const baseTimes: number[] = [];
const ratios: number[] = [];
let pairsListed = 0;
let pairsCounted = 0;
for (let r = 0; r < ROUNDS + 3; r++) {
  const overview = await call(url);
  const base = await call(baselineUrl);
  pairsListed = overview.body.pairs.length;
  pairsCounted = overview.body.total;
  if (r < 3) continue; // three warm-up rounds
  times.push(overview.ms);
  baseTimes.push(base.ms);
  ratios.push(overview.ms / base.ms);
}
// The computation this replaced (decision 044), timed directly for 5 rounds in the same run:
// every meeting of every pair read, then the light and strip of weeks computed in JS.
const { courseSummary, meetingsOf, pausesOf } = await import(
  '../src/features/mentorships/server/course-facts.ts'
);
const legacyTimes: number[] = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  await db.withProgramme(programmeId, async (tx) => {
    const rows = await tx.select().from(mentorship);
    const ids = rows.map((row) => row.id);
    const meetings = await meetingsOf(tx, ids);
    const pauses = await pausesOf(tx, ids);
    for (const row of rows) courseSummary(row, meetings.get(row.id)!, pauses.get(row.id)!);
  });
  legacyTimes.push(performance.now() - t0);
}
const sorted = (xs: number[]) => xs.slice().sort((a, b) => a - b);
const q = (xs: number[], p: number) => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
};
const median = q(times, 0.5);
const p99 = q(times, 0.99);
const ok = median < 200;
const os = await import('node:os');
const section = `## ${new Date().toISOString().slice(0, 16)}Z — PGlite, ${os.cpus().length} CPUs, node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)}

${PAIRS} active pairs, ${perPair * PAIRS} meetings, in-memory PGlite, through the whole server (app.inject), ${ROUNDS} rounds after 3 warm-ups. Seeding took ${(seedMs / 1000).toFixed(1)} s. The overview counts, lights and sorts all ${pairsCounted} pairs in SQL and lists (reads names of, audits) the first ${pairsListed} (\`limit\`, decision 044).

| Call | median ms | p99 ms | target |
| --- | --- | --- | --- |
| GET /mentorships (the overview) | ${median.toFixed(1)} | ${p99.toFixed(1)} | median < 200 ms: ${ok ? 'met' : 'NOT met'} |
| GET /mentorship-settings (baseline, same rounds) | ${q(baseTimes, 0.5).toFixed(1)} | ${q(baseTimes, 0.99).toFixed(1)} | |
| ratio overview / baseline (median of per-round ratios) | ${q(ratios, 0.5).toFixed(1)} × | | |
| the replaced computation alone (all meetings read, computed in JS; 5 rounds, no HTTP, no audit) | ${q(legacyTimes, 0.5).toFixed(1)} | ${q(legacyTimes, 0.99).toFixed(1)} | |
`;
const file = fileURLToPath(new URL('./results/overview.md', import.meta.url));
const heading = '# Staff overview of pairs (issue #8 point 12)\n\n`node --import tsx bench/overview.ts`\n\n';
const previous = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
fs.writeFileSync(
  file,
  `${previous.startsWith(heading) ? previous : heading}${previous.startsWith(heading) ? '\n' : ''}${section}`,
);
console.info(section);
await app.close();
await db.close();
