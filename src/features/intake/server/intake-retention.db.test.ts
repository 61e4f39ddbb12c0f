import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgramme } from '../../../server/testing/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../server/testing/test-database.ts';
import { applyIntakeRetention } from './apply-intake-retention.ts';
import { application, applicationConsent, intakeSettings } from './intake.table.ts';
import { DEFAULT_INTAKE_SETTINGS } from './intake-settings.ts';

const DAY = 86_400_000;

describe('intake retention', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it('deletes abandoned drafts and anonymises declined applications after the retention time', async () => {
    const p = await createProgramme(t.db, 'Retention');
    const now = new Date();
    const at = (days: number) => new Date(now.getTime() - days * DAY);
    const rows = await t.db.withProgramme(p.id, async (tx) => {
      await tx.insert(intakeSettings).values({
        programmeId: p.id,
        eligibilityRules: DEFAULT_INTAKE_SETTINGS.eligibilityRules,
        declinedRetentionDays: 30,
      });
      const make = (values: Partial<typeof application.$inferInsert>) =>
        tx
          .insert(application)
          .values({ programmeId: p.id, role: 'peer', tokenHash: crypto.randomUUID(), ...values })
          .returning({ id: application.id })
          .then((r) => r[0]!.id);
      return {
        anonymousDraft: await make({ updatedAt: at(8) }),
        freshDraft: await make({ updatedAt: at(2) }),
        reachableDraft: await make({ updatedAt: at(8), email: 'kan@makker.test' }),
        oldDraft: await make({ updatedAt: at(91), email: 'gammel@makker.test' }),
        declinedOld: await make({
          status: 'declined',
          decidedAt: at(31),
          name: 'Afvist Gammel',
          email: 'a@makker.test',
        }),
        declinedNew: await make({ status: 'declined', decidedAt: at(10), name: 'Afvist Ny' }),
        approvedOld: await make({ status: 'approved', decidedAt: at(400), name: 'Optaget' }),
      };
    });
    await t.db.withProgramme(p.id, (tx) =>
      tx
        .insert(applicationConsent)
        .values({ programmeId: p.id, applicationId: rows.declinedOld, key: 'processing', noticeVersion: 1 }),
    );

    expect(await applyIntakeRetention(t.db, now)).toEqual({ draftsDeleted: 2, anonymised: 1 });
    const left = await t.db.withProgramme(p.id, (tx) => tx.select().from(application));
    const byId = new Map(left.map((r) => [r.id, r]));
    expect(byId.has(rows.anonymousDraft)).toBe(false);
    expect(byId.has(rows.oldDraft)).toBe(false);
    expect(byId.has(rows.freshDraft) && byId.has(rows.reachableDraft)).toBe(true);
    expect(byId.get(rows.declinedOld)).toMatchObject({ status: 'declined', name: null, email: null });
    expect(byId.get(rows.declinedNew)?.name).toBe('Afvist Ny');
    expect(byId.get(rows.approvedOld)?.name).toBe('Optaget');
    const consents = await t.db.withProgramme(p.id, (tx) =>
      tx.select().from(applicationConsent).where(eq(applicationConsent.applicationId, rows.declinedOld)),
    );
    expect(consents).toEqual([]);
    // Run again: nothing more to do.
    expect(await applyIntakeRetention(t.db, now)).toEqual({ draftsDeleted: 0, anonymised: 0 });
  });
});
