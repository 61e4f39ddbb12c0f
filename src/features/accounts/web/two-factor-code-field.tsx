import type { ChangeEvent } from 'react';
import { TextField } from '../../ui/web/index.ts';

/** What people type around the six digits (apps show "123 456"; some paste "123-456"). */
export function normaliseCode(value: string): string {
  return value.replace(/[\s-]/g, '');
}

export function isSixDigits(value: string): boolean {
  return /^\d{6}$/.test(normaliseCode(value));
}

/**
 * The field for a six-digit code from an authenticator app: the number keyboard on phones, and
 * `one-time-code` so phones and password managers may offer the code themselves.
 */
export function TwoFactorCodeField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  error: string | undefined;
}) {
  return (
    <TextField
      {...props}
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
    />
  );
}
