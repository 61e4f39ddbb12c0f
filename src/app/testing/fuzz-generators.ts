/**
 * fast-check generators for the API fuzzer (src/app/fuzz.db.test.ts): from an operation's
 * parameters and request schema, requests that are right, nearly right and wrong in the ways a
 * client can send them. No server and no database here.
 *
 * Over 400 lines: the generators share one context and build on each other (a body needs values,
 * values need strings, all need the junk); split up, no part would be read or used alone.
 */
import fc from 'fast-check';

/** The part of JSON Schema the generators understand; anything else is fuzzed as any JSON. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  $ref?: string;
}

export interface Param {
  name: string;
  schema: JsonSchema;
}

/** One thing to fuzz: an operation of the OpenAPI document, or one endpoint behind a wildcard. */
export interface Target {
  label: string;
  method: string;
  /** OpenAPI-style template: `/api/x/{id}`; a `{*}` wildcard takes a path with slashes. */
  path: string;
  pathParams: Param[];
  query: Param[];
  headerParams: Param[];
  body?: JsonSchema;
  /** Paths that exist behind the `{*}` wildcard (mixed with random ones). */
  subPaths?: string[];
}

export interface FuzzContext {
  /** The origin the server trusts (PUBLIC_URL). */
  origin: string;
  bodyLimit: number;
  sessionCookie: string;
  /** Real values, so that some cases get past "not found" and "wrong password". */
  known: { emails: string[]; passwords: string[]; slugs: string[] };
  /** Follows a `$ref` into the document's components. */
  resolve(schema: JsonSchema): JsonSchema;
}

/** A value built only when sent, and shown short in a counterexample (huge strings, deep JSON). */
export class Lazy {
  constructor(
    readonly label: string,
    readonly build: () => unknown,
  ) {}
  [fc.toStringMethod]() {
    return this.label;
  }
}
const huge = (length: number, char: string) =>
  new Lazy(`${JSON.stringify(char)}×${length}`, () => char.repeat(length));
const deep = (depth: number) =>
  new Lazy(`[…]×${depth}`, () => JSON.parse('['.repeat(depth) + ']'.repeat(depth)));

function materialize(value: unknown): unknown {
  if (value instanceof Lazy) return value.build();
  if (Array.isArray(value)) return value.map(materialize);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // defineProperty, so that a generated `__proto__` key is sent as a key.
    for (const [key, v] of Object.entries(value))
      Object.defineProperty(out, key, {
        value: materialize(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  }
  return value;
}
const text = (value: unknown) => String(materialize(value));
const encode = (s: string) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '\ufffd'));

const SPECIAL_STRINGS = [
  ...['', ' ', '.', '..', '../..', '%00', '\u0000', '%', '%zz', '%2e%2e', '%2F', '%C0%AF', '\\', '/'],
  ...['null', 'undefined', 'NaN', 'true', '0', '-1', '1e999', '__proto__', 'constructor', "' or 1=1 --"],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template injection is what this probes
  ...['<script>alert(1)</script>', '${7*7}', '{{7*7}}', '\u202e', '\ufeff', '😀', 'ﬀ', 'Æøå', '\ud800'],
];
const anyText: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...SPECIAL_STRINGS),
  fc.uuid(),
  // Long, but within what Node lets through (16 KiB of request line and headers).
  fc.constantFrom(huge(3_000, 'a'), huge(1_000, 'æ')),
);
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: anyText },
  { weight: 1, arbitrary: fc.constantFrom(null, true, 0, -0.5, 1e308, -1e308, [], {}, [null], { '': '' }) },
  { weight: 1, arbitrary: fc.constantFrom(deep(64), deep(3_000)) },
);
const fieldName = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'userId', 'role', 'roles', 'email'),
  fc.constantFrom('emailVerified', 'twoFactorEnabled', 'programmeId', 'token', 'password', ''),
);

type Mutation =
  | { op: 'drop'; index: number }
  | { op: 'retype'; index: number; value: unknown }
  | { op: 'extra'; key: string; value: unknown }
  | { op: 'huge'; index: number; length: number };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), index: fc.nat() }),
  fc.record({ op: fc.constant('retype' as const), index: fc.nat(), value: anyJson }),
  fc.record({ op: fc.constant('extra' as const), key: fieldName, value: anyJson }),
  fc.record({
    op: fc.constant('huge' as const),
    index: fc.nat(),
    length: fc.integer({ min: 1_000, max: 65_536 }),
  }),
);

export type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; payload: string | Uint8Array | Lazy; contentType: string | null };
const JSON_TYPE = 'application/json';
const raw =
  (contentType: string | null) =>
  (payload: string | Uint8Array | Lazy): Body => ({ kind: 'raw', payload, contentType });
const BROKEN_JSON = ['{', '{"a":', '[]', '"x"', 'null', 'NaN', '1e999', '\ufeff{}', '{}{}', '{"a":1,"a":2}'];
const POISONED_JSON = [
  '{"__proto__":{"x":1}}',
  '{"constructor":{"prototype":{"x":1}}}',
  '{"email":"\\ud800"}',
];
const MULTIPART = '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--';
const contentTypeOverride: fc.Arbitrary<string | null | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  fc.oneof(
    fc.constantFrom(
      ...['application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1'],
      ...[
        'application/json; charset=utf-16',
        'APPLICATION/JSON',
        'application/json;',
        'application/problem+json',
      ],
      ...['application/vnd.api+json', 'text/plain', 'text/html', 'application/xml', 'multipart/form-data'],
      ...[';', '*/*', 'application/json, text/plain', ''],
    ),
    fc.constant(null),
    fc.string({ unit: fc.constantFrom(...'abcjson/+; =-'), maxLength: 30 }),
  ),
);

// Header values as a client can send them: visible ASCII, space, tab and Latin-1 (obs-text).
const headerChar = fc
  .oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff }), fc.constant(9))
  .map((c) => String.fromCharCode(c));
const headerText = fc.oneof(fc.string({ unit: headerChar, maxLength: 80 }), fc.constant(huge(4_000, 'x')));
const junkHeader = (...known: string[]) => fc.oneof(fc.constantFrom(...known), headerText);
const RAW_QUERIES = [
  '?',
  '?%',
  '?&&&',
  '?a[b]=c',
  '?__proto__[x]=1',
  '?constructor[prototype][x]=1',
  '?=',
].concat(['?%00=%00', `?${'a=1&'.repeat(2_000)}`]);

/** One generated request, before it is turned into text (see `toRequest`). */
export interface Case {
  path: Record<string, unknown>;
  /** Put path values in the URL as they are (when a client could: visible ASCII), not encoded. */
  rawPath: boolean;
  query: string;
  headerParams: Record<string, unknown>;
  headers: Record<string, unknown>;
  /** `[name, value]`; a null name sends the value alone (garbage without `=`). */
  cookies: [string | null, unknown][];
  body: Body;
  /** Overrides the body's content type; null sends none. */
  contentType: string | null | undefined;
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

export function fuzzGenerators(context: FuzzContext) {
  const { origin, resolve, known } = context;
  const urls = [
    '/',
    '/min-side',
    `${origin}/ny-adgangskode`,
    'https://evil.example/',
    '//evil.example',
  ].concat(['javascript:alert(1)']);

  /** A string for a field: hinted by its name and format, or from its pattern, or any. */
  function stringFor(schema: JsonSchema, name: string): fc.Arbitrary<unknown> {
    const max = Math.max(schema.minLength ?? 0, Math.min(schema.maxLength ?? 64, 256));
    const min = Math.min(schema.minLength ?? 0, max);
    const choices: fc.Arbitrary<unknown>[] = [fc.string({ minLength: min, maxLength: max })];
    if (schema.format === 'email' || /email/i.test(name))
      choices.push(fc.emailAddress(), fc.constantFrom(...known.emails));
    if (/password/i.test(name)) choices.push(fc.constantFrom(...known.passwords));
    if (/url$|redirect/i.test(name)) choices.push(fc.constantFrom(...urls));
    if (schema.format === 'uuid' || /id$/i.test(name)) choices.push(fc.uuid());
    if (/slug/i.test(name)) choices.push(fc.constantFrom(...known.slugs));
    if (schema.pattern) {
      try {
        choices.push(fc.stringMatching(new RegExp(schema.pattern)).map((s) => s.slice(0, max)));
      } catch {
        // a pattern fast-check cannot generate from: the other choices stand in
      }
    }
    return fc.oneof(...choices);
  }

  /** A value that fits the schema (patterns and formats honoured where fast-check can). */
  function validValue(input: JsonSchema, name = '', depth = 0): fc.Arbitrary<unknown> {
    const schema = resolve(input);
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum?.length) return fc.constantFrom(...schema.enum);
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (alternatives?.length) return fc.oneof(...alternatives.map((a) => validValue(a, name, depth)));
    if (schema.allOf?.length) {
      const parts = schema.allOf.map(resolve);
      const properties = Object.assign({}, ...parts.map((p) => p.properties ?? {}));
      return validValue({ type: 'object', properties, required: parts.flatMap((p) => p.required ?? []) });
    }
    switch (Array.isArray(schema.type) ? schema.type[0] : schema.type) {
      case 'string':
        return stringFor(schema, name);
      case 'integer':
        return fc.integer({
          min: Math.max(schema.minimum ?? -1e6, -1e9),
          max: Math.min(schema.maximum ?? 1e6, 1e9),
        });
      case 'number':
        return fc.double({ noNaN: true, noDefaultInfinity: true, min: schema.minimum, max: schema.maximum });
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        if (depth > 3) return fc.constant([]);
        return fc.array(validValue(schema.items ?? {}, name, depth + 1), { maxLength: 3 });
      case 'object': {
        const properties = Object.entries(schema.properties ?? {});
        if (properties.length === 0 || depth > 3) return fc.dictionary(fieldName, anyJson, { maxKeys: 3 });
        const model = Object.fromEntries(properties.map(([k, p]) => [k, validValue(p, k, depth + 1)]));
        const requiredKeys = (schema.required ?? []).filter((k) => schema.properties?.[k]);
        return fc.record(model, { requiredKeys });
      }
      default:
        return anyJson;
    }
  }

  /** Missing fields, wrong types, extra fields, huge strings and nested junk in a valid object. */
  function mutate(value: unknown, mutations: Mutation[], schema: JsonSchema): unknown {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    const out = { ...(value as Record<string, unknown>) };
    for (const m of mutations) {
      const keys = [...new Set([...Object.keys(out), ...Object.keys(resolve(schema).properties ?? {})])];
      const key = 'index' in m && keys.length > 0 ? keys[m.index % keys.length]! : null;
      if (m.op === 'extra')
        Object.defineProperty(out, m.key, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else if (key && m.op === 'drop') delete out[key];
      else if (key && m.op === 'retype') out[key] = m.value;
      else if (key && m.op === 'huge') out[key] = huge(m.length, 'x');
    }
    return out;
  }

  const rawBody: fc.Arbitrary<Body> = fc.oneof(
    fc.string().map(raw(JSON_TYPE)), // invalid JSON, mostly
    fc.constant('').map(raw(JSON_TYPE)), // empty body declared as JSON
    fc.jsonValue().chain((v) => {
      const s = JSON.stringify(v);
      return fc.nat(s.length).map((n) => raw(JSON_TYPE)(s.slice(0, n))); // cut short
    }),
    fc.constantFrom(...BROKEN_JSON, ...POISONED_JSON).map(raw(JSON_TYPE)),
    fc.constant(huge(context.bodyLimit + 1, ' ')).map(raw(JSON_TYPE)), // over the body limit
    // Nested deeper than any stack, within the body limit (too deep for JSON.stringify to write).
    fc
      .constant(new Lazy('{"a":[…]×100000}', () => `{"a":${'['.repeat(1e5)}${']'.repeat(1e5)}}`))
      .map(raw(JSON_TYPE)),
    fc.string().map(raw('text/plain')),
    fc.uint8Array({ maxLength: 256 }).map(raw('application/octet-stream')),
    fc.uint8Array({ maxLength: 64 }).map(raw(JSON_TYPE)),
    fc.constant('email=a%40b.dk&password=x').map(raw('application/x-www-form-urlencoded')),
    fc.constant(MULTIPART).map(raw('multipart/form-data; boundary=x')),
    fc.string().map(raw(null)), // no content type at all
  );

  function bodyFor(target: Target): fc.Arbitrary<Body> {
    const none = fc.constant<Body>({ kind: 'none' });
    const junk = anyJson.map((value): Body => ({ kind: 'json', value }));
    if (!target.body)
      return fc.oneof(
        { weight: 4, arbitrary: none },
        { weight: 2, arbitrary: rawBody },
        { weight: 1, arbitrary: junk },
      );
    const schema = target.body;
    const valid = validValue(schema);
    const mutated = fc
      .tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 }))
      .map(([value, ms]): Body => ({ kind: 'json', value: mutate(value, ms, schema) }));
    return fc.oneof(
      { weight: 3, arbitrary: valid.map((value): Body => ({ kind: 'json', value })) },
      { weight: 4, arbitrary: mutated },
      { weight: 3, arbitrary: rawBody },
      { weight: 1, arbitrary: junk },
      { weight: 1, arbitrary: none },
    );
  }

  /** A value for a path, query or header parameter: fitting its schema, or anything. */
  const paramValue = (p: Param) =>
    fc.oneof({ weight: 3, arbitrary: validValue(p.schema, p.name) }, { weight: 2, arbitrary: anyText });

  function queryFor(target: Target): fc.Arbitrary<string> {
    const model = Object.fromEntries(target.query.map((p) => [p.name, paramValue(p)]));
    const extra = fc.array(fc.tuple(fieldName, anyText), { maxLength: 3 });
    const built = fc
      .tuple(fc.record(model, { requiredKeys: [] }), extra, fc.boolean())
      .map(([k, e, twice]) => {
        const pairs = [...Object.entries(k), ...e, ...(twice ? Object.entries(k) : [])]; // repeats become arrays
        return pairs.length ? `?${pairs.map(([a, b]) => `${encode(a)}=${encode(text(b))}`).join('&')}` : '';
      });
    return fc.oneof(
      { weight: 4, arbitrary: built },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_QUERIES) },
    );
  }

  const sessionTokenJunk = fc.oneof(
    headerText,
    fc.constantFrom('', '.', 'abc.def', `${'a'.repeat(32)}.${'b'.repeat(43)}%3D`, '%', '%E0%A4%A'),
    fc
      .tuple(fc.base64String({ maxLength: 32 }), fc.base64String({ maxLength: 44 }))
      .map(([t, s]) => `${t}.${encodeURIComponent(s)}`),
  );
  const cookieNames = ['makker.session_data', 'makker.dont_remember', 'makker.two_factor', 'makker_lang'];
  const cookies = fc.array(
    fc.oneof(
      fc.tuple(fc.constant<string | null>(context.sessionCookie), sessionTokenJunk),
      fc.tuple(fc.constantFrom<string | null>(...cookieNames), headerText),
      fc.tuple(fc.constant('makker_lang'), fc.constantFrom('en', 'da', 'fr', '')),
      fc.tuple(fc.constant(null), fc.oneof(fc.constantFrom('=', ';;', '=x', 'a=b=c'), headerText)),
    ),
    { maxLength: 4 },
  );
  const headers = fc.record(
    {
      'accept-language': junkHeader(
        'da',
        'en',
        'en-GB,en;q=0.9',
        '*',
        'da;q=abc',
        'en;q=NaN',
        'en;q=1e999',
        ',,,',
      ),
      accept: junkHeader(
        'application/json',
        'application/problem+json',
        'text/html',
        '*/*',
        'application/xml',
      ),
      origin: junkHeader(
        origin,
        `${origin}/`,
        'https://evil.example',
        'null',
        '',
        'http://localhost',
        'file://',
      ),
      'sec-fetch-site': junkHeader('same-origin', 'cross-site', 'none'),
      'x-forwarded-for': junkHeader(
        '203.0.113.7',
        '::1',
        'unknown',
        '1.2.3.4, 5.6.7.8',
        '999.999.999.999',
        '',
      ),
      'x-forwarded-proto': junkHeader('https', 'http', 'gopher', ''),
      'x-forwarded-host': junkHeader('evil.example', 'localhost:3000', ''),
      'x-makker-client-ip': junkHeader('127.0.0.1'),
      authorization: junkHeader('Bearer x', 'Basic Og==', 'Bearer '),
      'user-agent': headerText,
    },
    { requiredKeys: [] },
  );

  /** Every part of a request for `target`, generated. */
  function caseFor(target: Target): fc.Arbitrary<Case> {
    const pathValue = (p: Param) =>
      p.name === '*' && target.subPaths?.length
        ? fc.oneof(
            fc.constantFrom(...target.subPaths),
            anyText,
            fc.webPath().map((s) => s.slice(1)),
          )
        : paramValue(p);
    return fc.record({
      path: fc.record(Object.fromEntries(target.pathParams.map((p) => [p.name, pathValue(p)]))),
      rawPath: fc.boolean(),
      query: queryFor(target),
      headerParams: fc.record(Object.fromEntries(target.headerParams.map((p) => [p.name, paramValue(p)])), {
        requiredKeys: [],
      }),
      headers,
      cookies,
      body: bodyFor(target),
      contentType: contentTypeOverride,
    });
  }

  /** The case as `app.inject` options; `session` is a `name=value` cookie to send along. */
  function toRequest(target: Target, c: Case, session?: string): FuzzRequest {
    const rawOk = (v: string) => c.rawPath && /^[\x21-\x7e]*$/.test(v);
    let url = target.path;
    for (const [name, value] of Object.entries(c.path)) {
      const v = text(value);
      // A wildcard's slashes stay path separators; any other parameter is one segment.
      const encoded = name === '*' ? v.split('/').map(encode).join('/') : encode(v);
      url = url.replace(`{${name}}`, rawOk(v) ? v : encoded);
    }
    const h: Record<string, string> = {};
    for (const [name, value] of Object.entries({ ...c.headerParams, ...c.headers })) h[name] = text(value);
    const sent = c.cookies.map(([name, value]) => (name === null ? text(value) : `${name}=${text(value)}`));
    if (session) sent.splice(sent.length % 2 ? 0 : sent.length, 0, session); // first or last
    if (sent.length) h.cookie = sent.join('; ');
    let payload: string | Buffer | undefined;
    let contentType: string | null = null;
    if (c.body.kind === 'json') {
      payload = JSON.stringify(materialize(c.body.value)) ?? 'null';
      contentType = JSON_TYPE;
    } else if (c.body.kind === 'raw') {
      const p = c.body.payload;
      payload = p instanceof Uint8Array ? Buffer.from(p) : text(p);
      contentType = c.body.contentType;
    }
    if (c.contentType !== undefined) contentType = c.contentType;
    if (contentType !== null) h['content-type'] = contentType;
    return {
      method: target.method,
      url: url + c.query,
      headers: h,
      ...(payload === undefined ? {} : { payload }),
    };
  }

  return { caseFor, toRequest };
}
