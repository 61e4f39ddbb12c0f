/**
 * Mounts better-auth under /api/auth. Its answers pass through unchanged, except errors, which
 * become problem+json with our codes and translated titles like every other API error.
 */
import { fromNodeHeaders } from 'better-auth/node';
import { AppError, type FieldError, sendProblem } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import { requestLocale } from '../../../server/locale.ts';
import { fieldMessage, type ProblemCode } from '../../../shared/problems.ts';
import { type Auth, CLIENT_IP_HEADER } from './auth.ts';
import type { LoginThrottle, ThrottleKind } from './login-throttle.ts';

/** better-auth error codes → ours; anything else falls back by status. */
const CODES: Record<string, ProblemCode> = {
  INVALID_EMAIL_OR_PASSWORD: 'INVALID_CREDENTIALS',
  INVALID_PASSWORD: 'INVALID_CREDENTIALS',
  INVALID_EMAIL: 'VALIDATION_FAILED',
  USER_NOT_FOUND: 'INVALID_CREDENTIALS',
  PASSWORD_TOO_SHORT: 'PASSWORD_TOO_SHORT',
  PASSWORD_TOO_LONG: 'PASSWORD_TOO_LONG',
  PASSWORD_COMMON: 'PASSWORD_COMMON',
  PASSWORD_SAME_AS_EMAIL: 'PASSWORD_SAME_AS_EMAIL',
  INVALID_CODE: 'TWO_FACTOR_INVALID',
  INVALID_BACKUP_CODE: 'TWO_FACTOR_INVALID',
  INVALID_TWO_FACTOR_COOKIE: 'TWO_FACTOR_INVALID',
  INVALID_TOKEN: 'LINK_INVALID',
  EXPIRED_TOKEN: 'LINK_INVALID',
  SESSION_EXPIRED: 'UNAUTHENTICATED',
  // Adding a passkey needs a recent login (better-auth's freshAge); the rest: passkey-plugin.ts.
  SESSION_NOT_FRESH: 'REAUTHENTICATION_REQUIRED',
  PASSKEY_NOT_FOUND: 'PASSKEY_UNKNOWN',
  CHALLENGE_NOT_FOUND: 'PASSKEY_FAILED',
  AUTHENTICATION_FAILED: 'PASSKEY_FAILED',
  FAILED_TO_VERIFY_REGISTRATION: 'PASSKEY_FAILED',
  PASSKEY_USER_NOT_VERIFIED: 'PASSKEY_FAILED',
  PASSKEY_NAME_INVALID: 'VALIDATION_FAILED',
};

function byStatus(status: number): ProblemCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'ROUTE_NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'INTERNAL';
  return 'BAD_REQUEST';
}

/** No better-auth request nests this deep; deeper JSON would also overflow the stack below. */
const MAX_DEPTH = 32;

/** Text with a NUL character anywhere in a value, or nesting deeper than MAX_DEPTH. */
function isUnusable(root: unknown): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [value, depth] = item;
    if (typeof value === 'string' && value.includes('\0')) return true;
    if (!value || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return true;
    for (const [key, v] of Object.entries(value)) {
      if (key.includes('\0')) return true;
      stack.push([v, depth + 1]);
    }
  }
  return false;
}

/** An absolute URL, or a path on this site (`/…` but not `//host`); empty means none. */
const isRedirectTarget = (value: string) =>
  value === '' ||
  (/^\/(?![/\\])/.test(value) ? URL.canParse(value, 'http://makker.internal') : URL.canParse(value));
const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/**
 * Formats better-auth assumes but does not check, so that other text makes it fail with a 500:
 * it builds redirect URLs from these fields, and `id` names one of its rows, whose ids are uuid
 * columns in makker (auth.ts: `generateId: 'uuid'`).
 */
const FIELD_FORMATS: Record<string, (value: string) => boolean> = {
  callbackURL: isRedirectTarget,
  errorCallbackURL: isRedirectTarget,
  newUserCallbackURL: isRedirectTarget,
  redirectTo: isRedirectTarget,
  id: isUuid,
};

/**
 * Input better-auth does not survive, found before it is called: text with a NUL character
 * (PostgreSQL refuses to store or compare it), absurdly deep JSON and fields not in the format
 * it assumes. Returns the failing fields (`query.callbackURL`, `body.token` …).
 */
function unusableFields(url: URL, body: unknown): string[] {
  const fields: [string, unknown][] = [...url.searchParams].map(([key, value]) => [`query.${key}`, value]);
  if (body && typeof body === 'object' && !Array.isArray(body))
    for (const [key, value] of Object.entries(body)) fields.push([`body.${key}`, value]);
  else if (body !== undefined) fields.push(['body', body]);
  const failing = fields.filter(([path, value]) => {
    const name = path.slice(path.indexOf('.') + 1);
    const format = Object.hasOwn(FIELD_FORMATS, name) ? FIELD_FORMATS[name] : undefined;
    return isUnusable(name) || isUnusable(value) || (typeof value === 'string' && format?.(value) === false);
  });
  const paths = failing.map(([path]) => path);
  if (/%00/.test(url.pathname)) paths.push('params.*');
  return paths;
}

export interface AuthRoutesDeps {
  auth: Auth;
  /** Audits a failed password login against the account it was for (if there is one). */
  recordFailedLogin(email: unknown, requestId: string): Promise<void>;
  /** Per-account and per-address limits on password logins and e-mailed links (login-throttle.ts). */
  throttle: LoginThrottle;
}

/** The endpoints our own throttle counts, and how. */
const THROTTLED: Record<string, ThrottleKind> = {
  '/api/auth/sign-in/email': 'password',
  '/api/auth/sign-in/magic-link': 'email-request',
  '/api/auth/request-password-reset': 'email-request',
  '/api/auth/forget-password': 'email-request',
};

export function authRoutes(app: App, deps: AuthRoutesDeps) {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    config: { access: 'public' },
    schema: {
      tags: ['accounts'],
      summary: 'Login, logout, one-time login links, password reset and two-factor (better-auth)',
    },
    async handler(request, reply) {
      const url = new URL(request.url, 'http://makker.internal');
      const unusable = unusableFields(url, request.body);
      if (unusable.length > 0) {
        const message = fieldMessage('invalid_format', requestLocale(request));
        const errors: FieldError[] = unusable.map((path) => ({ path, code: 'invalid_format', message }));
        return sendProblem(
          request,
          reply,
          new AppError('VALIDATION_FAILED', 'auth: unusable input', { errors }),
        );
      }
      const kind = request.method === 'POST' ? THROTTLED[url.pathname] : undefined;
      const throttleKeys = kind
        ? deps.throttle.keys(kind, (request.body as { email?: unknown } | undefined)?.email, request.ip)
        : null;
      if (throttleKeys) {
        const wait = await deps.throttle.retryAfter(throttleKeys);
        if (wait > 0) {
          reply.header('retry-after', String(wait));
          return sendProblem(request, reply, new AppError('RATE_LIMITED', `auth: throttled ${kind}`));
        }
        if (kind === 'email-request') await deps.throttle.record(throttleKeys);
      }
      const headers = fromNodeHeaders(request.headers);
      // The client address as Fastify resolved it (TRUST_PROXY aware), for better-auth's rate
      // limits and session records; a value sent by the client itself is replaced.
      headers.set(CLIENT_IP_HEADER, request.ip);
      const response = await deps.auth.handler(
        new Request(new URL(url.pathname + url.search, deps.auth.options.baseURL), {
          method: request.method,
          headers,
          ...(request.body !== undefined && request.method !== 'GET'
            ? { body: JSON.stringify(request.body) }
            : {}),
        }),
      );
      if (response.status >= 400) {
        const body = (await response.json().catch(() => ({}))) as { code?: string };
        if (url.pathname === '/api/auth/sign-in/email' && response.status === 401) {
          await deps.recordFailedLogin((request.body as { email?: unknown } | undefined)?.email, request.id);
          if (throttleKeys) await deps.throttle.record(throttleKeys);
        }
        const code = (body.code && CODES[body.code]) || byStatus(response.status);
        const retryAfter = response.headers.get('x-retry-after');
        if (retryAfter) reply.header('retry-after', retryAfter);
        return sendProblem(request, reply, new AppError(code, `auth: ${body.code ?? response.status}`));
      }
      if (throttleKeys && kind === 'password') await deps.throttle.clear(throttleKeys);
      reply.status(response.status);
      response.headers.forEach((value, key) => {
        if (key !== 'set-cookie' && key !== 'content-length' && key !== 'content-type')
          reply.header(key, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header('set-cookie', cookies);
      if (!response.body) return reply.send(null);
      if (response.headers.get('content-type')?.includes('application/json')) {
        const json = (await response.json()) as unknown;
        // The session lives in an HttpOnly cookie; its token never needs to reach page scripts.
        // (get-session nests it in `session`.)
        if (json && typeof json === 'object') {
          delete (json as { token?: unknown }).token;
          const session = (json as { session?: unknown }).session;
          if (session && typeof session === 'object') delete (session as { token?: unknown }).token;
        }
        return reply.type('application/json; charset=utf-8').send(JSON.stringify(json));
      }
      const type = response.headers.get('content-type');
      if (type) reply.type(type);
      return reply.send(Buffer.from(await response.arrayBuffer()));
    },
  });
}
