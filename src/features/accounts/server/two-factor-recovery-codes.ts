import { randomInt } from 'node:crypto';

/** Lower case letters and digits without the look-alikes 0/o and 1/l/i. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * Ten recovery codes like `k7mq2-w9xhd`, for better-auth's twoFactor plugin. They are read off
 * paper and typed on a phone, so no capitals (its own codes mix cases, and phones capitalise the
 * first letter) and no characters that look alike. 31 characters × 10 ≈ 49 bits per code, against
 * five tries per login and a lock after ten failures in a row.
 */
export function generateRecoveryCodes(): string[] {
  return Array.from({ length: 10 }, () => {
    const code = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}
