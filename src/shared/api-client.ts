/**
 * The one way the web app talks to the API. Answers that are not 2xx become an `ApiError`; when the
 * server sent RFC 9457 problem+json, the error carries its stable `code`, translated `title` and
 * field `errors`, so screens show the server's message and branch on the code, never on text.
 */
import type { ProblemCode } from './problems.ts';

/** One failing field of a validation problem (`path` like `body.email`). */
export interface ApiFieldError {
  path: string;
  code: string;
  message: string;
}

/** Codes the client itself uses when there is no problem document to read. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

export class ApiError extends Error {
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number;
  /** A server `ProblemCode` (or a newer one this client does not know yet), or a client code. */
  readonly code: ProblemCode | ClientErrorCode | (string & {});
  /** The server's translated title; empty when there was no problem document. */
  readonly title: string;
  readonly errors: ApiFieldError[];
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: ApiError['code'];
    title?: string;
    errors?: ApiFieldError[];
    requestId?: string;
    cause?: unknown;
  }) {
    super(init.title || `${init.code} (${init.status})`, { cause: init.cause });
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title ?? '';
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
  }
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Added as ?key=value; undefined values are left out. */
  query?: Record<string, string | number | boolean | undefined>;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

/** Calls the API at `path` (e.g. `/api/public/programmes`) and returns the parsed JSON body. */
export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // The page's language is the user's language: the server uses it for problem titles when no
  // language has been chosen yet (a chosen one travels in the makker_lang cookie).
  const pageLanguage = typeof document === 'undefined' ? '' : document.documentElement.lang;
  if (pageLanguage) headers['accept-language'] = pageLanguage;
  if (request.body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(withQuery(path, request.query), {
      method: request.method ?? 'GET',
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      credentials: 'same-origin',
      signal: request.signal,
    });
  } catch (cause) {
    if (request.signal?.aborted) throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', cause });
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch (cause) {
    throw new ApiError({ status: response.status, code: 'UNEXPECTED_RESPONSE', cause });
  }
}

function withQuery(path: string, query: ApiRequest['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path;
}

async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('application/problem+json')) {
    try {
      const problem = (await response.json()) as Partial<{
        code: string;
        title: string;
        errors: ApiFieldError[];
        requestId: string;
      }>;
      return new ApiError({
        status: response.status,
        code: typeof problem.code === 'string' ? problem.code : 'UNEXPECTED_RESPONSE',
        title: typeof problem.title === 'string' ? problem.title : '',
        errors: Array.isArray(problem.errors) ? problem.errors : [],
        ...(typeof problem.requestId === 'string' ? { requestId: problem.requestId } : {}),
      });
    } catch (cause) {
      return new ApiError({ status: response.status, code: 'UNEXPECTED_RESPONSE', cause });
    }
  }
  return new ApiError({ status: response.status, code: 'UNEXPECTED_RESPONSE' });
}

/** Whether `error` is an ApiError with the given code. */
export function isApiError(error: unknown, code?: ApiError['code']): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
