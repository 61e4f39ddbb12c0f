/**
 * The passkey calls the pages make: better-auth's passkey endpoints (under /api/auth, through
 * apiFetch like every call) around the browser's own WebAuthn dialogs (@simplewebauthn/browser).
 */
import {
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api-client.ts';

/** One of the person's passkeys as the list shows it (the server sends nothing else). */
export interface PasskeyItem {
  id: string;
  name: string | null;
  createdAt: string;
}

/** The logged-in person's passkeys, oldest first. */
export function passkeysQuery() {
  return queryOptions({
    queryKey: ['accounts', 'passkeys'],
    queryFn: ({ signal }) => apiFetch<PasskeyItem[]>('/api/auth/passkey/list-user-passkeys', { signal }),
  });
}

/** Asks the device for a new passkey (it checks the person with its lock) and stores it under `name`. */
export async function addPasskey(name: string): Promise<PasskeyItem> {
  const optionsJSON = await apiFetch<PublicKeyCredentialCreationOptionsJSON>(
    '/api/auth/passkey/generate-register-options',
  );
  const response = await startRegistration({ optionsJSON });
  return apiFetch<PasskeyItem>('/api/auth/passkey/verify-registration', {
    method: 'POST',
    body: { response, name },
  });
}

/** Lets the person pick one of their passkeys on the device; on success the session cookie is set. */
export async function logInWithPasskey(): Promise<void> {
  const optionsJSON = await apiFetch<PublicKeyCredentialRequestOptionsJSON>(
    '/api/auth/passkey/generate-authenticate-options',
  );
  const response = await startAuthentication({ optionsJSON });
  await apiFetch<unknown>('/api/auth/passkey/verify-authentication', { method: 'POST', body: { response } });
}

export function deletePasskey(id: string) {
  return apiFetch<unknown>('/api/auth/passkey/delete-passkey', { method: 'POST', body: { id } });
}
