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

/**
 * Errors keep their type, code, message and stack, minus what may echo personal data: Drizzle
 * appends a failed query's parameters to its message, PostgreSQL puts key values in `detail`.
 */
export function serializeError(error: unknown) {
  if (!(error instanceof Error)) return { message: '[non-error thrown]' };
  const scrub = (text: string | undefined) => text?.replace(/\nparams: [\s\S]*$/, '\nparams: [redacted]');
  const cause = error.cause instanceof Error ? error.cause : undefined;
  return {
    type: error.name,
    message: scrub(error.message),
    code: (error as { code?: unknown }).code,
    stack: scrub(error.stack),
    ...(cause
      ? {
          cause: {
            type: cause.name,
            code: (cause as { code?: unknown }).code,
            message: scrub(cause.message),
          },
        }
      : {}),
  };
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: {
      err: serializeError,
      req: (req: FastifyRequest) => ({
        method: req.method,
        route: req.routeOptions?.url,
        path: req.url.split('?')[0],
      }),
      res: (res: FastifyReply) => ({ statusCode: res.statusCode }),
    },
  };
}
