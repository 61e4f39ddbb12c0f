import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateEncryptionKey } from './crypto.ts';
import { EnvError, loadEnv } from './env.ts';

describe('configuration', () => {
  it('has working defaults for a first start', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      NODE_ENV: 'development',
      demo: true,
      publicUrl: 'http://localhost:3000',
    });
    expect(env.dataDir).toBe(path.resolve('./data'));
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('never seeds demo data by default in production', () => {
    expect(
      loadEnv({
        NODE_ENV: 'production',
        MAKKER_ENCRYPTION_KEYS: generateEncryptionKey('k1'),
        MAKKER_AUTH_SECRET: 'x'.repeat(40),
      }).demo,
    ).toBe(false);
  });

  it('needs an encryption key in production, and uses a marked development key otherwise', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(
      /MAKKER_ENCRYPTION_KEYS: required in production/,
    );
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/MAKKER_AUTH_SECRET: required in production/);
    expect(loadEnv({}).usingDevelopmentKey).toBe(true);
    const env = loadEnv({ MAKKER_ENCRYPTION_KEYS: generateEncryptionKey('k1') });
    expect(env).toMatchObject({
      usingDevelopmentKey: false,
      encryptionKeys: [expect.objectContaining({ id: 'k1' })],
    });
    expect(() => loadEnv({ MAKKER_ENCRYPTION_KEYS: 'k1:dG9vLXNob3J0' })).toThrow(
      /MAKKER_ENCRYPTION_KEYS: key k1 must be 32 bytes/,
    );
    try {
      loadEnv({ MAKKER_ENCRYPTION_KEYS: 'k1:dG9vLXNob3J0' });
    } catch (error) {
      expect((error as Error).message).not.toContain('dG9vLXNob3J0');
    }
  });

  it('treats empty values as unset', () => {
    expect(loadEnv({ PORT: '', MAKKER_DATA_DIR: '' }).PORT).toBe(3000);
  });

  it('names every wrong variable', () => {
    try {
      loadEnv({ PORT: 'eighty', NODE_ENV: 'prod', JOBS_ENABLED: 'maybe' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('"eighty"');
      expect(message).toContain('NODE_ENV');
      expect(message).toContain('JOBS_ENABLED');
    }
  });

  it('names a wrong DATABASE_URL without echoing it (it may hold a password)', () => {
    expect(() => loadEnv({ DATABASE_URL: 'mysql://user:hunter2@db/makker' })).toThrow(/DATABASE_URL/);
    try {
      loadEnv({ DATABASE_URL: 'mysql://user:hunter2@db/makker' });
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
    }
  });
});
