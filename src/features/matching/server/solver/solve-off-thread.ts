/**
 * Large rounds are solved in a worker thread so that the server keeps answering requests while a
 * solve runs (a 20 000 × 5 000 round takes about a second). The worker is
 * matching-solver-worker.ts: from the sources (tsx: tests, development) it is started through
 * tsx's loader; from the bundle (`npm start`) it is the entry esbuild writes beside the chunk this
 * code ends up in (dist/server/matching-solver-worker.js).
 */
import { Worker } from 'node:worker_threads';
import type { AssignmentProblem, AssignmentSolution } from './assignment-problem.ts';
import { solveAssignment } from './solve-assignment.ts';

/** Problems with at least this many admissible pairs are solved off the main thread. */
export const OFF_THREAD_MIN_PAIRS = 50_000;

export interface OffThreadOptions {
  /** Admissible pairs from which a worker is used (default OFF_THREAD_MIN_PAIRS). */
  minPairs?: number;
}

/** Solves like solveAssignment, in a worker thread when the problem is large. */
export async function solveAssignmentOffThread(
  problem: AssignmentProblem,
  options: OffThreadOptions = {},
): Promise<AssignmentSolution> {
  if (problem.score.length < (options.minPairs ?? OFF_THREAD_MIN_PAIRS)) return solveAssignment(problem);
  const worker = startWorker();
  try {
    return await new Promise<AssignmentSolution>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the solver worker stopped (exit code ${code})`)));
      // Copied, not transferred: the caller keeps its arrays.
      worker.postMessage(problem);
    });
  } finally {
    await worker.terminate();
  }
}

function startWorker(): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  if (!fromSources) return new Worker(new URL('./matching-solver-worker.js', import.meta.url));
  const entry = new URL('./matching-solver-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}
