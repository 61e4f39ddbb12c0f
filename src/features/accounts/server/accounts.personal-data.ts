import { and, eq, gt, inArray, or, sql } from 'drizzle-orm';
import { setProgramme } from '../../../server/db.ts';
import type { PersonalDataPart } from '../../../server/personal-data.ts';
import { appUser, authAccount, authSession, authTwoFactor, authVerification } from './auth.table.ts';
import { invitation } from './invitation.table.ts';
import { membership } from './membership.table.ts';
import { passkey } from './passkey.table.ts';

/**
 * The account itself, its logins and sessions, its roles and the invitations that brought the
 * person in. Secrets (password hashes, session tokens, two-factor secrets) are never exported:
 * the export says which login methods exist, not their keys.
 */
export const accountsPersonalData: PersonalDataPart = {
  name: 'accounts',
  tables: [
    { table: appUser, erasure: 'delete' },
    { table: authSession, erasure: 'delete' },
    { table: authAccount, erasure: 'delete' },
    { table: authTwoFactor, erasure: 'delete' },
    { table: authVerification, erasure: 'delete' },
    { table: passkey, erasure: 'delete' },
    { table: membership, erasure: 'delete' },
    // The person's own invitations go; invitations they sent to others lose the sender (set null).
    { table: invitation, erasure: 'delete' },
  ],
  async export(tx, subject) {
    const [user] = await tx
      .select({
        name: appUser.name,
        email: appUser.email,
        emailVerified: appUser.emailVerified,
        twoFactorEnabled: appUser.twoFactorEnabled,
        createdAt: appUser.createdAt,
      })
      .from(appUser)
      .where(eq(appUser.id, subject.userId));
    const logins = await tx
      .select({ providerId: authAccount.providerId, createdAt: authAccount.createdAt })
      .from(authAccount)
      .where(eq(authAccount.userId, subject.userId));
    const passkeys = await tx
      .select({ name: passkey.name, deviceType: passkey.deviceType, createdAt: passkey.createdAt })
      .from(passkey)
      .where(eq(passkey.userId, subject.userId));
    const sessions = await tx
      .select({
        createdAt: authSession.createdAt,
        lastActiveAt: authSession.lastActiveAt,
        ipAddress: authSession.ipAddress,
        userAgent: authSession.userAgent,
      })
      .from(authSession)
      .where(eq(authSession.userId, subject.userId));
    const roles = [];
    const invitations = [];
    for (const programmeId of subject.programmeIds) {
      await setProgramme(tx, programmeId);
      roles.push(
        ...(await tx
          .select({ programmeId: membership.programmeId, role: membership.role, since: membership.createdAt })
          .from(membership)
          .where(and(eq(membership.programmeId, programmeId), eq(membership.userId, subject.userId)))),
      );
      invitations.push(
        ...(await tx
          .select({
            programmeId: invitation.programmeId,
            name: invitation.name,
            email: invitation.email,
            phone: invitation.phone,
            roles: invitation.roles,
            createdAt: invitation.createdAt,
            acceptedAt: invitation.acceptedAt,
          })
          .from(invitation)
          .where(
            and(eq(invitation.programmeId, programmeId), eq(invitation.acceptedUserId, subject.userId)),
          )),
      );
    }
    return {
      account: user
        ? {
            ...user,
            twoFactorEnabled: Boolean(user.twoFactorEnabled),
            createdAt: user.createdAt.toISOString(),
          }
        : null,
      loginMethods: logins.map((l) => ({ method: l.providerId, since: l.createdAt.toISOString() })),
      passkeys: passkeys.map((p) => ({
        name: p.name,
        deviceType: p.deviceType,
        createdAt: p.createdAt.toISOString(),
      })),
      sessions: sessions.map((s) => ({
        startedAt: s.createdAt.toISOString(),
        lastActiveAt: s.lastActiveAt.toISOString(),
        ipAddress: s.ipAddress,
        device: s.userAgent,
      })),
      roles: roles.map((r) => ({ ...r, since: r.since.toISOString() })),
      invitations: invitations.map((i) => ({
        ...i,
        createdAt: i.createdAt.toISOString(),
        acceptedAt: i.acceptedAt?.toISOString() ?? null,
      })),
    };
  },
  async erase(tx, subject) {
    for (const programmeId of subject.programmeIds) {
      await setProgramme(tx, programmeId);
      await tx
        .delete(membership)
        .where(and(eq(membership.programmeId, programmeId), eq(membership.userId, subject.userId)));
      await tx
        .delete(invitation)
        .where(
          and(
            eq(invitation.programmeId, programmeId),
            or(
              eq(invitation.acceptedUserId, subject.userId),
              eq(invitation.email, subject.email),
              subject.phones.length ? inArray(invitation.phone, subject.phones) : sql`false`,
            ),
          ),
        );
    }
    if (!subject.wholeAccount) return;
    // Pending login links and password resets name the person (by e-mail or id) in their value.
    await tx
      .delete(authVerification)
      .where(
        or(
          gt(sql`strpos(${authVerification.value}, ${subject.email})`, 0),
          gt(sql`strpos(${authVerification.value}, ${subject.userId})`, 0),
          gt(sql`strpos(${authVerification.identifier}, ${subject.email})`, 0),
        ),
      );
    // Sessions, logins, two-factor and passkeys go with the user row (ON DELETE CASCADE).
    await tx.delete(appUser).where(eq(appUser.id, subject.userId));
  },
};
