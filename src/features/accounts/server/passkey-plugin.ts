/**
 * Passkeys (WebAuthn) through better-auth's passkey plugin, with our rules on top (decision 021):
 *
 * - The relying party is PUBLIC_URL: its host name is the RP ID and its origin the only origin a
 *   ceremony may come from (the plugin would otherwise trust the request's Origin header).
 * - User verification (PIN, fingerprint or face on the device) is required when a passkey is
 *   added and at every login. A passkey is then two factors in one (the device and the person),
 *   so a passkey login is not asked for a TOTP code; the plugin only *prefers* verification, so
 *   we ask for it in the options and refuse answers without it.
 * - Passkeys are discoverable (stored on the device), so "Log ind med adgangsnøgle" needs no e-mail.
 * - Adding and removing one go in the audit trail (a login is audited with every new session).
 * - Answers carry what the pages need: never the session token, nor public keys in the list.
 */
import { passkey } from '@better-auth/passkey';
import { APIError, type BetterAuthPlugin } from 'better-auth';
import { createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';
import type { Database } from '../../../server/db.ts';
import type { Env } from '../../../server/env.ts';
import { recordAudit } from '../../audit/server/index.ts';

/** Longest name a person can give a passkey ("Min telefon", "Arbejdscomputer"). */
export const MAX_PASSKEY_NAME_LENGTH = 60;

const AUTHENTICATE_OPTIONS = '/passkey/generate-authenticate-options';
const VERIFY_REGISTRATION = '/passkey/verify-registration';
const VERIFY_AUTHENTICATION = '/passkey/verify-authentication';
const LIST = '/passkey/list-user-passkeys';
const DELETE = '/passkey/delete-passkey';
const UPDATE = '/passkey/update-passkey';

const notVerified = () =>
  new APIError('BAD_REQUEST', {
    code: 'PASSKEY_USER_NOT_VERIFIED',
    message: 'The authenticator did not verify the user',
  });

interface StoredPasskey {
  id: string;
  name?: string | null;
  userId: string;
  createdAt: Date | string;
}

function isStoredPasskey(value: unknown): value is StoredPasskey {
  return Boolean(value && typeof value === 'object' && 'id' in value && 'userId' in value);
}

export function passkeyPlugin(options: { db: Database; env: Pick<Env, 'publicUrl'> }) {
  const { db } = options;
  const publicUrl = new URL(options.env.publicUrl);
  const plugin = passkey({
    rpID: publicUrl.hostname,
    rpName: 'makker',
    origin: publicUrl.origin,
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    advanced: { webAuthnChallengeCookie: 'passkey_challenge' },
    registration: {
      afterVerification({ verification }) {
        if (!verification.registrationInfo?.userVerified) throw notVerified();
      },
    },
    authentication: {
      afterVerification({ verification }) {
        if (!verification.authenticationInfo.userVerified) throw notVerified();
      },
    },
  });

  async function audit(event: { userId: string; action: 'create' | 'delete'; passkeyId: string }) {
    await db.transaction((tx) =>
      recordAudit(tx, {
        actorId: event.userId,
        actorRole: 'self',
        action: event.action,
        subjectId: event.userId,
        programmeId: null,
        purpose: event.action === 'create' ? 'passkey added' : 'passkey removed',
        details: { passkeyId: event.passkeyId },
      }),
    );
  }

  // A name is required when a passkey is made or renamed; the plugin would take any length.
  const checkName = createAuthMiddleware(async (ctx) => {
    const name = (ctx.body as { name?: unknown } | undefined)?.name;
    if (typeof name !== 'string' || name.trim() === '' || name.trim().length > MAX_PASSKEY_NAME_LENGTH)
      throw new APIError('BAD_REQUEST', { code: 'PASSKEY_NAME_INVALID', message: 'name' });
  });

  const afterPasskeyCall = createAuthMiddleware(async (ctx) => {
    const returned: unknown = ctx.context.returned;
    if (!returned || returned instanceof APIError || typeof returned !== 'object') return;
    switch (ctx.path) {
      case AUTHENTICATE_OPTIONS:
        // The plugin hard-codes "preferred" for logins; browsers then may skip the PIN or fingerprint.
        return ctx.json({ ...returned, userVerification: 'required' });
      case VERIFY_REGISTRATION:
        if (isStoredPasskey(returned))
          await audit({ userId: returned.userId, action: 'create', passkeyId: returned.id });
        return;
      case VERIFY_AUTHENTICATION: {
        // The session is in its HttpOnly cookie; its token must not reach page scripts.
        const { session: _session, ...rest } = returned as { session?: unknown };
        return ctx.json(rest);
      }
      case LIST:
        if (!Array.isArray(returned)) return;
        return ctx.json(
          returned
            .filter(isStoredPasskey)
            .map(({ id, name, createdAt }) => ({ id, name: name ?? null, createdAt })),
        );
      case DELETE: {
        const session = await getSessionFromCtx(ctx);
        const id = (ctx.body as { id?: unknown } | undefined)?.id;
        if (session && typeof id === 'string')
          await audit({ userId: session.user.id, action: 'delete', passkeyId: id });
        return;
      }
      default:
        return;
    }
  });

  return {
    ...plugin,
    hooks: {
      before: [
        {
          matcher: (context) => [VERIFY_REGISTRATION, UPDATE].includes(context.path ?? ''),
          handler: checkName,
        },
      ],
      after: [
        {
          matcher: (context) =>
            [AUTHENTICATE_OPTIONS, VERIFY_REGISTRATION, VERIFY_AUTHENTICATION, LIST, DELETE].includes(
              context.path ?? '',
            ),
          handler: afterPasskeyCall,
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}
