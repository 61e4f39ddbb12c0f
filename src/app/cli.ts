/**
 * `npx makker <command>` (also `npm run makker -- <command>`): maintenance from the shell.
 * Exit codes: 0 done, 1 failed, 2 wrong usage or input.
 */

import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../features/audit/server/index.ts';
import { runStatsCommand, seedInstrumentsEverywhere } from '../features/evaluation/server/index.ts';
import {
  decodePostcodeFile,
  describePostcodeFileError,
  importPostcodes,
  type PostcodeFileError,
  parsePostcodeCsv,
} from '../features/intake/server/index.ts';
import { AssignmentCaseError, matchCaseFile } from '../features/matching/server/index.ts';
import { BackupError, backupDatabase, restoreDatabase } from '../server/backup.ts';
import { generateEncryptionKey } from '../server/crypto.ts';
import { DataDirLockedError } from '../server/data-dir-lock.ts';
import { databaseOptionsFromEnv, openDatabase } from '../server/db.ts';
import { EnvError, loadEnv } from '../server/env.ts';
import { AppError } from '../server/errors.ts';
import { configureFieldEncryption, rotateEncryptedColumns } from '../server/field-encryption.ts';
import { listJobs, retryJob } from '../server/jobs.ts';
import { problemTitle } from '../shared/problems.ts';
import { seedDemo } from './demo.ts';
import { encryptedColumns } from './encrypted-columns.ts';

const USAGE = `Usage: makker <command> [options]

Commands:
  migrate                 apply pending database migrations
  seed-demo               create the demo programme (never when NODE_ENV=production)
  backup <file>           write every table to <file> (gzip'd JSON lines)
  restore <file>          replace every table with the content of <file>
  import postcodes <file> replace the postcode → municipality table with the CSV <file>
                          (format: src/features/intake/server/import-postcodes.ts)
  jobs [--status S]       list background jobs (S: pending, running, succeeded, failed)
  jobs retry <id>         put a failed job back in the queue
  audit verify            check the hash chain of the audit trail (exit 1 when broken)
  encryption new-key [id] print a new key for MAKKER_ENCRYPTION_KEYS (put it first to rotate)
  encryption rotate       re-encrypt every encrypted column with the first key of MAKKER_ENCRYPTION_KEYS
  stats <subcommand>      paired statistics from a JSON file, as JSON (makker stats --help)
  match --input <file>    print the optimal assignment of an assignment case file as JSON
                          (format: src/features/matching/server/solver/assignment-case.ts)

The database is the embedded one in MAKKER_DATA_DIR (default ./data), or PostgreSQL when
DATABASE_URL is set. Stop the server first when using the embedded database.`;

class UsageError extends Error {}
/** A file that cannot be used as given (exit 2, like wrong usage, but without the usage text). */
class InputError extends Error {}

async function withDatabase<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const env = loadEnv();
  const db = await openDatabase(databaseOptionsFromEnv(env));
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

function needFile(positionals: string[]): string {
  const file = positionals[1];
  if (!file) throw new UsageError(`${positionals[0]} needs a file name`);
  return file;
}

export async function runCli(argv: string[]): Promise<number> {
  // Its own options and messages (no database): src/features/evaluation/server/stats-command.ts.
  if (argv[0] === 'stats')
    return runStatsCommand(argv.slice(1), { out: console.log, err: (t) => console.error(`makker: ${t}`) });
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      status: { type: 'string' },
      input: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (!command || values.help) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  switch (command) {
    case 'migrate':
      await withDatabase(async (db) => {
        await db.migrate();
        await seedInstrumentsEverywhere(db);
      });
      console.log('Migrations applied.');
      return 0;
    case 'seed-demo': {
      const env = loadEnv();
      await withDatabase(async (db) => {
        await db.migrate();
        await seedDemo(db, env);
      });
      console.log('Demo programme seeded.');
      return 0;
    }
    case 'backup': {
      const file = needFile(positionals);
      const result = await withDatabase((db) => backupDatabase(db, file));
      console.log(`Backup written to ${file}: ${result.tables.length} tables, ${result.rows} rows.`);
      return 0;
    }
    case 'restore': {
      const file = needFile(positionals);
      const result = await withDatabase(async (db) => {
        await db.migrate();
        return restoreDatabase(db, file);
      });
      console.log(`Restored ${result.rows} rows into ${result.tables} tables from ${file}.`);
      return 0;
    }
    case 'import': {
      if (positionals[1] !== 'postcodes') throw new UsageError('import needs a subcommand: postcodes');
      const file = positionals[2];
      if (!file) throw new UsageError('import postcodes needs a file name');
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch (error) {
        throw new InputError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? error})`);
      }
      // Checked first, so a bad file is refused without opening (and locking) the database.
      const text = decodePostcodeFile(bytes);
      parsePostcodeCsv(text);
      const result = await withDatabase(async (db) => {
        await db.migrate();
        return importPostcodes(db, text);
      });
      console.log(
        `Imported ${result.rows} rows from ${file}: ${result.postcodes} postcodes, ` +
          `${result.postcodesInSeveralMunicipalities} of them in several municipalities.`,
      );
      return 0;
    }
    case 'jobs': {
      if (positionals[1] === 'retry') {
        const id = positionals[2];
        if (!id || !/^[0-9a-f-]{36}$/i.test(id)) throw new UsageError('jobs retry needs a job id');
        const ok = await withDatabase((db) => retryJob(db.db, id));
        console.log(ok ? `Job ${id} is queued again.` : `Job ${id} is not a failed job.`);
        return ok ? 0 : 1;
      }
      const status = values.status;
      if (status && !['pending', 'running', 'succeeded', 'failed'].includes(status)) {
        throw new UsageError(`unknown status ${status}`);
      }
      const rows = await withDatabase((db) =>
        listJobs(db.db, { status: status as 'pending' | 'running' | 'succeeded' | 'failed' | undefined }),
      );
      console.log(
        JSON.stringify(
          rows.map((j) => ({
            id: j.id,
            kind: j.kind,
            status: j.status,
            attempts: j.attempts,
            runAt: j.runAt,
            lastError: j.lastError,
          })),
          null,
          2,
        ),
      );
      return 0;
    }
    case 'encryption': {
      if (positionals[1] === 'rotate') {
        const cipher = configureFieldEncryption(loadEnv().encryptionKeys);
        const counts = await withDatabase((db) => rotateEncryptedColumns(db, encryptedColumns, cipher));
        for (const [column, count] of Object.entries(counts)) console.log(`${column}: ${count} re-encrypted`);
        console.log(
          `Every encrypted value is now under key ${cipher.activeKeyId}; older keys can be removed.`,
        );
        return 0;
      }
      if (positionals[1] !== 'new-key')
        throw new UsageError('encryption needs a subcommand: new-key or rotate');
      const id = positionals[2] ?? `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`;
      if (!/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new UsageError('a key id is letters, digits, - or _');
      console.log(generateEncryptionKey(id));
      return 0;
    }
    case 'audit': {
      if (positionals[1] !== 'verify') throw new UsageError('audit needs a subcommand: verify');
      const result = await withDatabase((db) => verifyAuditChain(db));
      console.log(
        result.ok
          ? `Audit trail intact: ${result.checked} records verified.`
          : `Audit trail BROKEN at record ${result.firstBrokenSeq} (${result.checked} records checked).`,
      );
      return result.ok ? 0 : 1;
    }
    case 'match':
      if (!values.input) throw new UsageError('match needs --input <file>');
      console.log(matchCaseFile(values.input));
      return 0;
    default:
      throw new UsageError(`unknown command: ${command}`);
  }
}

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`makker: ${(error as Error).message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof InputError || error instanceof AssignmentCaseError) {
      console.error(`makker: ${error.message}`);
      process.exit(2);
    }
    if (error instanceof AppError && error.code === 'POSTCODE_FILE_INVALID') {
      const details = error.details as unknown as PostcodeFileError;
      console.error(`makker: ${problemTitle(error.code, 'en')}\n  ${describePostcodeFileError(details)}`);
      process.exit(2);
    }
    if (error instanceof EnvError || error instanceof DataDirLockedError || error instanceof BackupError) {
      console.error(`makker: ${(error as Error).message}`);
      process.exit(error instanceof BackupError ? 2 : 1);
    }
    console.error(error);
    process.exit(1);
  },
);
