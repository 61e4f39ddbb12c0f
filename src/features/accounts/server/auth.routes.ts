/**
 * Mounts better-auth under /api/auth. Its answers pass through unchanged, except errors, which
 * become problem+json with our codes and translated titles like every other API error.
 */
import { fromNodeHeaders } from 'better-auth/node';
import { AppError, sendProblem } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import type { ProblemCode } from '../../../shared/problems.ts';
import { type Auth, CLIENT_IP_HEADER } from './auth.ts';

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
  INVALID_TWO_FACTOR_COOKIE: 'TWO_FACTOR_INVALID',
  INVALID_TOKEN: 'LINK_INVALID',
  EXPIRED_TOKEN: 'LINK_INVALID',
  SESSION_EXPIRED: 'UNAUTHENTICATED',
};

function byStatus(status: number): ProblemCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'ROUTE_NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'INTERNAL';
  return 'BAD_REQUEST';
}

export interface AuthRoutesDeps {
  auth: Auth;
  /** Audits a failed password login against the account it was for (if there is one). */
  recordFailedLogin(email: unknown, requestId: string): Promise<void>;
}

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
        }
        const code = (body.code && CODES[body.code]) || byStatus(response.status);
        const retryAfter = response.headers.get('x-retry-after');
        if (retryAfter) reply.header('retry-after', retryAfter);
        return sendProblem(request, reply, new AppError(code, `auth: ${body.code ?? response.status}`));
      }
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
        if (json && typeof json === 'object' && 'token' in json) delete (json as { token?: unknown }).token;
        return reply.type('application/json; charset=utf-8').send(JSON.stringify(json));
      }
      const type = response.headers.get('content-type');
      if (type) reply.type(type);
      return reply.send(Buffer.from(await response.arrayBuffer()));
    },
  });
}
