/**
 * Pino options for JSON logs without personal data: requests are logged by method, route and
 * path (never query strings, secrets in paths, headers, bodies or addresses), and any field that could hold
 * personal data is censored wherever it appears.
 */
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import type { Bindings, ChildLoggerOptions, Logger, LoggerOptions } from 'pino';

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

/**
 * Paths whose last segment is a secret key (a calendar feed's token, decision 037: calendar apps
 * can only send it in the path): logs and problem documents show the route's place instead.
 */
const SECRET_PATHS = [/^(\/api\/public\/calendar\/)[^/]*$/];

/** A request's path without its query string and with any secret in it replaced. */
export function loggablePath(url: string): string {
  const path = url.split('?')[0]!;
  for (const pattern of SECRET_PATHS) if (pattern.test(path)) return path.replace(pattern, '$1[redacted]');
  return path;
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
        path: loggablePath(req.url),
      }),
      res: (res: FastifyReply) => ({ statusCode: res.statusCode }),
    },
  };
}

/**
 * Fastify makes a child logger (bound to the request id) for every request. With redaction on,
 * pino runs the redaction over the bindings for each child: 6 % of the server's time under load,
 * for requests that mostly log nothing. A `LazyLogger` stands in and makes the real child the
 * first time something is logged at an enabled level. (A class, so a request costs one small
 * object and no closures.)
 */
class LazyLogger {
  #child: FastifyBaseLogger | undefined;
  constructor(
    readonly parent: FastifyBaseLogger,
    readonly bindings: Bindings,
    readonly options: ChildLoggerOptions,
  ) {}

  #real(): FastifyBaseLogger {
    this.#child ??= this.parent.child(this.bindings, this.options);
    return this.#child;
  }

  #log(level: (typeof LEVELS)[number], args: unknown[]) {
    const current = (this.#child ?? this.parent) as unknown as Logger;
    if (!current.isLevelEnabled(level)) return;
    (this.#real()[level] as (...a: unknown[]) => void)(...args);
  }

  get level(): string {
    return (this.#child ?? this.parent).level;
  }
  set level(level: string) {
    this.#real().level = level;
  }
  isLevelEnabled(level: string): boolean {
    return ((this.#child ?? this.parent) as unknown as Logger).isLevelEnabled(level);
  }
  child(bindings: Bindings, options?: ChildLoggerOptions) {
    return this.#real().child(bindings, options);
  }
  fatal(...args: unknown[]) {
    this.#log('fatal', args);
  }
  error(...args: unknown[]) {
    this.#log('error', args);
  }
  warn(...args: unknown[]) {
    this.#log('warn', args);
  }
  info(...args: unknown[]) {
    this.#log('info', args);
  }
  debug(...args: unknown[]) {
    this.#log('debug', args);
  }
  trace(...args: unknown[]) {
    this.#log('trace', args);
  }
  silent() {}
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

/** Fastify's `childLoggerFactory`: a request's logger, made when it first logs. */
export function lazyChildLogger<L extends FastifyBaseLogger>(
  parent: L,
  bindings: Bindings,
  options: ChildLoggerOptions,
): L {
  // A route with its own level or serializers gets its child at once (rare), and so does a
  // logger that is not pino (Fastify's silent default in tests has no isLevelEnabled).
  const pinoLike = typeof (parent as unknown as Partial<Logger>).isLevelEnabled === 'function';
  if (options.level || options.serializers || !pinoLike) return parent.child(bindings, options) as L;
  return new LazyLogger(parent, bindings, options) as unknown as L;
}
