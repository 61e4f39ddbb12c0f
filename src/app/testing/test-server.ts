/** A server on a fresh test database, for HTTP-level tests with `app.inject`. */
import { loadEnv } from '../../server/env.ts';
import { createTestDatabase, type TestDatabase } from '../../server/testing/test-database.ts';
import { seedDemo } from '../demo.ts';
import { buildServer } from '../server.ts';

export type TestServer = Awaited<ReturnType<typeof createTestServer>>;

export async function createTestServer(overrides: Record<string, string> = {}) {
  const t: TestDatabase = await createTestDatabase();
  const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...overrides });
  await seedDemo(t.db, env);
  const app = await buildServer({ env, db: t.db });
  return {
    app,
    t,
    env,
    /** A same-origin API call, as the web app makes it (with the session cookie when given). */
    call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie?: string, payload?: unknown) {
      return app.inject({
        method,
        url,
        ...(payload !== undefined ? { payload: payload as object } : {}),
        headers: { origin: env.publicUrl, ...(cookie ? { cookie } : {}) },
      });
    },
    async close() {
      await app.close();
      await t.close();
    },
  };
}
