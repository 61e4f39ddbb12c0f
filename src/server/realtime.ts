/**
 * The realtime hub: one WebSocket per browser at `/api/live`, topics the server authorises, and
 * `publish(exec, topic, event)` that reaches every instance through PostgreSQL LISTEN/NOTIFY
 * (decision 047).
 *
 * - A connection needs a session (the actor is resolved by the server's onRequest hook, as for
 *   any API call) and an `Origin` equal to PUBLIC_URL (browsers send cookies with cross-site
 *   WebSocket handshakes; SameSite=Lax does not stop them).
 * - The connection is subscribed to `person:<its user id>` at once. Other topics are asked for
 *   with `{type:'subscribe', topic}` and granted only by the check a feature registered for the
 *   topic's prefix (`programme-group:<id>` …); the checks run again at every heartbeat, so a
 *   person who leaves a programme stops hearing of it within one heartbeat.
 * - Events carry a kind and ids only, never personal data: a client refetches through the API,
 *   which checks access and audits as always.
 * - `publish` runs `pg_notify` on the executor it is given: inside a transaction it is sent when
 *   the transaction commits and dropped when it rolls back.
 */
import websocket from '@fastify/websocket';
import { sql } from 'drizzle-orm';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import { type Actor, ROLES } from './access.ts';
import type { Database, Executor } from './db.ts';
import { AppError, sendProblem } from './errors.ts';
import type { App } from './http.ts';

export const LIVE_PATH = '/api/live';
const CHANNEL = 'makker_live';
const TOPIC = /^([a-z][a-z0-9-]{0,31}):([A-Za-z0-9-]{1,64})$/;
const MAX_TOPICS = 32;

/** What a client is told: something of `kind` changed (ids only). */
export interface LiveEvent {
  kind: string;
  id?: string;
}

/** Who may subscribe to `<prefix>:<id>`; must look at the database, not at cached roles. */
export type TopicCheck = (userId: string, id: string) => Promise<boolean>;

type User = Extract<Actor, { type: 'user' }>;

interface Connection {
  socket: WebSocket;
  userId: string;
  topics: Set<string>;
  alive: boolean;
}

const clientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribe'), topic: z.string().max(100) }),
  z.object({ type: z.literal('unsubscribe'), topic: z.string().max(100) }),
]);

const notification = z.object({
  t: z.string().regex(TOPIC),
  k: z.string().max(64),
  i: z.string().max(64).optional(),
});

export interface RealtimeHubOptions {
  db: Database;
  publicUrl: string;
  /** Ping interval; a connection that missed one pong is closed. */
  heartbeatMs?: number;
}

/** The hub of one instance; see the module comment. */
export class RealtimeHub {
  readonly #db: Database;
  readonly #origin: string;
  readonly #heartbeatMs: number;
  readonly #checks = new Map<string, TopicCheck>();
  readonly #byTopic = new Map<string, Set<Connection>>();
  readonly #connections = new Set<Connection>();
  #stopListening: (() => Promise<void>) | null = null;
  #heartbeat: NodeJS.Timeout | null = null;

  constructor(options: RealtimeHubOptions) {
    this.#db = options.db;
    this.#origin = new URL(options.publicUrl).origin;
    this.#heartbeatMs = options.heartbeatMs ?? 30_000;
    this.#checks.set('person', async (userId, id) => userId === id);
  }

  /** Lets a feature say who may hear of topics `<prefix>:<id>` (one check per prefix). */
  registerTopic(prefix: string, check: TopicCheck): void {
    if (this.#checks.has(prefix)) throw new Error(`topic prefix ${prefix} is registered twice`);
    this.#checks.set(prefix, check);
  }

  /** Tells every subscriber of `topic`, on every instance, once `exec`'s transaction commits. */
  async publish(exec: Executor, topic: string, event: LiveEvent): Promise<void> {
    if (!TOPIC.test(topic)) throw new TypeError(`not a topic: ${topic}`);
    const payload = JSON.stringify({ t: topic, k: event.kind, ...(event.id ? { i: event.id } : {}) });
    await exec.execute(sql`select pg_notify(${CHANNEL}, ${payload})`);
  }

  /** How many connections this instance holds (for tests and the benchmark). */
  get connectionCount(): number {
    return this.#connections.size;
  }

  /** Registers the WebSocket plugin's route; call before listening. */
  async register(app: App): Promise<void> {
    await app.register(websocket, { options: { maxPayload: 4096 } });
    app.addHook('onReady', async () => this.#start());
    app.addHook('preClose', async () => this.#stop());
    app.get(
      LIVE_PATH,
      {
        websocket: true,
        // Any logged-in person; what they hear is decided per topic.
        config: { access: { roles: ROLES } },
        preValidation: async (request, reply) => {
          if (request.headers.origin !== this.#origin) {
            return sendProblem(request, reply, new AppError('CSRF_REJECTED', 'websocket origin'));
          }
          if (request.actor.type !== 'user')
            return sendProblem(request, reply, new AppError('UNAUTHENTICATED'));
        },
      },
      (socket, request) => this.#accept(socket, request.actor as User),
    );
  }

  async #start() {
    this.#stopListening = await this.#db.listen(CHANNEL, (payload) => this.#deliver(payload));
    this.#heartbeat = setInterval(() => this.heartbeat(), this.#heartbeatMs);
    this.#heartbeat.unref();
  }

  async #stop() {
    if (this.#heartbeat) clearInterval(this.#heartbeat);
    for (const connection of this.#connections) connection.socket.close(1001, 'server closing');
    await this.#stopListening?.();
    this.#stopListening = null;
  }

  #accept(socket: WebSocket, user: User) {
    const connection: Connection = { socket, userId: user.userId, topics: new Set(), alive: true };
    this.#connections.add(connection);
    this.#add(connection, `person:${user.userId}`);
    socket.on('pong', () => {
      connection.alive = true;
    });
    socket.on('message', (data) => {
      this.#onMessage(connection, String(data)).catch(() => socket.close(1011, 'error'));
    });
    socket.on('close', () => {
      this.#connections.delete(connection);
      for (const topic of connection.topics) this.#remove(connection, topic);
    });
    this.#send(connection, { type: 'ready', topics: [...connection.topics] });
  }

  async #onMessage(connection: Connection, text: string) {
    let parsed: z.infer<typeof clientMessage>;
    try {
      parsed = clientMessage.parse(JSON.parse(text));
    } catch {
      return this.#send(connection, { type: 'error', code: 'VALIDATION_FAILED' });
    }
    const { topic } = parsed;
    if (parsed.type === 'unsubscribe') {
      this.#remove(connection, topic);
      return this.#send(connection, { type: 'unsubscribed', topic });
    }
    if (connection.topics.size >= MAX_TOPICS) {
      return this.#send(connection, { type: 'refused', topic, code: 'RATE_LIMITED' });
    }
    if (!(await this.#allowed(connection.userId, topic))) {
      return this.#send(connection, { type: 'refused', topic, code: 'FORBIDDEN' });
    }
    if (connection.socket.readyState !== connection.socket.OPEN) return;
    this.#add(connection, topic);
    this.#send(connection, { type: 'subscribed', topic });
  }

  async #allowed(userId: string, topic: string): Promise<boolean> {
    const match = TOPIC.exec(topic);
    const check = match ? this.#checks.get(match[1]!) : undefined;
    if (!match || !check) return false;
    try {
      return await check(userId, match[2]!);
    } catch {
      return false;
    }
  }

  /** One heartbeat now (the timer calls it): pings, and checks every granted topic again. */
  heartbeat(): void {
    for (const connection of this.#connections) {
      if (!connection.alive) {
        connection.socket.terminate();
        continue;
      }
      connection.alive = false;
      connection.socket.ping();
      // Membership may have ended since the topic was granted.
      for (const topic of connection.topics) {
        this.#allowed(connection.userId, topic).then((ok) => {
          if (ok || !connection.topics.has(topic)) return;
          this.#remove(connection, topic);
          this.#send(connection, { type: 'refused', topic, code: 'FORBIDDEN' });
        });
      }
    }
  }

  #deliver(payload: string) {
    let event: z.infer<typeof notification>;
    try {
      event = notification.parse(JSON.parse(payload));
    } catch {
      return;
    }
    const subscribers = this.#byTopic.get(event.t);
    if (!subscribers) return;
    const message = JSON.stringify({
      type: 'event',
      topic: event.t,
      kind: event.k,
      ...(event.i ? { id: event.i } : {}),
    });
    for (const connection of subscribers) connection.socket.send(message);
  }

  #add(connection: Connection, topic: string) {
    connection.topics.add(topic);
    let set = this.#byTopic.get(topic);
    if (!set) {
      set = new Set();
      this.#byTopic.set(topic, set);
    }
    set.add(connection);
  }

  #remove(connection: Connection, topic: string) {
    connection.topics.delete(topic);
    const set = this.#byTopic.get(topic);
    set?.delete(connection);
    if (set?.size === 0) this.#byTopic.delete(topic);
  }

  #send(connection: Connection, message: object) {
    if (connection.socket.readyState === connection.socket.OPEN)
      connection.socket.send(JSON.stringify(message));
  }
}
