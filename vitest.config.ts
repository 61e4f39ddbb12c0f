import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `pglite` runs every test (database tests on a PGlite copy of a migrated
 * template); `postgres` runs the database suites (`*.db.test.ts`) again against PostgreSQL when
 * TEST_DATABASE_URL is set, each run in databases of its own that it drops afterwards.
 */
const postgres = process.env.TEST_DATABASE_URL;

export default defineConfig({
  // The same alias as vite.config.ts, for tests of components that use DKFDS assets.
  resolve: { alias: { 'dkfds-dist': fileURLToPath(new URL('./node_modules/dkfds/dist', import.meta.url)) } },
  test: {
    globalSetup: ['./src/server/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true as const,
        test: {
          name: 'pglite',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
          env: { MAKKER_TEST_DB: 'pglite' },
        },
      },
      ...(postgres
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: ['src/**/*.db.test.ts'],
                env: { MAKKER_TEST_DB: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
});
