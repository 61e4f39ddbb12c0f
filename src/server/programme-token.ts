import { createHash, randomBytes } from 'node:crypto';

/**
 * A bearer token for a programme's row that its holder uses without logging in (an invitation, an
 * application's continue link): `<programme id without dashes>.<32 random bytes, base64url>`.
 * The programme part lets the server find the programme (row-level security needs it before any
 * row can be read); the random part is the secret, stored only as its SHA-256.
 */
export function newProgrammeToken(programmeId: string): { token: string; hash: string } {
  const token = `${programmeId.replaceAll('-', '')}.${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashProgrammeToken(token) };
}

export function hashProgrammeToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The programme id in a token, or null when the token cannot be one of ours. */
export function programmeOfToken(token: string): string | null {
  const match = /^([0-9a-f]{32})\.[A-Za-z0-9_-]{43}$/.exec(token);
  if (!match) return null;
  const h = match[1]!;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
