import { inArray } from 'drizzle-orm';
import type { Role } from '../../../server/access.ts';
import { type Database, lockTransaction } from '../../../server/db.ts';
import { appUser } from './auth.table.ts';
import { createUser } from './create-user.ts';

export interface DemoLogin {
  role: Role;
  name: string;
  email: string;
  password: string;
}

/** One user per role. The passwords are public: demo data is never seeded in production. */
export const DEMO_LOGINS: DemoLogin[] = [
  { role: 'peer', name: 'Jonas Hansen', email: 'peer@makker.example', password: 'demo-peer-makker' },
  { role: 'mentor', name: 'Mette Nielsen', email: 'mentor@makker.example', password: 'demo-mentor-makker' },
  { role: 'staff', name: 'Lene Sørensen', email: 'staff@makker.example', password: 'demo-staff-makker' },
  {
    role: 'researcher',
    name: 'Anders Kjær',
    email: 'researcher@makker.example',
    password: 'demo-researcher-makker',
  },
  { role: 'admin', name: 'Birgitte Holm', email: 'admin@makker.example', password: 'demo-admin-makker' },
];

/** Creates the demo users in the demo programme (once). */
export async function seedDemoUsers(db: Database, programmeId: string): Promise<DemoLogin[]> {
  await db.transaction(async (tx) => {
    await lockTransaction(tx, 'makker.seed-demo.users');
    const existing = await tx
      .select({ email: appUser.email })
      .from(appUser)
      .where(
        inArray(
          appUser.email,
          DEMO_LOGINS.map((l) => l.email),
        ),
      );
    const have = new Set(existing.map((e) => e.email));
    for (const login of DEMO_LOGINS) {
      if (have.has(login.email)) continue;
      await createUser(tx, { ...login, programmeId, roles: [login.role] });
    }
  });
  return DEMO_LOGINS;
}
