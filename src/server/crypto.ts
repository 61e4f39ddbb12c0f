/**
 * Encryption at rest for free-text notes and messages: AES-256-GCM with a random 96-bit IV per
 * value and a context (e.g. `mentorship_note:<id>`) bound as additional data, so a ciphertext
 * copied to another row or column does not decrypt. Values look like `enc:v1:<keyId>:<base64>`.
 *
 * Keys come from MAKKER_ENCRYPTION_KEYS as `id:base64key` pairs separated by commas; the first
 * encrypts, all decrypt. Rotation: put a new key first, keep the old ones, run
 * `npx makker encryption rotate` (re-encrypts every registered column), then drop the old key.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

export class DecryptionError extends Error {}

/** Parses `id:base64key[,id:base64key…]`; throws with a message naming what is wrong. */
export function parseEncryptionKeys(value: string): EncryptionKey[] {
  const keys = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [id, encoded, ...rest] = part.split(':');
      if (!id || !encoded || rest.length > 0 || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) {
        throw new Error('each key must be written id:base64key, with an id of letters, digits, - or _');
      }
      const key = Buffer.from(encoded, 'base64');
      if (key.length !== 32) throw new Error(`key ${id} must be 32 bytes (base64 of 32 random bytes)`);
      return { id, key };
    });
  if (keys.length === 0) throw new Error('at least one key is needed');
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new Error('key ids must be unique');
  return keys;
}

export interface Cipher {
  /** The id of the key new values are encrypted with. */
  readonly activeKeyId: string;
  encrypt(plaintext: string, context: string): string;
  decrypt(value: string, context: string): string;
  /** Whether a stored value was encrypted with an older key and should be re-encrypted. */
  needsRotation(value: string): boolean;
}

/** A cipher over the configured keys (the first one encrypts). */
export function createCipher(keys: EncryptionKey[]): Cipher {
  const [active] = keys;
  if (!active) throw new Error('no encryption key');
  const byId = new Map(keys.map((k) => [k.id, k.key]));
  return {
    activeKeyId: active.id,
    encrypt(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', active.key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return `${PREFIX}${active.id}:${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64')}`;
    },
    decrypt(value, context) {
      if (!value.startsWith(PREFIX)) throw new DecryptionError('not an encrypted value');
      const rest = value.slice(PREFIX.length);
      const colon = rest.indexOf(':');
      const key = byId.get(rest.slice(0, colon));
      if (colon < 1 || !key) throw new DecryptionError('encrypted with an unknown key');
      const raw = Buffer.from(rest.slice(colon + 1), 'base64');
      if (raw.length < IV_BYTES + TAG_BYTES) throw new DecryptionError('truncated value');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
        return Buffer.concat([
          decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new DecryptionError('the value does not decrypt with its key and context');
      }
    },
    needsRotation(value) {
      return !value.startsWith(`${PREFIX}${active.id}:`);
    },
  };
}

/** A new random key in the configuration format, for `npx makker encryption new-key`. */
export function generateEncryptionKey(id: string): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}
