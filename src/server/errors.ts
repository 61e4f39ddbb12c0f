/**
 * One error type and one place that turns errors into RFC 9457 problem+json. Titles are
 * translated from the stable code; exception text, stack traces and SQL never reach a response.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fieldMessage, type ProblemCode, problems, problemTitle } from '../shared/problems.ts';
import { requestLocale } from './locale.ts';
import { loggablePath } from './logger.ts';

export interface FieldError {
  /** Where the value was: `body.email`, `query.locale`, `params.slug` … */
  path: string;
  /** The zod issue code, e.g. `too_small`. */
  code: string;
  message: string;
}

/** The only error type use-cases throw. `message` is for logs; users see the translated code. */
export class AppError extends Error {
  constructor(
    readonly code: ProblemCode,
    message?: string,
    readonly details?: { errors?: FieldError[]; [key: string]: unknown },
  ) {
    super(message ?? code);
    this.name = 'AppError';
  }

  get status(): number {
    return problems[this.code].status;
  }
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string(),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

const CONTEXT_NAMES: Record<string, string> = {
  querystring: 'query',
  params: 'params',
  body: 'body',
  headers: 'headers',
};

function fromFastify(error: FastifyError): AppError | null {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('MALFORMED_JSON', error.message);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', error.message);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', error.message);
    case 'FST_ERR_NOT_FOUND':
      return new AppError('ROUTE_NOT_FOUND', error.message);
  }
  if (error instanceof SyntaxError && error.statusCode === 400)
    return new AppError('MALFORMED_JSON', error.message);
  if (error.statusCode === 429) return new AppError('RATE_LIMITED');
  if (error.statusCode === 405) return new AppError('METHOD_NOT_ALLOWED');
  if (error.statusCode === 406) return new AppError('NOT_ACCEPTABLE');
  if (error.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (error.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return new AppError('BAD_REQUEST', error.message);
  return null;
}

/**
 * PostgreSQL cannot store some text at all: a NUL character (22021) or a character the database
 * encoding lacks (22P05). While answering a request, such text came from the client, so the
 * request is what is wrong.
 */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

/** Looks through the error and its causes (Drizzle wraps the driver's error). */
function isUnstorableText(error: unknown): boolean {
  let e = error;
  for (let depth = 0; depth < 3 && e && typeof e === 'object'; depth++) {
    if (UNSTORABLE_TEXT.has(String((e as { code?: unknown }).code))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

function toAppError(error: unknown, request: FastifyRequest): AppError | null {
  if (error instanceof AppError) return error;
  if (isUnstorableText(error)) return new AppError('BAD_REQUEST', 'text the database cannot store');
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context =
      CONTEXT_NAMES[(error as { validationContext?: string }).validationContext ?? 'body'] ?? 'body';
    const locale = requestLocale(request);
    const errors = error.validation.map((v) => ({
      path: [context, ...v.instancePath.split('/').filter(Boolean)].join('.'),
      code: v.keyword,
      message: fieldMessage(v.keyword, locale),
    }));
    return new AppError('VALIDATION_FAILED', 'request validation failed', { errors });
  }
  if (error && typeof error === 'object' && 'statusCode' in error) return fromFastify(error as FastifyError);
  return null;
}

/** Sends an AppError as problem+json in the request's language. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const locale = requestLocale(request);
  const body: z.infer<typeof problemSchema> = {
    type: `urn:makker:problem:${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: problemTitle(error.code, locale),
    status: error.status,
    code: error.code,
    requestId: String(request.id),
    instance: loggablePath(request.url),
  };
  if (error.details?.errors) body.errors = error.details.errors;
  if (error.code === 'RATE_LIMITED' && !reply.hasHeader('retry-after')) reply.header('retry-after', '60');
  return reply.code(error.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(body));
}

/** Any error as problem+json: known ones by their code, the rest logged and answered with a bare 500. */
function answerError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error, request);
  if (appError) {
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, appError);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(request, reply, new AppError('INTERNAL'));
}

export function registerProblemHandling(app: FastifyInstance) {
  app.setErrorHandler(answerError);
}

/**
 * Fastify's `frameworkErrors` option: errors its router raises before any route or error handler
 * runs (a malformed percent-encoding, a path parameter over `maxParamLength`), which Fastify
 * would otherwise answer with its own plain JSON.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return answerError(error, request, reply);
}
