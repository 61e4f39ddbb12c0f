/**
 * solveAssignmentOffThread gives the same answer as solveAssignment, from the sources (tsx, as in
 * tests and development) and from a bundle built with the flags of `npm run build:server` (as
 * `npm start` runs), where the worker is the entry esbuild writes beside the chunks.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../../app/testing/processes.ts';
import { problemFromScores } from './assignment-problem.ts';
import { solveAssignment } from './solve-assignment.ts';
import { solveAssignmentOffThread } from './solve-off-thread.ts';

const scores = [
  [5, 1, null],
  [4, 4, 2],
  [null, 3, 9],
  [7, null, 1],
];
const capacity = [2, 1, 1];
const problem = problemFromScores(scores, capacity);
const expected = solveAssignment(problem);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'makker-solver-bundle-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('solveAssignmentOffThread', () => {
  it('solves in a worker from the sources and leaves the caller its arrays', async () => {
    const solution = await solveAssignmentOffThread(problem, { minPairs: 0 });
    expect(Array.from(solution.mentorOfPeer)).toEqual(Array.from(expected.mentorOfPeer));
    expect(solution.total).toBe(expected.total);
    expect(problem.score).toHaveLength(9);
  });

  it('solves small problems on the calling thread', async () => {
    const solution = await solveAssignmentOffThread(problem);
    expect(solution.total).toBe(expected.total);
  });

  it('passes a solver error on from the worker', async () => {
    const broken = { ...problem, mentor: problem.mentor.map(() => 7) };
    await expect(solveAssignmentOffThread(broken, { minPairs: 0 })).rejects.toThrow('malformed');
  });

  it('works from a bundle built like `npm run build:server`', { timeout: 60_000 }, () => {
    const script: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts[
      'build:server'
    ];
    const worker = 'src/features/matching/server/solver/matching-solver-worker.ts';
    expect(script).toContain(worker);
    const outdir = path.join(tmp, 'dist/server');
    const args = script
      .split(' ')
      .slice(1)
      .map((arg) =>
        arg === 'src/app/main.ts'
          ? 'src/features/matching/server/solver/testing/off-thread-bundle-entry.ts'
          : arg,
      )
      .map((arg) => (arg.startsWith('--outdir=') ? `--outdir=${outdir}` : arg));
    const build = spawnSync(path.join(ROOT, 'node_modules/.bin/esbuild'), args, {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(build.stderr).toBe('');
    expect(fs.existsSync(path.join(outdir, 'matching-solver-worker.js'))).toBe(true);
    const run = spawnSync(
      process.execPath,
      [path.join(outdir, 'off-thread-bundle-entry.js'), JSON.stringify({ scores, capacity })],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      mentorOfPeer: Array.from(expected.mentorOfPeer),
      total: expected.total,
      isMainThread: true,
    });
  });
});
