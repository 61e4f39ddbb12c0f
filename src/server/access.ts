/**
 * Every API route declares who may call it (`config.access`); a route without a declaration
 * stops the server from starting. The declaration is published in the OpenAPI document as
 * `x-makker-access` on each operation.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.ts';

export const ROLES = ['peer', 'mentor', 'staff', 'researcher', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** `public`, or the roles that may call the route; `own` adds the data subject (or their match). */
export type Access = 'public' | { roles: readonly Role[]; own?: boolean };

/** Who is calling. Identity arrives with accounts; until then every caller is anonymous. */
export type Actor =
  | { type: 'anonymous' }
  | {
      type: 'user';
      userId: string;
      /** Roles by programme id. */
      roles: Record<string, Role[]>;
      twoFactorEnabled: boolean;
      /** When this session's login happened (a new login starts a new session). */
      loggedInAt: Date;
    };

export const anonymous: Actor = { type: 'anonymous' };

/** The logged-in actor, or UNAUTHENTICATED. */
export function requireUser(actor: Actor): Extract<Actor, { type: 'user' }> {
  if (actor.type !== 'user') throw new AppError('UNAUTHENTICATED');
  return actor;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor;
  }
}

/** Roles that see other people's personal data: they must have two-factor login turned on. */
export const PRIVILEGED_ROLES: readonly Role[] = ['staff', 'researcher', 'admin'];

/**
 * Checks an actor against a declared access in a programme; returns the roles that grant it
 * (empty for public access or the data subject's own access). Throws UNAUTHENTICATED, FORBIDDEN,
 * or TWO_FACTOR_REQUIRED when only a privileged role would grant it and two-factor is off.
 */
export function assertAccess(
  actor: Actor,
  access: Access,
  context: { programmeId?: string; ownerIds?: readonly string[] } = {},
): Role[] {
  if (access === 'public') return [];
  const user = requireUser(actor);
  if (access.own && context.ownerIds?.includes(user.userId)) return [];
  const held = context.programmeId ? (user.roles[context.programmeId] ?? []) : [];
  const granting = held.filter((role) => access.roles.includes(role));
  if (granting.length === 0) throw new AppError('FORBIDDEN');
  const unprivileged = granting.filter((role) => !PRIVILEGED_ROLES.includes(role));
  if (unprivileged.length === 0 && !user.twoFactorEnabled) throw new AppError('TWO_FACTOR_REQUIRED');
  return user.twoFactorEnabled ? granting : unprivileged;
}

/** Role changes, exports and erasure need a login from the last this many minutes. */
export const FRESH_LOGIN_MINUTES = 10;

/**
 * Re-authentication before sensitive actions: a session whose login is older than
 * FRESH_LOGIN_MINUTES gets REAUTHENTICATION_REQUIRED, and the person logs in again (which
 * starts a new session) to go on.
 */
export function assertFreshLogin(actor: Actor, now = new Date()): void {
  const user = requireUser(actor);
  if (now.getTime() - user.loggedInAt.getTime() > FRESH_LOGIN_MINUTES * 60_000) {
    throw new AppError('REAUTHENTICATION_REQUIRED');
  }
}

/** Routes that belong to the documentation viewer itself. */
const UNDECLARED_ALLOWED = /^\/api\/docs(\/|$)/;

export class UndeclaredAccessError extends Error {}

/** Collects each route's access for the OpenAPI document and refuses undeclared API routes. */
export function collectAccessDeclarations(app: FastifyInstance) {
  const table = new Map<string, Access>();
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!access) {
      if (route.url.startsWith('/api') && !UNDECLARED_ALLOWED.test(route.url)) {
        throw new UndeclaredAccessError(`Route ${methods.join(',')} ${route.url} declares no config.access`);
      }
      return;
    }
    for (const method of methods) table.set(`${method.toLowerCase()} ${openApiPath(route.url)}`, access);
  });
  return table;
}

/** `/api/x/:id` → `/api/x/{id}`, `/api/auth/*` → `/api/auth/{*}` (as @fastify/swagger writes them). */
export function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}').replace(/\*$/, '{*}');
}

export function accessExtension(access: Access) {
  return access === 'public' ? 'public' : { roles: [...access.roles], ...(access.own ? { own: true } : {}) };
}
