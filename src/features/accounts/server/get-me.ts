import { eq } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { findProgrammes } from '../../programmes/server/index.ts';
import type { MeResponse } from '../accounts.contract.ts';
import { appUser } from './auth.table.ts';

/** The caller's own account and their roles per programme. */
export async function getMe(options: { db: Database; actor: Actor }): Promise<MeResponse> {
  const actor = requireUser(options.actor);
  const [user] = await options.db.db
    .select({
      id: appUser.id,
      name: appUser.name,
      email: appUser.email,
      twoFactorEnabled: appUser.twoFactorEnabled,
    })
    .from(appUser)
    .where(eq(appUser.id, actor.userId));
  if (!user) throw new AppError('UNAUTHENTICATED');
  const programmes = await findProgrammes(options.db, Object.keys(actor.roles));
  return {
    user: { ...user, twoFactorEnabled: Boolean(user.twoFactorEnabled) },
    memberships: programmes.map((programme) => ({ programme, roles: actor.roles[programme.id] ?? [] })),
  };
}
