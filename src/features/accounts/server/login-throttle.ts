/**
 * Login and e-mail-request throttling per account and per client address, shared by every
 * instance through the database (better-auth's own limiter counts per instance, in memory).
 *
 * - Password logins: after `perAccount` failures for one e-mail within the window, that e-mail
 *   is locked for the lock time; after `perAddress` failures from one address, that address is.
 * - Login links and password resets: every request counts, so an inbox cannot be flooded.
 *
 * Keys are HMACs of the e-mail or address, and an unknown e-mail is counted exactly like a known
 * one: the answers never tell whether an account exists. Locking an account out this way is
 * possible for anyone who knows its e-mail; the lock is short and other ways in (a login link, a
 * passkey) are counted apart. See docs/decisions (login throttling).
 */
import { createHmac } from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../../server/db.ts';
import { loginThrottle } from './login-throttle.table.ts';

export interface LoginThrottleLimits {
  perAccount: number;
  perAddress: number;
  windowMinutes: number;
  lockMinutes: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginThrottleLimits = {
  perAccount: 5,
  perAddress: 50,
  windowMinutes: 15,
  lockMinutes: 15,
};

export type ThrottleKind = 'password' | 'email-request';

export interface ThrottleKeys {
  account: string | null;
  address: string;
}

export function createLoginThrottle(options: { db: Database; secret: string; limits?: LoginThrottleLimits }) {
  const { db } = options;
  const limits = options.limits ?? DEFAULT_LOGIN_LIMITS;
  const hmac = (value: string) => createHmac('sha256', options.secret).update(value).digest('base64url');

  function keys(kind: ThrottleKind, email: unknown, ip: string): ThrottleKeys {
    const normalised = typeof email === 'string' && email.length <= 320 ? email.trim().toLowerCase() : null;
    return {
      account: normalised ? hmac(`${kind}:account:${normalised}`) : null,
      address: hmac(`${kind}:address:${ip}`),
    };
  }

  /** Seconds until the caller may try again, or 0 when neither key is locked. */
  async function retryAfter(k: ThrottleKeys, now = new Date()): Promise<number> {
    const wanted = [k.account, k.address].filter((v): v is string => v !== null);
    const rows = await db.db
      .select({ lockedUntil: loginThrottle.lockedUntil })
      .from(loginThrottle)
      .where(sql`${loginThrottle.key} in ${wanted}`);
    const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
    return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
  }

  async function count(key: string, limit: number, now: Date) {
    const windowStart = new Date(now.getTime() - limits.windowMinutes * 60_000);
    const lockUntil = new Date(now.getTime() + limits.lockMinutes * 60_000);
    await db.db
      .insert(loginThrottle)
      .values({ key, failures: 1, windowStartedAt: now, lockedUntil: limit <= 1 ? lockUntil : null })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: sql`case when ${loginThrottle.windowStartedAt} < ${windowStart} then 1 else ${loginThrottle.failures} + 1 end`,
          windowStartedAt: sql`case when ${loginThrottle.windowStartedAt} < ${windowStart} then ${now} else ${loginThrottle.windowStartedAt} end`,
          lockedUntil: sql`case when ${loginThrottle.windowStartedAt} >= ${windowStart} and ${loginThrottle.failures} + 1 >= ${limit} then ${lockUntil} else ${loginThrottle.lockedUntil} end`,
        },
      });
  }

  return {
    keys,
    retryAfter,
    /** A failed password login, or any login-link / reset request. */
    async record(k: ThrottleKeys, now = new Date()) {
      if (k.account) await count(k.account, limits.perAccount, now);
      await count(k.address, limits.perAddress, now);
    },
    /** A successful login clears the account's count (the address keeps its own). */
    async clear(k: ThrottleKeys) {
      if (k.account) await db.db.delete(loginThrottle).where(eq(loginThrottle.key, k.account));
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

/**
 * Deletes counts whose window ended more than a day ago and that lock nothing (the daily
 * `login-throttle.purge` job): the table holds keyed hashes of e-mail and IP addresses, which
 * are kept no longer than the throttling needs them.
 */
export async function purgeLoginThrottle(exec: Executor, now = new Date()): Promise<number> {
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const removed = await exec
    .delete(loginThrottle)
    .where(
      and(
        lt(loginThrottle.windowStartedAt, dayAgo),
        or(isNull(loginThrottle.lockedUntil), lt(loginThrottle.lockedUntil, now)),
      ),
    )
    .returning({ key: loginThrottle.key });
  return removed.length;
}
