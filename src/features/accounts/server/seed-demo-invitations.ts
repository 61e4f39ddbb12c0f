import { count, inArray } from 'drizzle-orm';
import { type Database, lockTransaction } from '../../../server/db.ts';
import { appUser } from './auth.table.ts';
import { invitation } from './invitation.table.ts';
import { newInvitationToken } from './invitation-token.ts';

const DAY = 24 * 60 * 60_000;

/**
 * A few invitations in every state, so /personer shows what the list looks like in use. Rows
 * are written directly (no mail or SMS is queued) and their tokens are thrown away: nobody can
 * accept a demo invitation. The names are made up; the phone numbers start with 0, which no
 * Danish number does. The accepted one is the demo mentor's, who "joined" that way.
 */
export async function seedDemoInvitations(
  db: Database,
  programmeId: string,
  now = new Date(),
): Promise<void> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  await db.withProgramme(programmeId, async (tx) => {
    await lockTransaction(tx, 'makker.seed-demo.invitations');
    const [existing] = await tx.select({ n: count() }).from(invitation);
    if (Number(existing?.n ?? 0) > 0) return;
    const people = await tx
      .select({ id: appUser.id, email: appUser.email })
      .from(appUser)
      .where(
        inArray(appUser.email, ['staff@makker.example', 'admin@makker.example', 'mentor@makker.example']),
      );
    const idOf = (email: string) => people.find((p) => p.email === email)?.id ?? null;
    const staff = idOf('staff@makker.example');
    const admin = idOf('admin@makker.example');
    const mentor = idOf('mentor@makker.example');
    const row = (fields: {
      name: string;
      email?: string;
      phone?: string;
      roles: string[];
      invitedBy: string | null;
      sentDaysAgo: number;
    }) => ({
      programmeId,
      name: fields.name,
      email: fields.email ?? null,
      phone: fields.phone ?? null,
      channel: fields.phone ? ('sms' as const) : ('email' as const),
      roles: fields.roles,
      tokenHash: newInvitationToken(programmeId).hash,
      invitedBy: fields.invitedBy,
      createdAt: ago(fields.sentDaysAgo),
      expiresAt: ago(fields.sentDaysAgo - 14),
    });
    await tx.insert(invitation).values([
      {
        ...row({
          name: 'Mette Nielsen',
          email: 'mentor@makker.example',
          roles: ['mentor'],
          invitedBy: admin,
          sentDaysAgo: 40,
        }),
        acceptedAt: ago(39),
        acceptedUserId: mentor,
      },
      row({
        name: 'Ib Eksempelsen',
        phone: '+4501000001',
        roles: ['peer'],
        invitedBy: staff,
        sentDaysAgo: 30,
      }),
      {
        ...row({
          name: 'Vera Opdigtet',
          email: 'vera.opdigtet@makker.example',
          roles: ['peer'],
          invitedBy: staff,
          sentDaysAgo: 9,
        }),
        revokedAt: ago(8),
      },
      row({
        name: 'Sigurd Prøvesen',
        email: 'sigurd.proevesen@makker.example',
        roles: ['mentor'],
        invitedBy: staff,
        sentDaysAgo: 3,
      }),
      row({
        name: 'Alma Fiktivsen',
        phone: '+4501000002',
        roles: ['peer'],
        invitedBy: staff,
        sentDaysAgo: 1,
      }),
    ]);
  });
}
