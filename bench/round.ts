/**
 * A matching round of the demo programme at 30 × 30 (issue #7, "from click to proposals on screen
 * under 300 ms"): `node --import tsx bench/round.ts`. Starts makker on a fresh test database with
 * the demo seed (embedded PGlite in memory, as `npm start` runs it), tops the demo programme up
 * to 30 waiting peers (not in a pair, no live proposal) and 30 mentors with wishes profiles (the extra mentors ready by the training
 * rule: members of a ready demo mentor's cohort with the same attendance), logs a staff member in
 * and times the API call behind the click — POST /matching-rounds, which opens the round and
 * returns its solved, explained proposals — and the GET a reload makes, over BENCH_ROUND_ROUNDS
 * rounds (default 40, after 5 warm-ups) through Fastify's inject (no network). Then, when the web
 * app is built (`npm run build`) and Chromium is there (CHROMIUM_PATH, default /usr/bin/chromium),
 * the whole click in a 390 px browser: staff on /matching press "Åbn en ny matchrunde" and the
 * clock stops when the round's proposals are on screen (BENCH_ROUND_CLICKS, default 15, after 2
 * warm-ups). Target: under 300 ms. Results: a section appended to bench/results/round.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import { and, eq, inArray } from 'drizzle-orm';
import { chromium } from 'playwright-core';
import { seedDemo } from '../src/app/demo.ts';
import { buildServer, WEB_ROOT } from '../src/app/server.ts';
import { addPerson } from '../src/app/testing/people.ts';
import { createUser, findPeopleWithRole } from '../src/features/accounts/server/index.ts';
import {
  DEFAULT_MATCHING_SETTINGS,
  EMPTY_WISHES,
  type RoundDetail,
} from '../src/features/matching/matching.contract.ts';
import { LIVE_STATUSES, matchProposal } from '../src/features/matching/server/matching.table.ts';
import { storeProfile } from '../src/features/matching/server/wishes-store.ts';
import { peersWithOpenMentorship } from '../src/features/mentorships/server/index.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../src/features/programmes/server/index.ts';
import { mentorReadiness } from '../src/features/training/server/index.ts';
import { attendance, cohortMember, courseSession } from '../src/features/training/server/training.table.ts';
import { openDatabase } from '../src/server/db.ts';
import { loadEnv } from '../src/server/env.ts';

const SIZE = 30;
const ROUNDS = Number(process.env.BENCH_ROUND_ROUNDS ?? 40);
const WARMUP = 5;
const CLICKS = Number(process.env.BENCH_ROUND_CLICKS ?? 15);
const PORT = Number(process.env.BENCH_ROUND_PORT ?? 3391);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};

const ACTIVITIES = DEFAULT_MATCHING_SETTINGS.activities.map((a) => a.key);
const PARTS = ['morning', 'afternoon', 'evening'] as const;
function wishesFor(i: number) {
  const pick = <T>(list: readonly T[], n: number, step: number) => [
    ...new Set(Array.from({ length: n }, (_, k) => list[(i * step + k * 3) % list.length]!)),
  ];
  return {
    ...EMPTY_WISHES,
    activities: pick(ACTIVITIES, 3, 7),
    availability: pick([1, 2, 3, 4, 5], 3, 2).map((d, k) => `${d}-${PARTS[(i + k) % 3]}`),
    area: DEFAULT_MATCHING_SETTINGS.areas[i % DEFAULT_MATCHING_SETTINGS.areas.length]!,
    gender: i % 2 ? ('female' as const) : ('male' as const),
    birthYear: 1960 + ((i * 7) % 40),
    partnerAge: i % 3 === 0 ? { min: 25, max: 65 } : null,
    background: (['alcohol', 'drugs', 'both'] as const)[i % 3]!,
    sameBackgroundMatters: i % 4 === 0,
  };
}

async function main() {
  const db = await openDatabase({ kind: 'pglite', dataDir: null });
  await db.migrate();
  const env = loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: String(Number.MAX_SAFE_INTEGER),
    PUBLIC_URL: `http://localhost:${PORT}`,
  });
  await seedDemo(db, env);
  const app = await buildServer({ env, db });
  const s = {
    app,
    env,
    t: { db },
    call: (method: 'GET' | 'POST', url: string, cookie: string) =>
      app.inject({ method, url, headers: { origin: env.publicUrl, cookie } }),
    close: async () => {
      await app.close();
      await db.close();
    },
  };
  const programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
  const staff = await addPerson(s, { programmeId, roles: ['staff'] });
  await s.t.db.withProgramme(programmeId, async (tx) => {
    const mentors = await findPeopleWithRole(tx, programmeId, ['mentor']);
    const mentorIds = new Set(mentors.map((m) => m.id));
    // Waiting peers only: not those in a pair or with a live proposal (the demo has both).
    const allPeers = (await findPeopleWithRole(tx, programmeId, ['peer'])).filter(
      (p) => !mentorIds.has(p.id),
    );
    const paired = await peersWithOpenMentorship(
      tx,
      allPeers.map((p) => p.id),
    );
    const live = new Set(
      (
        await tx
          .select({ peerId: matchProposal.peerId })
          .from(matchProposal)
          .where(inArray(matchProposal.status, [...LIVE_STATUSES]))
      ).map((r) => r.peerId),
    );
    const peers = allPeers.filter((p) => !paired.has(p.id) && !live.has(p.id));
    const readiness = await mentorReadiness(tx, [...mentorIds]);
    const model = mentors.find((m) => readiness.get(m.id)?.ready)!;
    const [place] = await tx.select().from(cohortMember).where(eq(cohortMember.userId, model.id));
    const sessions = await tx
      .select({ id: courseSession.id })
      .from(courseSession)
      .where(eq(courseSession.cohortId, place!.cohortId));
    const marks = await tx
      .select()
      .from(attendance)
      .where(
        and(
          eq(attendance.userId, model.id),
          inArray(
            attendance.sessionId,
            sessions.map((x) => x.id),
          ),
        ),
      );
    for (let i = peers.length; i < SIZE; i++) {
      const id = await createUser(tx, {
        name: `Bench Peer ${i}`,
        email: `bench-peer-${i}@makker.test`,
        programmeId,
        roles: ['peer'],
      });
      await storeProfile(
        tx,
        { programmeId, userId: id, role: 'peer' },
        { wishes: wishesFor(i), by: staff.id },
      );
    }
    for (let i = mentors.length; i < SIZE; i++) {
      const id = await createUser(tx, {
        name: `Bench Mentor ${i}`,
        email: `bench-mentor-${i}@makker.test`,
        programmeId,
        roles: ['mentor'],
      });
      await storeProfile(
        tx,
        { programmeId, userId: id, role: 'mentor' },
        { wishes: wishesFor(i + 100), by: staff.id },
      );
      await tx.insert(cohortMember).values({ ...place!, userId: id });
      if (marks.length) await tx.insert(attendance).values(marks.map((m) => ({ ...m, userId: id })));
    }
  });

  const open = async () => {
    const t0 = performance.now();
    const res = await s.call('POST', `/api/programmes/${programmeId}/matching-rounds`, staff.cookie);
    const ms = performance.now() - t0;
    if (res.statusCode !== 201) throw new Error(res.body);
    return { ms, round: res.json() as RoundDetail };
  };
  const reload = async (id: string) => {
    const t0 = performance.now();
    const res = await s.call('GET', `/api/programmes/${programmeId}/matching-rounds/${id}`, staff.cookie);
    if (res.statusCode !== 200) throw new Error(res.body);
    return performance.now() - t0;
  };
  for (let i = 0; i < WARMUP; i++) await reload((await open()).round.id);
  const opens: number[] = [];
  const reloads: number[] = [];
  let shape = '';
  for (let i = 0; i < ROUNDS; i++) {
    const { ms, round } = await open();
    opens.push(ms);
    reloads.push(await reload(round.id));
    shape = `${round.peers.length} peers × ${round.mentors.length} mentors, ${round.proposals.length} proposals`;
  }
  const clicks = await clickToProposals(app, staff.cookie);
  await s.close();
  const row = (name: string, xs: number[]) =>
    `| ${name} | ${quantile(xs, 0.5).toFixed(1)} | ${quantile(xs, 0.99).toFixed(1)} | ${quantile(xs, 0.99) < 300 ? 'yes' : 'no'} |`;
  const section = [
    `## ${new Date().toISOString().slice(0, 16)}Z — PGlite, ${os.cpus().length} CPUs, node ${process.version}`,
    '',
    `${shape}; ${ROUNDS} rounds after ${WARMUP} warm-ups.`,
    '',
    '| Call | median ms | p99 ms | p99 < 300 ms |',
    '| --- | --- | --- | --- |',
    row('POST /matching-rounds (open + solve + explain + audit)', opens),
    row('GET /matching-rounds/:id (reload)', reloads),
    clicks
      ? row(
          `Chromium at 390 px: click "Åbn en ny matchrunde" → proposals on screen (${clicks.length} clicks)`,
          clicks,
        )
      : '| Chromium: not measured (no built web app or no Chromium) | | | |',
    '',
  ].join('\n');
  console.log(section);
  const file = new URL('./results/round.md', import.meta.url);
  if (!fs.existsSync(file))
    fs.writeFileSync(
      file,
      '# A matching round of the demo programme, 30 × 30\n\n`node --import tsx bench/round.ts`\n\n',
    );
  fs.appendFileSync(file, `${section}\n`);
}

/**
 * The click as staff make it: /matching at 390 px, "Åbn en ny matchrunde", until the first
 * proposal of the new round is visible. Null when the web app is not built or Chromium is absent.
 */
async function clickToProposals(app: Awaited<ReturnType<typeof buildServer>>, cookie: string) {
  if (!fs.existsSync(`${WEB_ROOT}/index.html`) || !fs.existsSync(CHROMIUM)) return null;
  await app.listen({ port: PORT, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'da-DK' });
    const [name, ...value] = cookie.split(';')[0]!.split('=');
    await context.addCookies([{ name: name!, value: value.join('='), url: `http://localhost:${PORT}` }]);
    const page = await context.newPage();
    const times: number[] = [];
    for (let i = 0; i < CLICKS + 2; i++) {
      await page.goto(`http://localhost:${PORT}/matching`);
      const button = page.getByRole('button', { name: 'Åbn en ny matchrunde' });
      await button.waitFor();
      const before = page.url();
      const t0 = performance.now();
      await button.click();
      await page.waitForURL((url) => url.href !== before && url.pathname.startsWith('/matching/runder/'));
      await page.locator('ol.matching-list > li.matching-card').first().waitFor();
      if (i >= 2) times.push(performance.now() - t0);
    }
    return times;
  } finally {
    await browser.close();
  }
}

await main();
