/**
 * Pino options for JSON logs without personal data: requests are logged by method, route and
 * path (never query strings, headers, bodies or addresses), and any field that could hold
 * personal data is censored wherever it appears.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoggerOptions } from 'pino';

const PERSONAL_KEYS = [
  'email',
  'phone',
  'name',
  'password',
  'token',
  'address',
  'toAddress',
  'birthDate',
  'note',
  'notes',
  'text',
  'body',
  'cookie',
  'authorization',
];

export const redactPaths = [
  ...PERSONAL_KEYS,
  ...PERSONAL_KEYS.map((k) => `*.${k}`),
  ...PERSONAL_KEYS.map((k) => `*.*.${k}`),
  'req.headers',
];

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: {
      req: (req: FastifyRequest) => ({
        method: req.method,
        route: req.routeOptions?.url,
        path: req.url.split('?')[0],
      }),
      res: (res: FastifyReply) => ({ statusCode: res.statusCode }),
    },
  };
}
