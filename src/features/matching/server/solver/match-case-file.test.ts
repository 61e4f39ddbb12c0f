/**
 * `npx makker match --input case.json` as a real process: prints the optimal pairs and total of a
 * reference case, and refuses malformed files with a message on stderr and exit code 2.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../app/testing/processes.ts';

const CASE = fileURLToPath(new URL('./testdata/assignment/case-1005.json', import.meta.url));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'makker-match-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function refused(content: string) {
  const file = path.join(tmp, `case-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, content);
  const result = runCli(['match', '--input', file], {});
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  return result.stderr;
}

describe('makker match', { timeout: 120_000 }, () => {
  it('prints the optimal assignment of a case file', () => {
    const reference = JSON.parse(fs.readFileSync(CASE, 'utf8'));
    const result = runCli(['match', '--input', CASE], {});
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(['pairs', 'total']);
    expect(output.pairs).toHaveLength(reference.assigned);
    expect(Math.abs(output.total - reference.optimalTotal)).toBeLessThanOrEqual(1e-6);
    let total = 0;
    const load: number[] = reference.capacity.map(() => 0);
    for (const [p, m] of output.pairs as [number, number][]) {
      expect(reference.scores[p][m]).not.toBeNull();
      total += reference.scores[p][m];
      load[m]!++;
    }
    expect(total).toBeCloseTo(output.total, 9);
    for (const [m, l] of load.entries()) expect(l).toBeLessThanOrEqual(reference.capacity[m]);
  });

  it('refuses a malformed file with where and why, exit code 2', () => {
    // The other refusals are checked in-process in assignment-case.test.ts.
    const uneven = refused('{"capacity": [1, 1], "scores": [[1, 2], [3]]}');
    expect(uneven).toMatch(/^makker: .*case-\w+\.json is not a valid assignment case:\n/);
    expect(uneven).toContain('scores[1]: has 1 scores, but capacity lists 2 mentors');
  });

  it('explains a missing --input or file with exit code 2', () => {
    const usage = runCli(['match'], {});
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('match needs --input <file>');
    const missing = runCli(['match', '--input', path.join(tmp, 'nope.json')], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
  });
});
