import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../server/testing/test-database.ts';
import { seedDemoProgramme } from '../../programmes/server/index.ts';
import { appUser } from './auth.table.ts';
import { invitation } from './invitation.table.ts';
import { listInvitations } from './invitations.ts';
import { seedDemoInvitations } from './seed-demo-invitations.ts';
import { seedDemoUsers } from './seed-demo-users.ts';

describe('the demo invitations', () => {
  let t: TestDatabase;
  let programmeId: string;
  const now = new Date('2026-11-25T09:00:00.000Z');

  beforeAll(async () => {
    t = await createTestDatabase();
    programmeId = await seedDemoProgramme(t.db);
    await seedDemoUsers(t.db, programmeId, { authSecret: 'a-test-secret-of-some-length-for-totp' });
    await seedDemoInvitations(t.db, programmeId, now);
  });
  afterAll(() => t.close());

  it("shows /personer one invitation in each state, the accepted one as the demo mentor's", async () => {
    const [admin] = await t.db.db
      .select({ id: appUser.id })
      .from(appUser)
      .where(eq(appUser.email, 'admin@makker.example'));
    const { invitations } = await listInvitations({
      db: t.db,
      actor: {
        type: 'user',
        userId: admin!.id,
        roles: { [programmeId]: ['admin'] },
        twoFactorEnabled: true,
        loggedInAt: now,
      },
      programmeId,
      now,
    });
    expect(invitations.map((i) => [i.name, i.channel, i.status])).toEqual([
      ['Alma Fiktivsen', 'sms', 'pending'],
      ['Sigurd Prøvesen', 'email', 'pending'],
      ['Vera Opdigtet', 'email', 'revoked'],
      ['Ib Eksempelsen', 'sms', 'expired'],
      ['Mette Nielsen', 'email', 'accepted'],
    ]);
    expect(
      invitations.every((i) => i.invitedByName === 'Lene Sørensen' || i.invitedByName === 'Birgitte Holm'),
    ).toBe(true);
  });

  it('adds nothing when the demo is seeded again', async () => {
    await seedDemoInvitations(t.db, programmeId, now);
    const rows = await t.db.withProgramme(programmeId, (tx) =>
      tx.select({ id: invitation.id }).from(invitation),
    );
    expect(rows).toHaveLength(5);
  });
});
