import { createHash } from 'node:crypto';
import type { Wording } from '../questionnaire.contract.ts';

/** JSON with object keys sorted, so the same wording always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The SHA-256 (hex) of a language version's canonical wording: what the respondent was shown. */
export function wordingHash(wording: Wording): string {
  return createHash('sha256').update(canonical(wording)).digest('hex');
}
