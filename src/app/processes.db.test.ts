/**
 * What a user does from the shell, with real processes: start, a second start on the same
 * embedded folder, two instances on one PostgreSQL database, and the CLI's backup and restore.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../server/testing/test-database.ts';
import { freePort, runCli, runServerToExit, startServer } from './testing/processes.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'makker-proc-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const programmes = async (port: number) =>
  (await (await fetch(`http://127.0.0.1:${port}/api/public/programmes`)).json()) as {
    programmes: { slug: string }[];
  };

// Real processes on two shared cores: generous time limits (these are not performance checks).
describe.runIf(testDatabaseKind() === 'pglite')(
  'embedded database from the shell',
  { timeout: 180_000 },
  () => {
    const dataDir = path.join(tmp, 'data');

    it('starts, seeds the demo, and refuses a second process on the same folder', async () => {
      const server = await startServer({ MAKKER_DATA_DIR: dataDir });
      try {
        expect(server.output()).toContain('makker is running');
        expect((await programmes(server.port)).programmes.map((p) => p.slug)).toEqual([
          'peer-faellesskabet-vejle',
        ]);
        const second = runServerToExit({ MAKKER_DATA_DIR: dataDir, PORT: String(await freePort()) });
        expect(second.code).toBe(1);
        expect(second.output).toMatch(/already in use by process \d+/);
        const cli = runCli(['backup', path.join(tmp, 'x.gz')], { MAKKER_DATA_DIR: dataDir });
        expect(cli.code).toBe(1);
        expect(cli.stderr).toMatch(/already in use/);
      } finally {
        await server.stop();
      }
      // The folder is intact and opens again.
      const again = await startServer({ MAKKER_DATA_DIR: dataDir });
      expect((await programmes(again.port)).programmes).toHaveLength(1);
      await again.stop();
    });

    it('backs up with the CLI and restores into a new folder', () => {
      const file = path.join(tmp, 'backup.gz');
      const backup = runCli(['backup', file], { MAKKER_DATA_DIR: dataDir });
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      expect(backup.stdout).toMatch(/Backup written to .*: \d+ tables, \d+ rows/);
      const restore = runCli(['restore', file], { MAKKER_DATA_DIR: path.join(tmp, 'restored') });
      expect(restore.code).toBe(0);
      const rows = Number(/(\d+) rows/.exec(backup.stdout)?.[1]);
      expect(restore.stdout).toContain(`Restored ${rows} rows`);
      const again = runCli(['backup', path.join(tmp, 'again.gz')], {
        MAKKER_DATA_DIR: path.join(tmp, 'restored'),
      });
      expect(again.stdout).toContain(`${rows} rows`);
    });

    it('explains wrong usage with exit code 2', () => {
      expect(runCli(['restore'], { MAKKER_DATA_DIR: dataDir })).toMatchObject({ code: 2 });
      expect(runCli(['frobnicate'], { MAKKER_DATA_DIR: dataDir }).stderr).toContain('unknown command');
      const bad = path.join(tmp, 'not-a-backup.gz');
      fs.writeFileSync(bad, 'hello');
      const restore = runCli(['restore', bad], { MAKKER_DATA_DIR: path.join(tmp, 'other') });
      expect(restore.code).toBe(2);
      expect(restore.stderr).toMatch(/could not be read/);
    });

    it('stops with a message naming a wrong setting', () => {
      const result = runServerToExit({ MAKKER_DATA_DIR: dataDir, PORT: 'eighty' });
      expect(result.code).toBe(1);
      expect(result.output).toContain('PORT');
    });
  },
);

describe.runIf(testDatabaseKind() === 'postgres')('PostgreSQL from the shell', { timeout: 180_000 }, () => {
  it('serves one database from two instances on different ports at once', async () => {
    const t = await createTestDatabase();
    try {
      const [a, b] = await Promise.all([
        startServer({ DATABASE_URL: t.url! }),
        startServer({ DATABASE_URL: t.url! }),
      ]);
      try {
        expect(a.port).not.toBe(b.port);
        const [pa, pb] = await Promise.all([programmes(a.port), programmes(b.port)]);
        expect(pa.programmes.map((p) => p.slug)).toEqual(['peer-faellesskabet-vejle']);
        expect(pb).toEqual(pa); // seeded once, not twice
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    } finally {
      await t.close();
    }
  });
});
