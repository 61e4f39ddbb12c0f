/**
 * `npx makker import postcodes <file>` as a real process: the sample imports, and a malformed file
 * is refused with its line and exit code 2 (import-postcodes.db.test.ts checks the table).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from '../server/testing/test-database.ts';
import { runCli } from './testing/processes.ts';

// Test data, not the official table (see the README beside it).
const SAMPLE = fileURLToPath(
  new URL('../features/intake/server/testdata/postcodes-sample.csv', import.meta.url),
);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'makker-postcodes-'));

describe('makker import postcodes', { timeout: 180_000 }, () => {
  let t: TestDatabase | null = null;
  let env: Record<string, string>;

  beforeAll(async () => {
    if (testDatabaseKind() === 'postgres') {
      t = await createTestDatabase();
      env = { DATABASE_URL: t.url! };
    } else {
      env = { MAKKER_DATA_DIR: path.join(tmp, 'data') };
    }
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('imports the sample file and prints the counts', () => {
    const result = runCli(['import', 'postcodes', SAMPLE], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Imported 9 rows from ${SAMPLE}: 8 postcodes, 1 of them in several municipalities.`,
    );
  });

  it('refuses a malformed file with its failing line and exit code 2', () => {
    const bad = path.join(tmp, 'bad.csv');
    fs.writeFileSync(bad, 'postnr;postnrnavn;kommunekode\n7100;Vejle;0630\n71OO;Vejle;0630\n');
    const result = runCli(['import', 'postcodes', bad], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('The postcode file was refused and nothing was changed.');
    expect(result.stderr).toContain('line 3: the postcode "71OO" is not four digits');
    expect(result.stdout).toBe('');
  });

  it('explains wrong usage and a missing file with exit code 2', () => {
    expect(runCli(['import', 'postcodes'], env)).toMatchObject({ code: 2 });
    const missing = runCli(['import', 'postcodes', path.join(tmp, 'nope.csv')], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
  });
});
