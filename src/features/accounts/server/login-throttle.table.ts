import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Failed password logins per account and per client address, for the lockout in
 * `login-throttle.ts`. The key is an HMAC of the e-mail address or IP address (keyed with the
 * auth secret), so the table holds no address itself and looks the same whether or not an
 * account exists for the e-mail. Shared by every instance, unlike an in-memory limiter.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});
