/**
 * The security headers of every response, computed once at start-up and set with one call per
 * request. (helmet, which this replaces, rebuilt its policy strings on every request: 8 % of the
 * server's time under load.) The documentation viewer sets its own, looser policy on its routes.
 */
import type { FastifyInstance } from 'fastify';

/** Content-Security-Policy directives, in the order they are written. */
export type CspDirectives = Record<string, readonly string[]>;

export const APP_CSP: CspDirectives = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'font-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'connect-src': ["'self'"],
};

export function cspHeader(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join(';');
}

/** The headers every response carries (the same set helmet's defaults send, with our CSP). */
export function securityHeaders(directives: CspDirectives = APP_CSP): Record<string, string> {
  return {
    'content-security-policy': cspHeader(directives),
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-frame-options': 'SAMEORIGIN',
    'x-permitted-cross-domain-policies': 'none',
    'x-xss-protection': '0',
  };
}

/**
 * Sets the security headers on every response, and HSTS over TLS (which makker only sees behind a
 * proxy that says so: TRUST_PROXY).
 */
export function registerSecurityHeaders(app: FastifyInstance, options: { trustProxy: boolean }) {
  const headers = securityHeaders();
  const hsts = 'max-age=31536000; includeSubDomains';
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers);
    if (options.trustProxy && request.protocol === 'https') reply.header('strict-transport-security', hsts);
    done();
  });
}
