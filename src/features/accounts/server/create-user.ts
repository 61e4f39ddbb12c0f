import { randomUUID } from 'node:crypto';
import type { Role } from '../../../server/access.ts';
import { setProgramme, type Tx } from '../../../server/db.ts';
import { appUser, authAccount } from './auth.table.ts';
import { hashPassword } from './hash-password.ts';
import { membership } from './membership.table.ts';

/**
 * Creates a login with a password and roles in one programme, in the caller's transaction. For
 * the demo seed and tests; people join through staff invitations. Without a password the person
 * logs in by e-mail link only (the demo's many mentors: no password hash to compute per seed).
 */
export async function createUser(
  tx: Tx,
  input: { name: string; email: string; password?: string; programmeId: string; roles: Role[] },
): Promise<string> {
  const id = randomUUID();
  await tx
    .insert(appUser)
    .values({ id, name: input.name, email: input.email.toLowerCase(), emailVerified: true });
  if (input.password !== undefined) {
    await tx.insert(authAccount).values({
      userId: id,
      accountId: id,
      providerId: 'credential',
      password: await hashPassword(input.password),
    });
  }
  await setProgramme(tx, input.programmeId);
  await tx
    .insert(membership)
    .values(input.roles.map((role) => ({ programmeId: input.programmeId, userId: id, role })));
  return id;
}

/** The e-mail address of a demo person without a login of their own (`@peer.makker.example`). */
export const demoPersonEmail = (name: string) =>
  `${name.toLowerCase().replace(/ø/g, 'oe').replace(/æ/g, 'ae').replace(/å/g, 'aa').replace(/\s+/g, '.')}@peer.makker.example`;
