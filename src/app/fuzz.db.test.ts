/**
 * Fuzzes every operation of the live OpenAPI document with fast-check (generators in
 * testing/fuzz-generators.ts): path parameters, query strings, JSON bodies from the operation's
 * request schema (valid and mutated), raw bodies and headers, anonymously and as a logged-in
 * person of each role. Whatever is sent, no answer is a 5xx, and every rejection is RFC 9457
 * problem+json whose `status` is the HTTP status.
 *
 * Nothing is listed by hand: a route is fuzzed as soon as it is in the OpenAPI document.
 * FUZZ_RUNS (default 200) sets the cases per target and FUZZ_SEED the seed; a failure prints the
 * command that replays it (docs/testing.md).
 */
import { randomBytes } from 'node:crypto';
import { makeSignature } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { authSession } from '../features/accounts/server/auth.table.ts';
import {
  appUser,
  createAuth,
  createUser,
  DEMO_LOGINS,
  SESSION_COOKIE,
} from '../features/accounts/server/index.ts';
import { DEMO_PROGRAMME_SLUG, programme } from '../features/programmes/server/index.ts';
import { PRIVILEGED_ROLES, ROLES, type Role } from '../server/access.ts';
import { problemSchema } from '../server/errors.ts';
import {
  type FuzzRequest,
  fuzzGenerators,
  type JsonSchema,
  type Param,
  type Target,
} from './testing/fuzz-generators.ts';
import { createTestServer } from './testing/test-server.ts';

const RUNS = Number(process.env.FUZZ_RUNS) || 200;
const SEED = Number(process.env.FUZZ_SEED) || 20_251_125;
const REPLAY = `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} npx vitest run src/app/fuzz.db.test.ts`;

// One server for the file. The request rate limit is lifted (thousands of requests a minute; 429
// itself is tested in server.db.test.ts), and forwarded headers are trusted so that junk in
// x-forwarded-for and x-forwarded-proto reaches the code that reads them.
const server = await createTestServer({
  RATE_LIMIT_PER_MINUTE: String(Number.MAX_SAFE_INTEGER),
  TRUST_PROXY: 'true',
});
const { app, env } = server;
afterAll(() => server.close());

// ── The route table ────────────────────────────────────────────────────────────────────────────

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string; schema?: JsonSchema }[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

const documentResponse = await app.inject('/api/openapi.json');
if (documentResponse.statusCode !== 200)
  throw new Error(`GET /api/openapi.json answered ${documentResponse.statusCode}: ${documentResponse.body}`);
const openApi = documentResponse.json() as OpenApiDocument;
const resolve = (schema: JsonSchema): JsonSchema =>
  schema.$ref ? (openApi.components?.schemas?.[schema.$ref.split('/').pop()!] ?? {}) : schema;
const operations = Object.entries(openApi.paths).flatMap(([path, byMethod]) =>
  Object.entries(byMethod).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);

// `/api/auth/{*}` is one operation in the document, but a catch-all proxy to better-auth: a random
// tail would almost only meet its 404. So each better-auth endpoint becomes a target of its own,
// with its body and query schemas, and one more target sends random and real sub-paths. The
// endpoint table is read from an instance made by the same `createAuth` with the server's
// settings. Server-only endpoints have no URL and cannot be fuzzed over HTTP.
const AUTH_WILDCARD = '/api/auth/{*}';
const auth = createAuth({ db: server.t.db, env });
interface AuthEndpoint {
  path?: string;
  options?: {
    method?: string | string[];
    body?: z.ZodType;
    query?: z.ZodType;
    metadata?: { SERVER_ONLY?: boolean };
  };
}
const toJsonSchema = (schema: z.ZodType | undefined): JsonSchema | undefined => {
  if (!schema) return undefined;
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  } catch {
    return {}; // any value
  }
};
const authEndpoints = Object.values(auth.api as Record<string, AuthEndpoint>)
  .filter((e) => e.path && !e.options?.metadata?.SERVER_ONLY)
  .map((e) => ({
    path: e.path!.replace(/:([A-Za-z0-9_]+)/g, '{$1}'),
    methods: [e.options?.method ?? 'GET'].flat().map((m) => m.toUpperCase()),
    body: toJsonSchema(e.options?.body),
    query: toJsonSchema(e.options?.query),
  }));
const propertiesOf = (schema: JsonSchema | undefined): Param[] =>
  Object.entries(resolve(schema ?? {}).properties ?? {}).map(([name, s]) => ({ name, schema: s }));
const pathParamsOf = (path: string): Param[] =>
  [...path.matchAll(/\{([^}]+)\}/g)].map((m) => ({ name: m[1]!, schema: { type: 'string' } }));

const targets: Target[] = operations.flatMap(({ path, method, op }) => {
  const params = (place: string) =>
    (op.parameters ?? [])
      .filter((p) => p.in === place)
      .map((p) => ({ name: p.name, schema: p.schema ?? {} }));
  const body = op.requestBody?.content?.['application/json']?.schema;
  const own: Target = {
    label: `${method} ${path}`,
    method,
    path,
    pathParams: params('path'),
    query: params('query'),
    headerParams: params('header'),
    ...(body ? { body: resolve(body) } : {}),
  };
  if (path !== AUTH_WILDCARD) return [own];
  const endpoints = authEndpoints.filter((e) => e.methods.includes(method) || e.methods.includes('*'));
  return [
    ...endpoints.map((e) => ({
      label: `${method} /api/auth${e.path}`,
      method,
      path: `/api/auth${e.path}`,
      pathParams: pathParamsOf(e.path),
      query: propertiesOf(e.query),
      headerParams: [],
      ...(e.body && method !== 'GET' ? { body: e.body } : {}),
    })),
    {
      ...own,
      label: `${method} ${path} (random and real sub-paths)`,
      subPaths: authEndpoints.map((e) => e.path.replace(/\{[^}]+\}/g, 'x').slice(1)),
    },
  ];
});

// ── Who is calling ─────────────────────────────────────────────────────────────────────────────

// A person per role of the fuzzer's own, whose password no generator can produce: a case that
// hits a demo password (to reach the success paths of sign-in) cannot turn on two-factor for, or
// lock out, the people the fuzzer calls as. Their sessions are made directly through better-auth
// (no password hashing), and made again whenever a case ends one (sign-out, revoke-sessions …).
type Identity = 'anonymous' | Role;
const [demoProgramme] = await server.t.db.db
  .select({ id: programme.id })
  .from(programme)
  .where(eq(programme.slug, DEMO_PROGRAMME_SLUG));
const fuzzUserIds = new Map<Role, string>();
for (const role of ROLES) {
  const person = { name: `Fuzz ${role}`, email: `fuzz-${role}@makker.example`, roles: [role] };
  const password = randomBytes(24).toString('base64');
  const id = await server.t.db.transaction((tx) =>
    createUser(tx, { ...person, password, programmeId: demoProgramme!.id }),
  );
  fuzzUserIds.set(role, id);
  // Staff, researchers and admins have two-factor login on, as they must to see personal data:
  // the cases then reach the use-cases behind the access check, not just TWO_FACTOR_REQUIRED.
  if (PRIVILEGED_ROLES.includes(role))
    await server.t.db.db.update(appUser).set({ twoFactorEnabled: true }).where(eq(appUser.id, id));
}
const authContext = await auth.$context;
const sessions = new Map<Role, { cookie: string; token: string }>();

async function sessionCookie(role: Role): Promise<string> {
  const known = sessions.get(role);
  if (known) return known.cookie;
  const { token } = await authContext.internalAdapter.createSession(fuzzUserIds.get(role)!);
  const signed = `${token}.${await makeSignature(token, authContext.secret)}`;
  const cookie = `${SESSION_COOKIE}=${encodeURIComponent(signed)}`;
  sessions.set(role, { cookie, token });
  return cookie;
}

async function forgetEndedSession(role: Role) {
  const token = sessions.get(role)?.token;
  if (!token) return;
  const [row] = await server.t.db.db
    .select({ id: authSession.id })
    .from(authSession)
    .where(eq(authSession.token, token));
  if (!row) sessions.delete(role);
}

// ── Sending and checking ───────────────────────────────────────────────────────────────────────

const generators = fuzzGenerators({
  origin: env.publicUrl,
  bodyLimit: env.BODY_LIMIT_BYTES,
  sessionCookie: SESSION_COOKIE,
  known: {
    emails: DEMO_LOGINS.map((l) => l.email),
    passwords: DEMO_LOGINS.map((l) => l.password),
    slugs: [DEMO_PROGRAMME_SLUG],
  },
  resolve,
});

type Answer = Awaited<ReturnType<typeof app.inject>>;

/** Why the answer breaks the rules, or null when it keeps them. */
function violation(response: Answer): string | null {
  const status = response.statusCode;
  if (status >= 500) return `answered ${status}`;
  if (status < 400) return null;
  const type = String(response.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) return `rejection ${status} with content-type "${type}"`;
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return `rejection ${status} whose body is not JSON`;
  }
  const parsed = problemSchema.safeParse(body);
  if (!parsed.success) return `rejection ${status} whose body is not a problem: ${parsed.error.message}`;
  if (parsed.data.status !== status) return `problem status ${parsed.data.status} but HTTP status ${status}`;
  return null;
}

const short = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);
const describeFailure = (reason: string, identity: Identity, request: FuzzRequest, response: Answer) =>
  [
    `${reason}, as ${identity}:`,
    `  ${request.method} ${short(request.url)}`,
    ...Object.entries(request.headers).map(([k, v]) => `  ${k}: ${short(JSON.stringify(v), 200)}`),
    ...(request.payload === undefined ? [] : [`  body: ${short(JSON.stringify(String(request.payload)))}`]),
    `  → ${response.statusCode} ${String(response.headers['content-type'] ?? '')} ${short(response.body, 500)}`,
  ].join('\n');

/** A seed per target, derived from FUZZ_SEED, so that targets do not all start from one case. */
function seedFor(label: string) {
  let h = SEED | 0;
  for (const ch of label) h = Math.imul(h ^ ch.charCodeAt(0), 16_777_619);
  return h >>> 0;
}

// ── The tests ──────────────────────────────────────────────────────────────────────────────────

const statuses = new Map<string, Map<number, number>>();
const started = Date.now();

describe(`fuzzing every API operation (seed ${SEED}, ${RUNS} cases per target)`, () => {
  it(`reads ${operations.length} operations from the OpenAPI document and fuzzes each (${targets.length} targets)`, async () => {
    for (const { method, path } of operations)
      expect(targets.some((t) => t.method === method && t.path === path)).toBe(true);
    expect(authEndpoints.map((e) => e.path)).toEqual(
      expect.arrayContaining(['/sign-in/email', '/sign-in/magic-link', '/magic-link/verify', '/get-session']),
    );
    // The sessions the fuzzer makes are real ones: else "logged-in" cases would be anonymous.
    for (const role of ROLES) {
      const me = await app.inject({ url: '/api/me', headers: { cookie: await sessionCookie(role) } });
      expect(me.statusCode, role).toBe(200);
    }
  });

  for (const target of targets) {
    it(`${target.label} × ${RUNS}`, { timeout: Math.max(60_000, RUNS * 300) }, async () => {
      const counts = new Map<number, number>();
      statuses.set(target.label, counts);
      // Half the cases anonymous, half as one of the roles: every role gets some 20 per target.
      const identity: fc.Arbitrary<Identity> = fc.oneof(
        { weight: ROLES.length, arbitrary: fc.constant<Identity>('anonymous') },
        ...ROLES.map((role) => ({ weight: 1, arbitrary: fc.constant<Identity>(role) })),
      );
      const property = fc.asyncProperty(identity, generators.caseFor(target), async (who, c) => {
        const session = who === 'anonymous' ? undefined : await sessionCookie(who);
        const request = generators.toRequest(target, c, session);
        const response = await app.inject(request);
        // A refused call ends no session, except one that finds it ended (401).
        const mayHaveEnded = response.statusCode < 400 || response.statusCode === 401;
        if (who !== 'anonymous' && mayHaveEnded && request.url.startsWith('/api/auth/'))
          await forgetEndedSession(who);
        counts.set(response.statusCode, (counts.get(response.statusCode) ?? 0) + 1);
        const reason = violation(response);
        if (reason) throw new Error(describeFailure(reason, who, request, response));
      });
      try {
        await fc.assert(property, { seed: seedFor(target.label), numRuns: RUNS, includeErrorInReport: true });
      } catch (error) {
        const pattern = target.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); // -t takes a regular expression
        throw new Error(`Replay: ${REPLAY} -t '${pattern}'\n${(error as Error).message}`);
      }
    });
  }

  afterAll(() => {
    const cases = [...statuses.values()].reduce((n, m) => n + [...m.values()].reduce((a, b) => a + b, 0), 0);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const lines = [...statuses].map(
      ([label, m]) =>
        `  ${label}: ${[...m]
          .sort((a, b) => a[0] - b[0])
          .map(([s, n]) => `${s}×${n}`)
          .join(' ')}`,
    );
    // biome-ignore lint/suspicious/noConsole: the fuzzer reports what it covered on every run
    console.info(
      `fuzz: ${operations.length} operations, ${targets.length} targets, ${cases} cases (shrinking included) in ${seconds} s, seed ${SEED}\n${lines.join('\n')}`,
    );
  });
});
