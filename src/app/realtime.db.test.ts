/**
 * The realtime hub over real sockets (decision 047): a handshake needs a session and our origin;
 * a topic is granted only by its prefix's check; a publish reaches subscribers once its
 * transaction commits, and not at all when it rolls back; with TEST_DATABASE_URL, two app
 * instances on one PostgreSQL database deliver a publish on one to a client of the other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../features/programmes/server/index.ts';
import { loadEnv } from '../server/env.ts';
import { LIVE_PATH } from '../server/realtime.ts';
import { testDatabaseKind } from '../server/testing/test-database.ts';
import { buildServer } from './server.ts';
import { addPerson, type TestPerson } from './testing/people.ts';
import { createTestServer, type TestServer } from './testing/test-server.ts';

type Message = { type: string; topic?: string; kind?: string; id?: string; code?: string; topics?: string[] };

/** A client that keeps every message it gets, to wait for the one a test expects. */
async function connect(port: number, options: { cookie?: string; origin: string }) {
  const socket = new WebSocket(`ws://127.0.0.1:${port}${LIVE_PATH}`, {
    headers: { origin: options.origin, ...(options.cookie ? { cookie: options.cookie } : {}) },
  });
  const messages: Message[] = [];
  const waiters: { match: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as Message;
    messages.push(message);
    for (const w of waiters.splice(0)) {
      if (w.match(message)) w.resolve(message);
      else waiters.push(w);
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_req, res) => reject(new Error(`refused: ${res.statusCode}`)));
    socket.once('error', reject);
  });
  const next = (match: (m: Message) => boolean, ms = 5_000) =>
    new Promise<Message>((resolve, reject) => {
      const seen = messages.find(match);
      if (seen) return resolve(seen);
      const timer = setTimeout(() => reject(new Error('no such message in time')), ms);
      waiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  await next((m) => m.type === 'ready');
  return {
    socket,
    messages,
    next,
    subscribe: (topic: string) => socket.send(JSON.stringify({ type: 'subscribe', topic })),
    close: () => socket.close(),
  };
}

const portOf = (s: { app: TestServer['app'] }) => {
  const address = s.app.server.address();
  return typeof address === 'object' && address ? address.port : 0;
};

describe('realtime hub', () => {
  let s: TestServer;
  let programmeId: string;
  let peer: TestPerson;
  let other: TestPerson;
  beforeAll(async () => {
    s = await createTestServer({ RATE_LIMIT_PER_MINUTE: String(Number.MAX_SAFE_INTEGER) });
    programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
    peer = await addPerson(s, { programmeId, roles: ['peer'] });
    other = await addPerson(s, { programmeId, roles: ['peer'] });
    // A prefix only tests have: the room of the peer's own id is theirs.
    s.app.realtime.registerTopic('test-room', async (userId, id) => userId === id);
    await s.app.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);
  afterAll(() => s.close());

  it('refuses a handshake without a session, with a bad session, or from another origin', async () => {
    const port = portOf(s);
    await expect(connect(port, { origin: s.env.publicUrl })).rejects.toThrow('refused: 401');
    await expect(
      connect(port, { origin: s.env.publicUrl, cookie: 'makker.session_token=forged.value' }),
    ).rejects.toThrow('refused: 401');
    await expect(connect(port, { origin: 'https://evil.example', cookie: peer.cookie })).rejects.toThrow(
      'refused: 403',
    );
  });

  it("subscribes a person to their own topic and refuses someone else's or an unknown prefix", async () => {
    const client = await connect(portOf(s), { origin: s.env.publicUrl, cookie: peer.cookie });
    expect(client.messages[0]).toEqual({ type: 'ready', topics: [`person:${peer.id}`] });
    for (const topic of [`person:${other.id}`, `test-room:${other.id}`, `nobody:${peer.id}`, 'no topic']) {
      client.subscribe(topic);
      expect(await client.next((m) => m.topic === topic)).toMatchObject({
        type: 'refused',
        code: 'FORBIDDEN',
      });
    }
    client.subscribe(`test-room:${peer.id}`);
    await client.next((m) => m.type === 'subscribed' && m.topic === `test-room:${peer.id}`);
    client.close();
  });

  it('delivers a publish when its transaction commits, never one rolled back, only to subscribers', async () => {
    const mine = await connect(portOf(s), { origin: s.env.publicUrl, cookie: peer.cookie });
    const theirs = await connect(portOf(s), { origin: s.env.publicUrl, cookie: other.cookie });
    const hub = s.app.realtime;
    await s.t.db
      .transaction(async (tx) => {
        await hub.publish(tx, `person:${peer.id}`, { kind: 'rolled-back' });
        throw new Error('roll back');
      })
      .catch(() => {});
    await s.t.db.transaction(async (tx) => {
      await hub.publish(tx, `person:${peer.id}`, { kind: 'test.changed', id: programmeId });
      // Not yet: the transaction is still open.
      await new Promise((r) => setTimeout(r, 50));
      expect(mine.messages.some((m) => m.type === 'event')).toBe(false);
    });
    const event = await mine.next((m) => m.type === 'event');
    expect(event).toEqual({
      type: 'event',
      topic: `person:${peer.id}`,
      kind: 'test.changed',
      id: programmeId,
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(mine.messages.filter((m) => m.type === 'event')).toHaveLength(1);
    expect(theirs.messages.filter((m) => m.type === 'event')).toHaveLength(0);
    mine.close();
    theirs.close();
  });

  it.runIf(testDatabaseKind() === 'postgres')(
    'delivers a publish on one instance to a client connected to another instance',
    async () => {
      const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000' });
      const secondDb = await s.t.openAnother();
      const second = await buildServer({ env, db: secondDb });
      await second.listen({ port: 0, host: '127.0.0.1' });
      try {
        const onSecond = await connect(portOf({ app: second }), {
          origin: env.publicUrl,
          cookie: peer.cookie,
        });
        const onFirst = await connect(portOf(s), { origin: s.env.publicUrl, cookie: peer.cookie });
        await s.app.realtime.publish(s.t.db.db, `person:${peer.id}`, { kind: 'test.across' });
        await onSecond.next((m) => m.kind === 'test.across');
        await second.realtime.publish(secondDb.db, `person:${peer.id}`, { kind: 'test.back' });
        await onFirst.next((m) => m.kind === 'test.back');
        onSecond.close();
        onFirst.close();
      } finally {
        await second.close();
      }
    },
  );
});
