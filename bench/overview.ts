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

const url = `/api/programmes/${programmeId}/mentorships`;
const times: number[] = [];
let pairsListed = 0;
for (let r = 0; r < ROUNDS + 3; r++) {
  const t0 = performance.now();
  const res = await app.inject({
    method: 'GET',
    url,
    headers: { origin: env.publicUrl, cookie: staff.cookie },
  });
  const ms = performance.now() - t0;
  if (res.statusCode !== 200)
    throw new Error(`overview answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
  pairsListed = res.json().pairs.length;
  if (r >= 3) times.push(ms); // three warm-up calls
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
const median = q(0.5);
const p99 = q(0.99);
const ok = median < 200;
const md = `# Staff overview of pairs (issue #8 point 12)

\`node --import tsx bench/overview.ts\` on ${new Date().toISOString().slice(0, 10)}: ${PAIRS} active pairs, ${perPair * PAIRS} meetings, in-memory PGlite, through the whole server (app.inject), ${ROUNDS} calls after 3 warm-up calls. Seeding took ${(seedMs / 1000).toFixed(1)} s.

| Database | Pairs listed | Median | p99 | Target (median < 200 ms) |
| -------- | ------------ | ------ | --- | ------------------------ |
| PGlite   | ${pairsListed} | ${median.toFixed(0)} ms | ${p99.toFixed(0)} ms | ${ok ? 'met' : 'NOT met'} |
`;
fs.writeFileSync(fileURLToPath(new URL('./results/overview.md', import.meta.url)), md);
console.info(md);
await app.close();
await db.close();
