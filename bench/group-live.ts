/**
 * The closed group's live delivery (issue #10 point 11): 1 000 WebSocket clients (the `ws`
 * package) connected to two makker instances on one PostgreSQL database, half to each, all
 * subscribed to the programme's group; a member posts through the HTTP API of one instance
 * (alternating) and every client must get the event. Latency per client is from sending the POST
 * to the event arriving at that socket: the post's own work (policy, word list, sealing, the
 * insert, NOTIFY at commit), LISTEN on both instances and the fan-out. Target: p99 under 500 ms on
 * loopback. Writes bench/results/group-live.md.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node --import tsx bench/group-live.ts
 *
 * Knobs: BENCH_LIVE_CLIENTS (1000), BENCH_LIVE_POSTS (30), BENCH_LIVE_PEOPLE (20: the clients are
 * that many logged-in members with several devices each; a login costs an argon2 hash, so 1 000
 * people would measure the seeding, not the hub). Clients run in the harness's process, beside
 * both servers: on a small machine they share its cores.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import WebSocket from 'ws';
import { buildServer } from '../src/app/server.ts';
import { addPerson, type TestPerson } from '../src/app/testing/people.ts';
import { openDatabase } from '../src/server/db.ts';
import { loadEnv } from '../src/server/env.ts';
import { LIVE_PATH } from '../src/server/realtime.ts';
import { createProgramme } from '../src/server/testing/factories.ts';

const BASE = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CLIENTS = Number(process.env.BENCH_LIVE_CLIENTS ?? 1000);
const POSTS = Number(process.env.BENCH_LIVE_POSTS ?? 30);
const PEOPLE = Number(process.env.BENCH_LIVE_PEOPLE ?? 20);

const name = `makker_bench_live_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: BASE });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(BASE);
url.pathname = `/${name}`;

const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000' });
const dbA = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 10 });
await dbA.migrate();
const dbB = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 10 });
const a = await buildServer({ env, db: dbA });
const b = await buildServer({ env, db: dbB });
await a.listen({ port: 0, host: '127.0.0.1' });
await b.listen({ port: 0, host: '127.0.0.1' });
const portOf = (app: typeof a) => {
  const address = app.server.address();
  return typeof address === 'object' && address ? address.port : 0;
};

const programmeId = (await createProgramme(dbA, 'Benchmark')).id;
const people: TestPerson[] = [];
const seedStart = performance.now();
for (let i = 0; i < PEOPLE; i++) {
  people.push(
    await addPerson({ app: a, env, t: { db: dbA } }, { programmeId, roles: [i % 2 ? 'mentor' : 'peer'] }),
  );
}
const poster = people[0]!;
const accepted = await a.inject({
  method: 'POST',
  url: `/api/programmes/${programmeId}/group/house-rules`,
  headers: { origin: env.publicUrl, cookie: poster.cookie },
});
if (accepted.statusCode !== 200) throw new Error(`house rules: ${accepted.statusCode}`);
const seedMs = performance.now() - seedStart;

// Each client: connected, subscribed to the group, noting when each post's event arrives.
const topic = `programme-group:${programmeId}`;
const arrivals = new Map<string, number[]>();
const connectStart = performance.now();
const sockets: WebSocket[] = [];
const connectOne = (i: number) =>
  new Promise<void>((resolve, reject) => {
    const app = i % 2 ? b : a;
    const socket = new WebSocket(`ws://127.0.0.1:${portOf(app)}${LIVE_PATH}`, {
      headers: { origin: env.publicUrl, cookie: people[i % PEOPLE]!.cookie },
    });
    sockets.push(socket);
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; kind?: string; id?: string };
      if (message.type === 'ready') socket.send(JSON.stringify({ type: 'subscribe', topic }));
      else if (message.type === 'subscribed') resolve();
      else if (message.type === 'event' && message.kind === 'group.post' && message.id) {
        const at = performance.now();
        const list = arrivals.get(message.id) ?? [];
        list.push(at);
        arrivals.set(message.id, list);
      }
    });
    socket.once('error', reject);
  });
for (let i = 0; i < CLIENTS; i += 50) {
  await Promise.all(Array.from({ length: Math.min(50, CLIENTS - i) }, (_, k) => connectOne(i + k)));
}
const connectMs = performance.now() - connectStart;
const held = [a.realtime.connectionCount, b.realtime.connectionCount];

const latencies: number[] = [];
const perPostP99: number[] = [];
let complete = 0;
for (let n = 0; n < POSTS + 3; n++) {
  const app = n % 2 ? b : a;
  const sent = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: `/api/programmes/${programmeId}/group/posts`,
    payload: { body: `Benchmark-opslag ${n}` },
    headers: { origin: env.publicUrl, cookie: poster.cookie },
  });
  if (res.statusCode !== 201) throw new Error(`post ${n}: ${res.statusCode} ${res.body}`);
  const id = (res.json() as { id: string }).id;
  const deadline = performance.now() + 10_000;
  while ((arrivals.get(id)?.length ?? 0) < CLIENTS && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 5));
  }
  const got = arrivals.get(id) ?? [];
  if (n < 3) continue; // warm-up posts
  if (got.length === CLIENTS) complete++;
  const these = got.map((t) => t - sent).sort((x, y) => x - y);
  perPostP99.push(these[Math.ceil(0.99 * these.length) - 1] ?? Number.NaN);
  latencies.push(...these);
  await new Promise((r) => setTimeout(r, 50));
}

latencies.sort((x, y) => x - y);
const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)]!;
const [median, p90, p99, max] = [q(0.5), q(0.9), q(0.99), latencies.at(-1)!];
const ok = p99 < 500 && complete === POSTS;
const md = `# Live delivery in the closed group (issue #10 point 11)

\`node --import tsx bench/group-live.ts\` on ${new Date().toISOString().slice(0, 10)}: ${CLIENTS} WebSocket clients
(\`ws\`) on two makker instances (${held[0]} + ${held[1]} connections) sharing one PostgreSQL database
(LISTEN/NOTIFY, decision 047), ${PEOPLE} logged-in members with several devices each, all subscribed
to the programme's group. ${POSTS} posts through \`POST …/group/posts\` (alternating instances) after 3
warm-up posts; latency is from sending the POST to the event at each socket. Loopback; clients,
both servers and PostgreSQL on one machine (load average at the end: ${(await import('node:os')).loadavg()[0]!.toFixed(1)}).
Seeding took ${(seedMs / 1000).toFixed(1)} s, connecting the clients ${(connectMs / 1000).toFixed(1)} s.

| Clients | Posts reaching every client | Median | p90 | p99 | Max | Target (p99 < 500 ms) |
| ------- | --------------------------- | ------ | --- | --- | --- | --------------------- |
| ${CLIENTS} | ${complete} of ${POSTS} | ${median.toFixed(0)} ms | ${p90.toFixed(0)} ms | ${p99.toFixed(0)} ms | ${max.toFixed(0)} ms | ${ok ? 'met' : 'NOT met'} |

p99 of each post: ${perPostP99.map((v) => v.toFixed(0)).join(', ')} ms.
`;
fs.writeFileSync(fileURLToPath(new URL('./results/group-live.md', import.meta.url)), md);
console.info(md);

for (const socket of sockets) socket.terminate();
await a.close();
await b.close();
await dbA.close();
await dbB.close();
await admin.query(`drop database if exists ${name} with (force)`);
await admin.end();
