/**
 * Login with OpenID Connect (a MitID broker or the municipality's identity provider), as two
 * better-auth plugins: its generic OAuth provider `oidc`, and our rules around it (decision 020).
 *
 * - Only people who already have a makker account get in: by a provider account linked at an
 *   earlier login, else by the provider's *verified* e-mail matching a verified makker e-mail.
 *   Nobody is created; staff invite people.
 * - Nothing from the provider is kept but its subject id (`auth_account.account_id`): no tokens,
 *   no claims beyond the name and e-mail makker already has, and never a CPR number.
 * - Someone with two-factor login uses password and code (decision 017): a provider login is not
 *   known to be as strong, and better-auth cannot mark a session as "passed two-factor".
 * - Every failure ends on /log-ind with one of our problem codes; refusals are audited.
 */
import { APIError, type BetterAuthPlugin } from 'better-auth';
import { createAuthMiddleware } from 'better-auth/api';
import { type GenericOAuthConfig, genericOAuth } from 'better-auth/plugins';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db.ts';
import type { OidcConfig } from '../../../server/env.ts';
import type { ProblemCode } from '../../../shared/problems.ts';
import { recordAudit } from '../../audit/server/index.ts';
import { appUser } from './auth.table.ts';

export const OIDC_PROVIDER_ID = 'oidc';

/** Where every provider login ends when it does not end on /min-side. */
const LOGIN_PAGE = '/log-ind';

/** better-auth's `?error=` codes of a refused person (no account, or none it can match safely). */
const NO_ACCOUNT = new Set(['signup_disabled', 'account_not_linked', 'email_not_found']);
const TWO_FACTOR = 'two_factor_login_required';

/** What the sign-in may ask for: no extra scopes, claims, prompts or tokens from the browser. */
const SIGN_IN_FIELDS = new Set(['provider', 'callbackURL', 'errorCallbackURL', 'disableRedirect']);

/** How long start-up waits for the provider's discovery document (see below). */
const DISCOVERY_WAIT_MS = 5000;

/** A Danish CPR number (ddmmyy-xxxx): a broker that sends one as the subject is misconfigured. */
const CPR_LIKE = /^\d{6}-?\d{4}$/;

function loginProblem(error: string): ProblemCode {
  if (NO_ACCOUNT.has(error)) return 'OIDC_NO_ACCOUNT';
  if (error === TWO_FACTOR) return 'OIDC_TWO_FACTOR';
  if (error === 'access_denied') return 'OIDC_CANCELLED';
  return 'OIDC_FAILED';
}

/** The better-auth plugins for OpenID Connect login; add them only when it is configured. */
export function oidcPlugins(options: { db: Database; config: OidcConfig }): BetterAuthPlugin[] {
  const { db, config } = options;
  const audit = (subjectId: string | null, reason: string) =>
    db.transaction((tx) =>
      recordAudit(tx, {
        actorId: null,
        actorRole: 'anonymous',
        action: 'login-failed',
        subjectId,
        programmeId: null,
        purpose: `auth /callback/${OIDC_PROVIDER_ID}`,
        details: { reason },
      }),
    );

  const providerConfig: GenericOAuthConfig = {
    providerId: OIDC_PROVIDER_ID,
    name: config.label,
    discoveryUrl: `${config.issuer}/.well-known/openid-configuration`,
    // ID tokens are checked against the provider's published keys, or the provider is not used.
    requireIdTokenVerification: true,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authentication: 'basic',
    scopes: config.scopes,
    pkce: true,
    // Shared phones and library computers: the provider asks who you are every time, so the
    // next person cannot ride on the last one's provider session.
    prompt: 'login',
    disableSignUp: true,
    disableImplicitSignUp: true,
    disableProviderLogout: true,
    accountSubject: ({ profile }) => {
      const subject = String(profile.sub ?? '');
      if (subject === '' || CPR_LIKE.test(subject)) throw new Error('unusable subject');
      return subject;
    },
    // Used only if a user were created or updated from the profile, which makker never does;
    // still, nothing but name and e-mail may pass.
    mapProfileToUser: (profile) => ({
      name: typeof profile.name === 'string' ? profile.name : undefined,
      email: profile.email ?? null,
      image: undefined,
    }),
  };
  const provider = genericOAuth({ config: [providerConfig] });
  // better-auth fetches the discovery document while it starts, without a time limit, and every
  // auth call (password logins and session checks too) waits for that. A provider that hangs must
  // not take makker down with it: after a few seconds the provider is left "pending", and
  // better-auth tries discovery again (with its own time limit) when someone presses the button.
  const discover = provider.init!;
  provider.init = async (ctx) => {
    const timeout = new Promise<null>((resolve) => setTimeout(resolve, DISCOVERY_WAIT_MS, null).unref());
    const built = await Promise.race([Promise.resolve(discover(ctx)).catch(() => null), timeout]);
    if (built) return built;
    ctx.logger.error(`OpenID Connect discovery did not answer within ${DISCOVERY_WAIT_MS} ms`);
    const genericOAuthPendingDiscovery = new Map([[OIDC_PROVIDER_ID, providerConfig]]);
    return { context: { socialProviders: ctx.socialProviders, genericOAuthPendingDiscovery } };
  };

  const rules = {
    id: 'makker-oidc',
    init: () => ({
      options: {
        account: {
          accountLinking: {
            enabled: true,
            // Not trusted: an e-mail links only when the provider says it is verified, and only
            // to a makker account whose e-mail is verified too (better-auth's default).
            trustedProviders: [],
            requireLocalEmailVerified: true,
            allowDifferentEmails: false,
            updateUserInfoOnLink: false,
          },
          updateAccountOnSignIn: false,
          encryptOAuthTokens: true,
        },
        databaseHooks: {
          // makker calls no provider API, so it keeps no provider tokens at all.
          account: {
            create: { before: async (account) => ({ data: { ...account, ...NO_TOKENS } }) },
            update: { before: async (account) => ({ data: { ...account, ...NO_TOKENS } }) },
          },
          session: {
            create: {
              before: async (session, context) => {
                if (context?.path !== '/callback/:id') return true;
                const [user] = await db.db
                  .select({ twoFactorEnabled: appUser.twoFactorEnabled })
                  .from(appUser)
                  .where(eq(appUser.id, session.userId));
                if (!user?.twoFactorEnabled) return true;
                await audit(session.userId, TWO_FACTOR);
                throw new APIError('FORBIDDEN', { code: TWO_FACTOR, message: TWO_FACTOR });
              },
            },
          },
        },
      },
    }),
    hooks: {
      before: [
        {
          matcher: (context) => context.path === '/sign-in/social' || context.path === '/link-social',
          handler: createAuthMiddleware(async (ctx) => {
            const body = (ctx.body ?? {}) as Record<string, unknown>;
            if (body.provider !== OIDC_PROVIDER_ID) return;
            // A provider account is linked only by logging in with it (matched by e-mail).
            const refused =
              ctx.path === '/link-social' || Object.keys(body).some((key) => !SIGN_IN_FIELDS.has(key));
            if (refused)
              throw new APIError('BAD_REQUEST', {
                code: 'OIDC_REQUEST_REFUSED',
                message: 'OIDC request refused',
              });
          }),
        },
      ],
      after: [
        {
          matcher: (context) => context.path === '/callback/:id' && context.params?.id === OIDC_PROVIDER_ID,
          handler: createAuthMiddleware(async (ctx) => {
            if (ctx.context.newSession) return;
            const location = ctx.context.responseHeaders?.get('location');
            const error = location && new URL(location, ctx.context.baseURL).searchParams.get('error');
            if (!error) return;
            // No address or name goes in the trail: the person may not be a user at all.
            if (NO_ACCOUNT.has(error)) await audit(null, error);
            // Our code instead of better-auth's, and without the provider's free-text description.
            throw ctx.redirect(`${LOGIN_PAGE}?error=${loginProblem(error)}`);
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;

  return [provider, rules];
}

const NO_TOKENS = {
  accessToken: null,
  refreshToken: null,
  idToken: null,
  accessTokenExpiresAt: null,
  refreshTokenExpiresAt: null,
};
