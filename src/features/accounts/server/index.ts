/** What other parts of makker may use from the accounts feature. */
export { accountsRoutes } from './accounts.routes.ts';
export { authRoutes } from './auth.routes.ts';
export { type Auth, createAuth, SESSION_COOKIE } from './auth.ts';
export { createUser } from './create-user.ts';
export { recordFailedLogin } from './record-failed-login.ts';
export { resolveActor } from './resolve-actor.ts';
export { DEMO_LOGINS, type DemoLogin, seedDemoUsers } from './seed-demo-users.ts';
