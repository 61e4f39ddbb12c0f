/**
 * Background jobs in a table, claimed with `FOR UPDATE SKIP LOCKED` so that any number of
 * instances can poll one database and each job runs once. A claim is a lease: a job whose
 * instance died is taken again after `leaseMs`. Failures retry with exponential back-off and end
 * as `failed` with the last error kept (error messages must not hold personal data).
 */
import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Database, Executor } from './db.ts';
import { job } from './jobs.table.ts';

export type JobRow = typeof job.$inferSelect;
export type JobStatus = JobRow['status'];
export type JobHandler = (
  payload: Record<string, unknown>,
  context: { job: JobRow; db: Database },
) => Promise<void>;

export interface ScheduleJobOptions {
  kind: string;
  payload?: Record<string, unknown>;
  /** A second schedule with the same key is ignored: the first job stands. */
  idempotencyKey?: string;
  runAt?: Date;
  maxAttempts?: number;
}

/** Schedules a job (in the caller's transaction); returns its id and whether it is new. */
export async function scheduleJob(
  exec: Executor,
  options: ScheduleJobOptions,
): Promise<{ id: string; created: boolean }> {
  const inserted = await exec
    .insert(job)
    .values({
      kind: options.kind,
      payload: options.payload ?? {},
      idempotencyKey: options.idempotencyKey ?? null,
      runAt: options.runAt ?? new Date(),
      maxAttempts: options.maxAttempts ?? 5,
    })
    .onConflictDoNothing({ target: job.idempotencyKey })
    .returning({ id: job.id });
  if (inserted[0]) return { id: inserted[0].id, created: true };
  const existing = await exec
    .select({ id: job.id })
    .from(job)
    .where(eq(job.idempotencyKey, options.idempotencyKey ?? ''));
  return { id: existing[0]!.id, created: false };
}

/**
 * The time a job acts as of: `payload.now` when the job was queued for a given moment (the
 * development route `POST /api/dev/jobs` does that, so a journey can move the clock), otherwise
 * the real time. Daily jobs scheduled by the installation never carry `now`.
 */
export function jobNow(payload: Record<string, unknown>): Date {
  const given = typeof payload.now === 'string' ? new Date(payload.now) : null;
  return given && !Number.isNaN(given.getTime()) ? given : new Date();
}

/** Lists jobs, newest first, optionally by status. */
export async function listJobs(exec: Executor, options: { status?: JobStatus; limit?: number } = {}) {
  return exec
    .select()
    .from(job)
    .where(options.status ? eq(job.status, options.status) : undefined)
    .orderBy(desc(job.createdAt))
    .limit(options.limit ?? 100);
}

/** How many jobs there are in each status. */
export async function countJobsByStatus(exec: Executor): Promise<Record<string, number>> {
  const rows = await exec.select({ status: job.status, n: count() }).from(job).groupBy(job.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Puts a failed job back in the queue with fresh attempts. Returns false when it is not failed. */
export async function retryJob(exec: Executor, id: string): Promise<boolean> {
  const rows = await exec
    .update(job)
    .set({ status: 'pending', attempts: 0, runAt: new Date(), finishedAt: null, lastError: null })
    .where(and(eq(job.id, id), eq(job.status, 'failed')))
    .returning({ id: job.id });
  return rows.length > 0;
}

export interface JobRunnerOptions {
  db: Database;
  handlers: Record<string, JobHandler>;
  log: Logger;
  pollMs?: number;
  batchSize?: number;
  leaseMs?: number;
  /** Delay before retry number `attempt` (1-based). Default: 2^attempt seconds, at most an hour. */
  backoffMs?: (attempt: number) => number;
  workerId?: string;
}

export class JobRunner {
  readonly workerId: string;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;

  constructor(private readonly options: JobRunnerOptions) {
    this.workerId = options.workerId ?? `${process.pid}-${randomUUID().slice(0, 8)}`;
  }

  start() {
    this.stopped = false;
    this.schedule(0);
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delay: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .catch((error) => this.options.log.error({ err: error }, 'job poll failed'))
        .finally(() => this.schedule(this.options.pollMs ?? 1000));
    }, delay);
    this.timer.unref();
  }

  private async drain() {
    while (!this.stopped && (await this.runDue()) > 0) {
      // keep going while there is work
    }
  }

  /** Claims the jobs that are due and runs them; returns how many ran. */
  async runDue(): Promise<number> {
    const claimed = await this.claim();
    for (const row of claimed) await this.runOne(row);
    return claimed.length;
  }

  private async claim(): Promise<JobRow[]> {
    const { db, batchSize = 10, leaseMs = 5 * 60_000 } = this.options;
    // A lease that ran out on its last attempt: the instance died running it.
    await db.db
      .update(job)
      .set({
        status: 'failed',
        finishedAt: new Date(),
        lastError: 'lease expired',
        lockedBy: null,
        lockedUntil: null,
      })
      .where(
        sql`${job.status} = 'running' and ${job.lockedUntil} < now() and ${job.attempts} >= ${job.maxAttempts}`,
      );
    return db.db
      .update(job)
      .set({
        status: 'running',
        attempts: sql`${job.attempts} + 1`,
        lockedBy: this.workerId,
        lockedUntil: sql`now() + make_interval(secs => ${leaseMs / 1000})`,
      })
      .where(
        sql`${job.id} in (
          select id from job
          where (status = 'pending' and run_at <= now())
             or (status = 'running' and locked_until < now() and attempts < max_attempts)
          order by run_at
          limit ${batchSize}
          for update skip locked)`,
      )
      .returning();
  }

  private async runOne(row: JobRow) {
    const { db, handlers, log } = this.options;
    const handler = handlers[row.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${row.kind}`);
      await handler(row.payload as Record<string, unknown>, { job: row, db });
      await db.db
        .update(job)
        .set({
          status: 'succeeded',
          finishedAt: new Date(),
          lockedBy: null,
          lockedUntil: null,
          lastError: null,
        })
        .where(and(eq(job.id, row.id), eq(job.lockedBy, this.workerId)));
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const final = row.attempts >= row.maxAttempts;
      const backoff = this.options.backoffMs ?? ((n: number) => Math.min(2 ** n * 1000, 3_600_000));
      log.warn({ jobId: row.id, kind: row.kind, attempt: row.attempts, final }, 'job failed');
      await db.db
        .update(job)
        .set(
          final
            ? {
                status: 'failed',
                finishedAt: new Date(),
                lastError: message,
                lockedBy: null,
                lockedUntil: null,
              }
            : {
                status: 'pending',
                runAt: new Date(Date.now() + backoff(row.attempts)),
                lastError: message,
                lockedBy: null,
                lockedUntil: null,
              },
        )
        .where(and(eq(job.id, row.id), eq(job.lockedBy, this.workerId)));
    }
  }
}
