import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programme } from '../features/programmes/server/index.ts';
import { createTestDatabase, type TestDatabase } from '../server/testing/test-database.ts';
import { DemoRefusedError, hasNoProgrammes, seedDemo } from './demo.ts';

describe('the demo programme', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it('is never seeded in production', async () => {
    await expect(seedDemo(t.db, { NODE_ENV: 'production', authSecret: 'x'.repeat(40) })).rejects.toThrow(
      DemoRefusedError,
    );
    expect(await hasNoProgrammes(t.db)).toBe(true);
  });

  it('is seeded once, with users, invitations and applications, and a second seed adds nothing', async () => {
    const first = await seedDemo(t.db, { NODE_ENV: 'development', authSecret: 'x'.repeat(40) });
    expect(first.logins.map((l) => l.role).sort()).toEqual([
      'admin',
      'mentor',
      'peer',
      'researcher',
      'staff',
    ]);
    await seedDemo(t.db, { NODE_ENV: 'development', authSecret: 'x'.repeat(40) });
    const [row] = await t.db.db.select({ n: count() }).from(programme);
    expect(Number(row!.n)).toBe(1);
  });
});
