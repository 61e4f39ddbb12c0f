/**
 * The only reader of process.env. Every setting is validated once at start-up; a wrong value
 * stops the process with a message that names the variable (see `.env.example`).
 */
import { createHmac } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { type EncryptionKey, parseEncryptionKeys } from './crypto.ts';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.string().url().optional(),
  TRUST_PROXY: bool.default(false),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  MAKKER_DATA_DIR: z.string().min(1).default('./data'),
  MAKKER_DEMO: bool.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  APPLICATIONS_PER_HOUR: z.coerce.number().int().min(1).default(20),
  JOBS_ENABLED: bool.default(true),
  JOBS_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  SMTP_URL: z
    .string()
    .url()
    .refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('makker <no-reply@localhost>'),
  SMS_GATEWAY_URL: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'must start with https:// or http://')
    .optional(),
  SMS_GATEWAY_TOKEN: z.string().min(1).optional(),
  SESSION_IDLE_MINUTES_PRIVILEGED: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_IDLE_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(50),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  MAKKER_AUTH_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters (e.g. openssl rand -base64 48)')
    .optional(),
  /** Keys the research export's pseudonyms (HMAC-SHA256); derived from the auth secret when unset. */
  MAKKER_PSEUDONYM_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  MAKKER_ENCRYPTION_KEYS: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value === undefined) return;
      try {
        parseEncryptionKeys(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
  // OpenID Connect login (a MitID broker or the municipality's login): all three or none.
  OIDC_ISSUER: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'must start with https:// (http:// only outside production)')
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_LABEL: z.string().trim().min(1).max(40).default('MitID'),
  OIDC_SCOPES: z
    .string()
    .default('openid email profile')
    .transform((v) => v.split(/\s+/).filter(Boolean))
    .refine((s) => s.includes('openid') && s.includes('email'), 'must include openid and email')
    // makker never asks for a CPR number; brokers call that scope e.g. "cpr" or "ssn".
    .refine((s) => !s.some((x) => /cpr|ssn/i.test(x)), 'must not ask for a CPR number (cpr/ssn)'),
});

/**
 * Outside production, a fixed and publicly known key keeps the demo working without set-up.
 * It protects nothing; production refuses to start without MAKKER_ENCRYPTION_KEYS.
 */
const DEVELOPMENT_KEY = 'dev:ZGV2ZWxvcG1lbnQta2V5LW5vdC1mb3ItcmVhbC1kYXQ=';

const SECRET_KEYS = new Set([
  'DATABASE_URL',
  'SMTP_URL',
  'MAKKER_ENCRYPTION_KEYS',
  'MAKKER_AUTH_SECRET',
  'MAKKER_PSEUDONYM_KEY',
  'SMS_GATEWAY_URL',
  'SMS_GATEWAY_TOKEN',
  'OIDC_CLIENT_SECRET',
]);

export type Env = z.infer<typeof envSchema> & {
  /** Absolute path of the embedded database folder. */
  dataDir: string;
  /** Whether the demo programme is seeded on first start. */
  demo: boolean;
  publicUrl: string;
  encryptionKeys: EncryptionKey[];
  /** Signs session cookies and encrypts two-factor secrets. */
  authSecret: string;
  /** True when running on the built-in development key. */
  usingDevelopmentKey: boolean;
  /** The research export's pseudonym key (decision 046): stable while the configuration is. */
  pseudonymKey: string;
  /** OpenID Connect login, when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. */
  oidc: OidcConfig | null;
};

export interface OidcConfig {
  /** Without a trailing slash; discovery is at `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The button says "Log ind med {label}". */
  label: string;
  scopes: string[];
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** The OpenID Connect settings, or null when none are set; half a configuration stops start-up. */
function readOidc(env: z.infer<typeof envSchema>): OidcConfig | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
  if (!issuer && !clientId && !clientSecret) return null;
  if (!issuer || !clientId || !clientSecret) {
    const given = { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret };
    throw new EnvError(
      Object.entries(given)
        .filter(([, value]) => !value)
        .map(([name]) => `${name}: required for OpenID Connect login (set all three or none)`),
    );
  }
  // The provider's answers carry identities: never over plain HTTP in production.
  if (env.NODE_ENV === 'production' && !issuer.startsWith('https://'))
    throw new EnvError([`OIDC_ISSUER: must start with https:// in production (got ${issuer})`]);
  const label = env.OIDC_LABEL;
  return { issuer: issuer.replace(/\/$/, ''), clientId, clientSecret, label, scopes: env.OIDC_SCOPES };
}

/** Parses and validates configuration; throws EnvError naming every wrong variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings count as unset so that `FOO=` in a .env file falls back to the default.
  const cleaned = Object.fromEntries(
    Object.keys(envSchema.shape).map((k) => [k, source[k] === '' ? undefined : source[k]]),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new EnvError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0]);
        // Connection strings may hold passwords: name them, never echo them.
        const shown = SECRET_KEYS.has(name) ? '' : ` (got ${JSON.stringify(cleaned[name])})`;
        return `${name}: ${i.message}${shown}`;
      }),
    );
  }
  const env = parsed.data;
  if (env.NODE_ENV === 'production') {
    const missing = [
      !env.MAKKER_ENCRYPTION_KEYS &&
        'MAKKER_ENCRYPTION_KEYS: required in production (generate one with `npx makker encryption new-key`)',
      !env.MAKKER_AUTH_SECRET && 'MAKKER_AUTH_SECRET: required in production (at least 32 random characters)',
    ].filter((m): m is string => Boolean(m));
    if (missing.length > 0) throw new EnvError(missing);
  }
  return {
    ...env,
    dataDir: path.resolve(env.MAKKER_DATA_DIR),
    demo: env.MAKKER_DEMO ?? env.NODE_ENV !== 'production',
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    encryptionKeys: parseEncryptionKeys(env.MAKKER_ENCRYPTION_KEYS ?? DEVELOPMENT_KEY),
    usingDevelopmentKey: !env.MAKKER_ENCRYPTION_KEYS,
    authSecret: env.MAKKER_AUTH_SECRET ?? 'development-only-auth-secret-not-for-real-data',
    pseudonymKey:
      env.MAKKER_PSEUDONYM_KEY ??
      createHmac('sha256', env.MAKKER_AUTH_SECRET ?? 'development-only-auth-secret-not-for-real-data')
        .update('makker research pseudonyms')
        .digest('base64'),
    oidc: readOidc(env),
  };
}
