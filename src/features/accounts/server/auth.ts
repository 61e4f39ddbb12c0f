/**
 * The better-auth instance: e-mail + password (argon2id, our password rules), one-time login
 * links by e-mail (for peers who struggle with passwords), and TOTP two-factor. Nobody signs
 * themselves up: staff invite people, and the demo seed creates its users directly. Sessions are
 * cookies (HttpOnly, SameSite=Lax, Secure outside development) stored in `auth_session`.
 */

import { APIError, betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { createAuthMiddleware } from 'better-auth/api';
import { magicLink, twoFactor } from 'better-auth/plugins';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db.ts';
import type { Env } from '../../../server/env.ts';
import { queueMail } from '../../../server/mail.ts';
import { recordAudit } from '../../audit/server/index.ts';
import { appUser, authAccount, authSession, authTwoFactor, authVerification } from './auth.table.ts';
import { authMail } from './auth-messages.ts';
import { hashPassword, verifyPassword } from './hash-password.ts';
import { oidcPlugins } from './oidc.ts';
import { passkey } from './passkey.table.ts';
import { passkeyPlugin } from './passkey-plugin.ts';
import { checkPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-policy.ts';
import { generateRecoveryCodes } from './two-factor-recovery-codes.ts';

/** The name of the session cookie (better-auth's `session_token` under our prefix). */
export const SESSION_COOKIE = 'makker.session_token';

/** Set by auth.routes.ts from the connection, never taken from the client. */
export const CLIENT_IP_HEADER = 'x-makker-client-ip';

/** The endpoints that set a new password (`newPassword` in the body); sign-up is switched off. */
const PASSWORD_SETTING_PATHS = new Set(['/reset-password', '/change-password', '/set-password']);

export type AuthEnv = Pick<Env, 'NODE_ENV' | 'publicUrl' | 'authSecret' | 'SESSION_IDLE_DAYS' | 'oidc'>;

export function createAuth(options: { db: Database; env: AuthEnv }) {
  const { db, env } = options;
  return betterAuth({
    appName: 'makker',
    baseURL: env.publicUrl,
    basePath: '/api/auth',
    secret: env.authSecret,
    trustedOrigins: [env.publicUrl],
    database: drizzleAdapter(db.db, {
      provider: 'pg',
      schema: {
        user: appUser,
        session: authSession,
        account: authAccount,
        verification: authVerification,
        twoFactor: authTwoFactor,
        passkey,
      },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
      // The rules are checked where a password is set (the `before` hook below), not here:
      // better-auth also hashes the submitted password of an unknown e-mail at login (to take
      // as long as a real check), and a rule refusing it there would tell that the e-mail is
      // not registered.
      password: { hash: hashPassword, verify: verifyPassword },
      async sendResetPassword({ user, url }, request) {
        await db.transaction((tx) =>
          queueMail(tx, { to: user.email, ...authMail('resetPassword', url, request?.headers) }),
        );
      },
    },
    session: {
      // Sliding: a session used at least once a day lives on; unused for this long, it ends.
      expiresIn: env.SESSION_IDLE_DAYS * 24 * 60 * 60,
      updateAge: 24 * 60 * 60,
      freshAge: 10 * 60, // sensitive actions need a login from the last 10 minutes
    },
    advanced: {
      cookiePrefix: 'makker',
      useSecureCookies: env.NODE_ENV === 'production',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
      database: { generateId: 'uuid' },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    databaseHooks: {
      // Every new session is a login and every removed one a logout: both go in the audit trail.
      session: {
        create: {
          // A login link mailed before two-factor login was turned on must not skip the code
          // after it (decision 017): better-auth would make its session without asking.
          before: async (session, context) => {
            if (context?.path !== '/magic-link/verify') return true;
            const [user] = await db.db
              .select({ twoFactorEnabled: appUser.twoFactorEnabled })
              .from(appUser)
              .where(eq(appUser.id, session.userId));
            return !user?.twoFactorEnabled;
          },
          after: async (session, context) => {
            await db.transaction((tx) =>
              recordAudit(tx, {
                actorId: session.userId,
                actorRole: 'self',
                action: 'login',
                subjectId: session.userId,
                programmeId: null,
                purpose: `auth ${context?.path ?? 'session'}`,
              }),
            );
          },
        },
        delete: {
          after: async (session, context) => {
            await db.transaction((tx) =>
              recordAudit(tx, {
                actorId: session.userId,
                actorRole: 'self',
                action: 'logout',
                subjectId: session.userId,
                programmeId: null,
                purpose: `auth ${context?.path ?? 'session ended'}`,
              }),
            );
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (!PASSWORD_SETTING_PATHS.has(ctx.path)) return;
        const body = (ctx.body ?? {}) as { newPassword?: unknown };
        if (typeof body.newPassword !== 'string') return; // better-auth's own validation answers
        const problem = checkPassword(body.newPassword);
        if (problem)
          throw new APIError('BAD_REQUEST', {
            code: `PASSWORD_${problem.toUpperCase().replaceAll('-', '_')}`,
          });
      }),
    },
    rateLimit: { enabled: env.NODE_ENV !== 'test', window: 60, max: 20, storage: 'memory' },
    telemetry: { enabled: false },
    // better-auth's own log lines go to stderr without their arguments (which can hold e-mail
    // addresses); failed logins are in the audit trail instead of the log.
    logger: {
      level: 'error',
      log: (level, message) => {
        if (env.NODE_ENV !== 'test')
          console.error(JSON.stringify({ level, source: 'better-auth', msg: message }));
      },
    },
    // Without this hook better-auth prints every rejected request (a wrong password, a bad code)
    // with its own default logger, past the one above. Rejections are answered as problem+json by
    // the bridge and audited where they matter; only unexpected failures are worth a log line,
    // and then only their kind (the error text may hold an e-mail address).
    onAPIError: {
      onError(error) {
        if (error instanceof APIError && error.status !== 'INTERNAL_SERVER_ERROR') return;
        if (env.NODE_ENV !== 'test') {
          const kind = error instanceof Error ? error.name : typeof error;
          console.error(
            JSON.stringify({ level: 'error', source: 'better-auth', msg: `request failed: ${kind}` }),
          );
        }
      },
    },
    plugins: [
      magicLink({
        expiresIn: 15 * 60,
        disableSignUp: true,
        async sendMagicLink({ email, url }, ctx) {
          // Only people who have an account get a link; the answer is the same either way. A link
          // would skip the second factor, so it is not sent to someone with two-factor login
          // either (decision 017): they log in with password and code.
          const [known] = await db.db
            .select({ id: appUser.id, twoFactorEnabled: appUser.twoFactorEnabled })
            .from(appUser)
            .where(eq(appUser.email, email.toLowerCase()));
          if (!known || known.twoFactorEnabled) return;
          const headers = ctx?.request?.headers ?? ctx?.headers;
          await db.transaction((tx) => queueMail(tx, { to: email, ...authMail('loginLink', url, headers) }));
        },
      }),
      twoFactor({
        issuer: 'makker',
        backupCodeOptions: { customBackupCodesGenerate: generateRecoveryCodes },
      }),
      // Passkeys: added on Min side, then "Log ind med adgangsnøgle" (passkey-plugin.ts).
      passkeyPlugin({ db, env }),
      // Login with MitID or the municipality's identity provider, when configured (oidc.ts).
      ...(env.oidc ? oidcPlugins({ db, config: env.oidc }) : []),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
