import { type ProblemCode, problems } from '../../../shared/problems.ts';

/**
 * The problem code an OpenID Connect login came back with (`/log-ind?error=OIDC_…`, set by
 * server/oidc.ts), or null when `?error=` is something else (e.g. a used login link).
 */
export function findOidcLoginProblem(error: string): ProblemCode | null {
  return error.startsWith('OIDC_') && Object.hasOwn(problems, error) ? (error as ProblemCode) : null;
}
