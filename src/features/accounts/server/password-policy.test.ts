import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './hash-password.ts';
import { checkPassword } from './password-policy.ts';

describe('password policy', () => {
  it('needs at least 10 characters', () => {
    expect(checkPassword('Kort1!x')).toBe('too-short');
    expect(checkPassword('æøå-ÆØÅ-12')).toBeNull();
  });

  it('refuses common passwords, also with digits around them and Danish favourites', () => {
    for (const p of [
      'password123',
      'qwertyuiop',
      '1234567890',
      'Sommer2024!',
      'kodeord1234',
      'Vejle123456',
    ]) {
      expect(checkPassword(p), p).toBe('common');
    }
  });

  it('refuses the e-mail name as password', () => {
    expect(checkPassword('karen.hansen1', 'karen.hansen@example.org')).toBe('same-as-email');
  });

  it('accepts a long passphrase and never throws', () => {
    expect(checkPassword('blå kaffekop ved havnen')).toBeNull();
    fc.assert(
      fc.property(fc.string(), fc.option(fc.emailAddress()), (p, e) => {
        checkPassword(p, e ?? undefined);
      }),
      { seed: 4, numRuns: 300 },
    );
  });
});

describe('argon2id hashing', () => {
  it('verifies the right password only, and survives a malformed hash', async () => {
    const stored = await hashPassword('blå kaffekop ved havnen');
    expect(stored.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword({ hash: stored, password: 'blå kaffekop ved havnen' })).toBe(true);
    expect(await verifyPassword({ hash: stored, password: 'blå kaffekop ved havnen ' })).toBe(false);
    expect(await verifyPassword({ hash: 'nonsense', password: 'x' })).toBe(false);
  });
});
