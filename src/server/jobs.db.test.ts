import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db.ts';
import { job } from './jobs.table.ts';
import { JobRunner, listJobs, retryJob, scheduleJob } from './jobs.ts';
import { silentLogger } from './testing/silent-logger.ts';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';

describe('jobs', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  const runner = (
    db: Database,
    handlers: ConstructorParameters<typeof JobRunner>[0]['handlers'],
    extra = {},
  ) => new JobRunner({ db, handlers, log: silentLogger, backoffMs: () => 0, ...extra });

  it('ignores a second schedule with the same idempotency key', async () => {
    const first = await scheduleJob(t.db.db, { kind: 'noop', idempotencyKey: 'once-only' });
    const second = await scheduleJob(t.db.db, { kind: 'noop', idempotencyKey: 'once-only' });
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
  });

  it('runs a job scheduled once exactly once with two instances polling the same database', async () => {
    const other = t.kind === 'postgres' ? await t.openAnother() : t.db;
    const runs: string[] = [];
    const handler = async (payload: Record<string, unknown>) => {
      runs.push(String(payload.n));
      await new Promise((r) => setTimeout(r, 5)); // widen the window for a double claim
    };
    for (let n = 0; n < 40; n++) await scheduleJob(t.db.db, { kind: 'count', payload: { n } });
    const a = runner(t.db, { count: handler }, { workerId: 'instance-a', batchSize: 3 });
    const b = runner(other, { count: handler }, { workerId: 'instance-b', batchSize: 3 });
    const drain = async (r: JobRunner) => {
      while ((await r.runDue()) > 0) {}
    };
    await Promise.all([drain(a), drain(b), drain(a), drain(b)]);
    expect(runs.sort((x, y) => Number(x) - Number(y))).toEqual(
      Array.from({ length: 40 }, (_, i) => String(i)),
    );
    const done = await t.db.db.select().from(job).where(eq(job.kind, 'count'));
    expect(done.every((j) => j.status === 'succeeded' && j.attempts === 1)).toBe(true);
  });

  it('runs a job once when two started instances poll for it', async () => {
    const other = t.kind === 'postgres' ? await t.openAnother() : t.db;
    let runs = 0;
    const handlers = { ping: async () => void runs++ };
    const a = runner(t.db, handlers, { pollMs: 10 });
    const b = runner(other, handlers, { pollMs: 10 });
    a.start();
    b.start();
    const { id } = await scheduleJob(t.db.db, { kind: 'ping', idempotencyKey: 'ping-1' });
    await scheduleJob(t.db.db, { kind: 'ping', idempotencyKey: 'ping-1' });
    const deadline = Date.now() + 10_000;
    let status = 'pending';
    while (status !== 'succeeded' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await t.db.db.select().from(job).where(eq(job.id, id)))[0]!.status;
    }
    await new Promise((r) => setTimeout(r, 100));
    await Promise.all([a.stop(), b.stop()]);
    expect(status).toBe('succeeded');
    expect(runs).toBe(1);
  });

  it('retries a failing job with back-off and then shows it as failed', async () => {
    const { id } = await scheduleJob(t.db.db, { kind: 'flaky', maxAttempts: 3 });
    let calls = 0;
    const r = runner(t.db, {
      flaky: async () => {
        calls++;
        throw new Error('smtp refused');
      },
    });
    await r.runDue();
    let [row] = await t.db.db.select().from(job).where(eq(job.id, id));
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'smtp refused' });
    await r.runDue();
    await r.runDue();
    [row] = await t.db.db.select().from(job).where(eq(job.id, id));
    expect(row).toMatchObject({ status: 'failed', attempts: 3, lastError: 'smtp refused' });
    expect(calls).toBe(3);
    expect(await r.runDue()).toBe(0);
    const failed = await listJobs(t.db.db, { status: 'failed' });
    expect(failed.map((j) => j.id)).toContain(id);

    expect(await retryJob(t.db.db, id)).toBe(true);
    await runner(t.db, { flaky: async () => {} }).runDue();
    [row] = await t.db.db.select().from(job).where(eq(job.id, id));
    expect(row?.status).toBe('succeeded');
  });

  it('waits for the back-off before retrying', async () => {
    const { id } = await scheduleJob(t.db.db, { kind: 'later', maxAttempts: 2 });
    const r = runner(
      t.db,
      { later: async () => Promise.reject(new Error('no')) },
      { backoffMs: () => 60_000 },
    );
    await r.runDue();
    expect(await r.runDue()).toBe(0);
    const [row] = await t.db.db.select().from(job).where(eq(job.id, id));
    expect(row!.runAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
  });

  it('takes over a job whose instance died mid-run once the lease runs out', async () => {
    const { id } = await scheduleJob(t.db.db, { kind: 'lease' });
    let ran = 0;
    // Simulate a claim by an instance that then vanished.
    await t.db.db
      .update(job)
      .set({ status: 'running', attempts: 1, lockedBy: 'dead', lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(job.id, id));
    await runner(t.db, { lease: async () => void ran++ }).runDue();
    const [row] = await t.db.db.select().from(job).where(eq(job.id, id));
    expect(ran).toBe(1);
    expect(row).toMatchObject({ status: 'succeeded', attempts: 2 });
  });

  it('marks a job without a handler as failed in the end', async () => {
    const { id } = await scheduleJob(t.db.db, { kind: 'unknown-kind', maxAttempts: 1 });
    await runner(t.db, {}).runDue();
    const [row] = await t.db.db.select().from(job).where(eq(job.id, id));
    expect(row).toMatchObject({ status: 'failed', lastError: 'no handler for job kind unknown-kind' });
  });
});
