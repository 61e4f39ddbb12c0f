/**
 * Encryption of free-text columns at rest (decision 012). The cipher is configured once per
 * process from MAKKER_ENCRYPTION_KEYS (server start, CLI); code that stores free text calls
 * `sealText`/`openText` with the row's context, and registers the column in
 * `src/app/encrypted-columns.ts` so `npx makker encryption rotate` re-encrypts it under a new key.
 */
import { and, eq, getTableColumns, isNotNull, notLike } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type Cipher, createCipher, type EncryptionKey } from './crypto.ts';
import type { Database } from './db.ts';
import { loadEnv } from './env.ts';

let configured: Cipher | null = null;

/** Sets the keys for this process (the first encrypts, all decrypt). */
export function configureFieldEncryption(keys: EncryptionKey[]): Cipher {
  configured = createCipher(keys);
  return configured;
}

/** The process's cipher; a process that did not configure one (a script, a test) uses its environment's keys. */
export function fieldCipher(): Cipher {
  configured ??= createCipher(loadEnv().encryptionKeys);
  return configured;
}

/** The additional authenticated data binding a value to its table, column and row. */
export function fieldContext(table: string, column: string, id: string): string {
  return `${table}.${column}:${id}`;
}

export function sealText(plaintext: string, context: string): string {
  return fieldCipher().encrypt(plaintext, context);
}

export function openText(stored: string, context: string): string {
  return fieldCipher().decrypt(stored, context);
}

/** A registered encrypted column: the table, its id column and the encrypted text column. */
export interface EncryptedColumn {
  table: PgTable;
  tableName: string;
  id: PgColumn;
  column: PgColumn;
  columnName: string;
}

/** The property name Drizzle uses for a column of a table (what `update().set()` takes). */
function propertyOf(table: PgTable, column: PgColumn): string {
  const entry = Object.entries(getTableColumns(table)).find(([, c]) => c === column);
  if (!entry) throw new Error(`column ${column.name} is not in its table`);
  return entry[0];
}

/**
 * Re-encrypts every value of the given columns that is not under the active key, in batches,
 * each batch in its own transaction (as the owner: programme-owned tables are behind row-level
 * security). Returns the number of values re-encrypted per `table.column`.
 */
export async function rotateEncryptedColumns(
  db: Database,
  columns: EncryptedColumn[],
  cipher: Cipher = fieldCipher(),
  batchSize = 500,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const current = `enc:v1:${cipher.activeKeyId}:%`;
  for (const c of columns) {
    const property = propertyOf(c.table, c.column);
    let total = 0;
    for (;;) {
      const done = await db.asOwner(async (tx) => {
        const rows = (await tx
          .select({ id: c.id, value: c.column })
          .from(c.table)
          .where(and(isNotNull(c.column), notLike(c.column, current)))
          .limit(batchSize)) as { id: string; value: string }[];
        for (const row of rows) {
          const context = fieldContext(c.tableName, c.columnName, row.id);
          const plain = cipher.decrypt(row.value, context);
          await tx
            .update(c.table)
            .set({ [property]: cipher.encrypt(plain, context) })
            .where(eq(c.id, row.id));
        }
        return rows.length;
      });
      total += done;
      if (done < batchSize) break;
    }
    counts[`${c.tableName}.${c.columnName}`] = total;
  }
  return counts;
}
