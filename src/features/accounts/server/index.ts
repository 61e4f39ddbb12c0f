/** What other parts of makker may use from the accounts feature. */
export { accountsPersonalData } from './accounts.personal-data.ts';
export { accountsAccess, can } from './accounts.policy.ts';
export { accountsRoutes } from './accounts.routes.ts';
export { authRoutes } from './auth.routes.ts';
export { appUser } from './auth.table.ts';
export { type Auth, createAuth, SESSION_COOKIE } from './auth.ts';
export { createUser, demoPersonEmail } from './create-user.ts';
export { findPeopleWithRole } from './find-people-with-role.ts';
/** A person's programmes by role, read now (the realtime hub's topic checks). */
export { findProgrammesOfPerson } from './find-programmes-of-person.ts';
export { invitation } from './invitation.table.ts';
export { type InvitationAccepted, type InvitationAcceptedHook, queueInvitation } from './invitations.ts';
export { loginOptionsRoutes } from './login-options.routes.ts';
export { createLoginThrottle, purgeLoginThrottle } from './login-throttle.ts';
export { purgeInvitations } from './purge-invitations.ts';
export { recordFailedLogin } from './record-failed-login.ts';
export { resolveActor } from './resolve-actor.ts';
/** Pending, accepted, expired and withdrawn invitations for the demo programme's /personer. */
export { seedDemoInvitations } from './seed-demo-invitations.ts';
export { DEMO_LOGINS, type DemoLogin, seedDemoUsers } from './seed-demo-users.ts';
