import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCipher, DecryptionError, generateEncryptionKey, parseEncryptionKeys } from './crypto.ts';

const k1 = generateEncryptionKey('k2026');
const k2 = generateEncryptionKey('k2027');

describe('encryption at rest', () => {
  it('round-trips any text, and never stores it in the clear', () => {
    const cipher = createCipher(parseEncryptionKeys(k1));
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ maxLength: 40 }),
        (text, context) => {
          const stored = cipher.encrypt(text, context);
          expect(stored.startsWith('enc:v1:k2026:')).toBe(true);
          if (text.length > 3) expect(stored).not.toContain(text);
          expect(cipher.decrypt(stored, context)).toBe(text);
        },
      ),
      { seed: 20261125, numRuns: 200 },
    );
  });

  it('gives a different ciphertext each time (random IV)', () => {
    const cipher = createCipher(parseEncryptionKeys(k1));
    expect(cipher.encrypt('Vi mødes ved caféen', 'note:1')).not.toBe(
      cipher.encrypt('Vi mødes ved caféen', 'note:1'),
    );
  });

  it('refuses a value moved to another row, a tampered value and an unknown key', () => {
    const cipher = createCipher(parseEncryptionKeys(k1));
    const stored = cipher.encrypt('privat', 'note:1');
    expect(() => cipher.decrypt(stored, 'note:2')).toThrow(DecryptionError);
    const last = stored.at(-2) === 'A' ? 'B' : 'A';
    expect(() => cipher.decrypt(`${stored.slice(0, -2)}${last}=`, 'note:1')).toThrow(DecryptionError);
    expect(() => createCipher(parseEncryptionKeys(k2)).decrypt(stored, 'note:1')).toThrow(/unknown key/);
    expect(() => cipher.decrypt('plain text', 'note:1')).toThrow(DecryptionError);
  });

  it('rotates: a new first key encrypts, old values still decrypt and are marked for re-encryption', () => {
    const old = createCipher(parseEncryptionKeys(k1));
    const stored = old.encrypt('gammel note', 'note:7');
    const rotated = createCipher(parseEncryptionKeys(`${k2},${k1}`));
    expect(rotated.activeKeyId).toBe('k2027');
    expect(rotated.decrypt(stored, 'note:7')).toBe('gammel note');
    expect(rotated.needsRotation(stored)).toBe(true);
    const again = rotated.encrypt(rotated.decrypt(stored, 'note:7'), 'note:7');
    expect(rotated.needsRotation(again)).toBe(false);
    expect(() => old.decrypt(again, 'note:7')).toThrow(/unknown key/);
  });

  it('explains malformed key configuration', () => {
    expect(() => parseEncryptionKeys('')).toThrow(/at least one key/);
    expect(() => parseEncryptionKeys('k1:c2hvcnQ=')).toThrow(/32 bytes/);
    expect(() => parseEncryptionKeys('no-colon')).toThrow(/id:base64key/);
    expect(() => parseEncryptionKeys(`${k1},${k1}`)).toThrow(/unique/);
  });
});
