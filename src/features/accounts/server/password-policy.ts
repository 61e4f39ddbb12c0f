/**
 * Password rules: at least 10 characters, not one of the ~49 000 most common passwords
 * (the list shipped in @zxcvbn-ts/language-common) or an obvious Danish one, and not the e-mail.
 */
import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

/** Common Danish choices the international list does not have. */
const DANISH = [
  'kodeord',
  'adgangskode',
  'hemmelig',
  'sommer',
  'vinter',
  'foraar',
  'efteraar',
  'danmark',
  'kobenhavn',
  'københavn',
  'vejle',
  'aarhus',
  'odense',
  'aalborg',
  'makker',
  'password',
  'qwerty',
];

const common = new Set<string>([...(dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase())]);

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'same-as-email';

/** Why a password is refused, or null when it is fine. */
export function checkPassword(password: string, email?: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too-short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too-long';
  const lower = password.toLowerCase();
  if (common.has(lower)) return 'common';
  // "sommer2024", "Vejle1234!": a common word with digits and punctuation around it.
  const core = lower.replace(/^[^a-zæøå]+|[^a-zæøå]+$/g, '');
  if (common.has(core) || DANISH.includes(core)) return 'common';
  if (
    email &&
    lower.includes(email.toLowerCase().split('@')[0] ?? '\u0000') &&
    core.length <= 4 + (email.split('@')[0]?.length ?? 0)
  ) {
    return 'same-as-email';
  }
  return null;
}

const PROBLEM_CODES = {
  'too-short': 'PASSWORD_TOO_SHORT',
  'too-long': 'PASSWORD_TOO_LONG',
  common: 'PASSWORD_COMMON',
  'same-as-email': 'PASSWORD_SAME_AS_EMAIL',
} as const satisfies Record<PasswordProblem, string>;

/** The API error code of a password problem. */
export function passwordProblemCode(problem: PasswordProblem) {
  return PROBLEM_CODES[problem];
}
