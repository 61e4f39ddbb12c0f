/**
 * The better-auth instance: e-mail + password (argon2id, our password rules), one-time login
 * links by e-mail (for peers who struggle with passwords), and TOTP two-factor. Nobody signs
 * themselves up: staff invite people, and the demo seed creates its users directly. Sessions are
 * cookies (HttpOnly, SameSite=Lax, Secure outside development) stored in `auth_session`.
 */

import { APIError, betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { magicLink, twoFactor } from 'better-auth/plugins';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db.ts';
import type { Env } from '../../../server/env.ts';
import { queueMail } from '../../../server/mail.ts';
import { recordAudit } from '../../audit/server/index.ts';
import { appUser, authAccount, authSession, authTwoFactor, authVerification } from './auth.table.ts';
import { hashPassword, verifyPassword } from './hash-password.ts';
import { checkPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-policy.ts';

/** The name of the session cookie (better-auth's `session_token` under our prefix). */
export const SESSION_COOKIE = 'makker.session_token';

/** Set by auth.routes.ts from the connection, never taken from the client. */
export const CLIENT_IP_HEADER = 'x-makker-client-ip';

export type AuthEnv = Pick<Env, 'NODE_ENV' | 'publicUrl' | 'authSecret' | 'SESSION_IDLE_DAYS'>;

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
      },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
      password: {
        // Called with the new password whenever one is set, so the rules hold everywhere.
        async hash(password) {
          const problem = checkPassword(password);
          if (problem)
            throw new APIError('BAD_REQUEST', {
              code: `PASSWORD_${problem.toUpperCase().replaceAll('-', '_')}`,
            });
          return hashPassword(password);
        },
        verify: verifyPassword,
      },
      async sendResetPassword({ user, url }) {
        await db.transaction((tx) =>
          queueMail(tx, {
            to: user.email,
            subject: 'Ny adgangskode til makker',
            text: `Hej\n\nBrug dette link for at vælge en ny adgangskode (det virker i en time):\n${url}\n\nHar du ikke bedt om det, kan du se bort fra denne mail.`,
          }),
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
    plugins: [
      magicLink({
        expiresIn: 15 * 60,
        disableSignUp: true,
        async sendMagicLink({ email, url }) {
          // Only people who have an account get a link; the answer is the same either way.
          const [known] = await db.db
            .select({ id: appUser.id })
            .from(appUser)
            .where(eq(appUser.email, email.toLowerCase()));
          if (!known) return;
          await db.transaction((tx) =>
            queueMail(tx, {
              to: email,
              subject: 'Dit link til at logge ind på makker',
              text: `Hej\n\nTryk på linket for at logge ind. Det virker i 15 minutter og kun én gang:\n${url}\n\nHar du ikke bedt om det, kan du se bort fra denne mail.`,
            }),
          );
        },
      }),
      twoFactor({ issuer: 'makker' }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
