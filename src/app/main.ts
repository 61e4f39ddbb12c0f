/** `npm start`: validate configuration, open and migrate the database, seed the demo, serve. */
import { pino } from 'pino';
import { DataDirLockedError } from '../server/data-dir-lock.ts';
import { databaseOptionsFromEnv, openDatabase } from '../server/db.ts';
import { EnvError, loadEnv } from '../server/env.ts';
import { JobRunner } from '../server/jobs.ts';
import { loggerOptions } from '../server/logger.ts';
import { startDailyJobs } from './daily-jobs.ts';
import { readVersion } from './version.ts';

async function main() {
  const env = loadEnv();
  const log = pino(loggerOptions(env.LOG_LEVEL));
  // Opening the embedded database takes a couple of seconds (WebAssembly start-up): load the
  // rest of the application in the meantime.
  const [db, { buildServer }, { hasNoProgrammes, seedDemo }, { jobHandlers, announceLive }, { DEMO_LOGINS }] =
    await Promise.all([
      openDatabase(databaseOptionsFromEnv(env)),
      import('./server.ts'),
      import('./demo.ts'),
      import('./jobs.ts'),
      import('../features/accounts/server/index.ts'),
    ]);
  // Building the server runs no queries, so it overlaps with the migrations.
  const [app] = await Promise.all([
    buildServer({ env, db, logger: log, version: readVersion() }),
    db.migrate(),
  ]);
  // The shipped questionnaire battery in every programme (new versions where its wording changed).
  const { seedInstrumentsEverywhere } = await import('../features/evaluation/server/index.ts');
  await seedInstrumentsEverywhere(db);
  let seeded = false;
  if (env.demo && env.NODE_ENV !== 'production' && (await hasNoProgrammes(db))) {
    await seedDemo(db, env);
    seeded = true;
  }
  // Reminders made by jobs reach the person's open pages live, as those made by requests do.
  const handlers = jobHandlers(env, { onNotified: announceLive(db, app.realtime, log) });
  const runner = new JobRunner({ db, handlers, log, pollMs: env.JOBS_POLL_MS });
  await app.listen({ port: env.PORT, host: env.HOST });
  let stopDailyJobs = () => {};
  if (env.JOBS_ENABLED) {
    runner.start();
    stopDailyJobs = startDailyJobs(db, log);
  }

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const url = env.PUBLIC_URL ?? `http://localhost:${port}`;
  console.log(
    [
      '',
      `  makker is running: ${url}`,
      `  database: ${db.kind === 'pglite' ? `embedded (PGlite) in ${env.dataDir}` : 'PostgreSQL'}`,
      seeded ? '  demo programme created: Peer-fællesskabet Vejle' : '',
      ...(env.demo && env.NODE_ENV !== 'production'
        ? [
            '  demo logins (e-mail / password):',
            ...DEMO_LOGINS.flatMap((l) => [
              `    ${l.role.padEnd(10)} ${l.email} / ${l.password}`,
              // Two-factor login: a code from an authenticator app set up with this secret.
              ...(l.twoFactor
                ? [
                    `               + code: authenticator app with secret ${l.twoFactor.secret}; or recovery code ${l.twoFactor.recoveryCodes[0]} … ${l.twoFactor.recoveryCodes.at(-1)}`,
                  ]
                : []),
            ]),
          ]
        : []),
      env.usingDevelopmentKey
        ? '  encryption: built-in DEVELOPMENT key (set MAKKER_ENCRYPTION_KEYS for real data)'
        : '',
      `  API documentation: ${url}/api/docs`,
      env.NODE_ENV !== 'production' ? `  development mailbox: ${url}/dev/mailbox` : '',
      '',
    ]
      .filter((line, i, all) => line !== '' || i === 0 || i === all.length - 1)
      .join('\n'),
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    stopDailyJobs();
    await runner.stop();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  if (error instanceof EnvError || error instanceof DataDirLockedError) {
    console.error(`\nmakker cannot start.\n${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
