/**
 * The calls to better-auth (mounted at /api/auth) that the pages make. Every call goes through
 * apiFetch, so errors arrive as ApiError with our problem code and a translated title.
 */
import { apiFetch } from '../../../shared/api-client.ts';

/** 200 body of a password login: the session cookie is set, unless two-factor must come first. */
export interface PasswordSignInResult {
  twoFactorRedirect?: boolean;
}

export function signInWithPassword(input: { email: string; password: string }) {
  return apiFetch<PasswordSignInResult>('/api/auth/sign-in/email', { method: 'POST', body: input });
}

/** Mails a one-time link; the answer is the same whether or not the address has an account. */
export function requestLoginLink(email: string) {
  return apiFetch<unknown>('/api/auth/sign-in/magic-link', {
    method: 'POST',
    // A used or expired link lands on the login page with ?error=…, where a new one can be asked for.
    body: { email, callbackURL: '/min-side', errorCallbackURL: '/log-ind' },
  });
}

/** Mails a link to /ny-adgangskode?token=…; the same answer for unknown addresses. */
export function requestPasswordReset(email: string) {
  return apiFetch<unknown>('/api/auth/request-password-reset', {
    method: 'POST',
    body: { email, redirectTo: '/ny-adgangskode' },
  });
}

export function resetPassword(input: { newPassword: string; token: string }) {
  return apiFetch<unknown>('/api/auth/reset-password', { method: 'POST', body: input });
}

export function signOut() {
  return apiFetch<unknown>('/api/auth/sign-out', { method: 'POST', body: {} });
}

/** Ends every session of the person, on every device (this one included). */
export function signOutEverywhere() {
  return apiFetch<unknown>('/api/auth/revoke-sessions', { method: 'POST', body: {} });
}
