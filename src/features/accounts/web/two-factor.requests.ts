/**
 * The calls to better-auth's two-factor plugin (under /api/auth/two-factor) that the pages make,
 * through apiFetch like auth.requests.ts. The bridge in auth.routes.ts drops the session token
 * from the answers: the session lives only in its HttpOnly cookie.
 */
import { apiFetch } from '../../../shared/api-client.ts';

/** The second step of a password login (the two-factor cookie from the first step goes along). */
export function verifyTotpCode(code: string) {
  return apiFetch<unknown>('/api/auth/two-factor/verify-totp', { method: 'POST', body: { code } });
}

/** A recovery code instead of the app's code; each works once. */
export function verifyRecoveryCode(code: string) {
  return apiFetch<unknown>('/api/auth/two-factor/verify-backup-code', { method: 'POST', body: { code } });
}

/** The answer to starting set-up: not on yet, until a code from the app is confirmed. */
export interface StartedTwoFactor {
  /** otpauth://totp/makker:<e-mail>?secret=…: what the QR code holds. */
  totpURI: string;
  backupCodes: string[];
}

export function startTwoFactor(password: string) {
  return apiFetch<StartedTwoFactor>('/api/auth/two-factor/enable', { method: 'POST', body: { password } });
}

/** Confirms set-up with a code from the app; this turns two-factor on (and renews the session). */
export function confirmTwoFactor(code: string) {
  return verifyTotpCode(code);
}

/** Ends every other session of the person: made before two-factor, they never gave a code. */
export function endOtherSessions() {
  return apiFetch<unknown>('/api/auth/revoke-other-sessions', { method: 'POST', body: {} });
}

export function newRecoveryCodes(password: string) {
  return apiFetch<{ backupCodes: string[] }>('/api/auth/two-factor/generate-backup-codes', {
    method: 'POST',
    body: { password },
  });
}

export function turnOffTwoFactor(password: string) {
  return apiFetch<unknown>('/api/auth/two-factor/disable', { method: 'POST', body: { password } });
}
