import { sql } from 'drizzle-orm';
import { check, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The official postcode → municipality table, one row per (postcode, municipality) pair: a
 * postcode whose area overlaps several municipalities has a row for each. National public
 * reference data, not programme-owned: no programme_id and no row-level security. It is never
 * shipped with makker; staff import it with `npx makker import postcodes <file.csv>`
 * (import-postcodes.ts, decision 025), which replaces the whole content at once.
 *
 * The application role reads and replaces it through the default privileges of migration 0000
 * (SELECT, INSERT, UPDATE, DELETE on every new table in `public`), like `programme`.
 */
export const postcodeMunicipality = pgTable(
  'postcode_municipality',
  {
    /** Four digits, "1000"–"9999". */
    postcode: text('postcode').notNull(),
    /** Three-digit kommunekode, one of the 98 in src/shared/municipalities.ts. */
    municipalityCode: text('municipality_code').notNull(),
    /** The postcode's name in the file ("Vejle", "Aarhus C"); null when the file has none. */
    postcodeName: text('postcode_name'),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.postcode, t.municipalityCode] }),
    // The import validates every row; these keep anything else from storing a malformed code.
    check('postcode_municipality_postcode_format', sql`${t.postcode} ~ '^[0-9]{4}$'`),
    check('postcode_municipality_code_format', sql`${t.municipalityCode} ~ '^[0-9]{3}$'`),
  ],
);
