/**
 * Cross-site request forgery guard for our own API (better-auth checks its own routes). A request
 * that changes something and carries a session cookie must come from the app's own origin: the
 * `Origin` header (or, without it, `Sec-Fetch-Site: same-origin`) must match PUBLIC_URL. Calls
 * without a session cookie have no ambient authority to abuse and pass. SameSite=Lax cookies are
 * the first wall; this is the second.
 */
import type { FastifyInstance } from 'fastify';
import { AppError, sendProblem } from './errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerCsrfGuard(
  app: FastifyInstance,
  options: { publicUrl: string; sessionCookie: string },
) {
  const allowed = new URL(options.publicUrl).origin;
  app.addHook('onRequest', async (request, reply) => {
    if (SAFE.has(request.method) || !request.url.startsWith('/api/') || request.url.startsWith('/api/auth/'))
      return;
    if (!request.headers.cookie?.includes(options.sessionCookie)) return;
    const origin = request.headers.origin;
    const sameSite = request.headers['sec-fetch-site'] === 'same-origin';
    if (origin ? origin === allowed : sameSite) return;
    return sendProblem(request, reply, new AppError('CSRF_REJECTED', `origin ${origin ?? '(none)'}`));
  });
}
