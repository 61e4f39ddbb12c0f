/**
 * Data-subject rights, feature by feature. Every feature that stores anything about a person
 * exports one `PersonalDataPart`: how to export that person's data (for "download my data" and
 * staff exports) and how to erase or anonymise it (staff-initiated erasure). The app composes
 * the parts (src/app/personal-data.ts); `personal-data-coverage.db.test.ts` fails when a table
 * that holds a person id or contact detail is named by no part.
 */
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from './db.ts';

export interface DataSubject {
  userId: string;
  /** The person's e-mail as stored on their account (the e-mail outbox is keyed by it). */
  email: string;
  /** Phone numbers the person was invited on (the SMS outbox is keyed by them). */
  phones: string[];
  /**
   * The programmes in scope: all of the person's own programmes for their own export; for staff,
   * only the programme they act in. Programme-owned rows outside these are not touched.
   */
  programmeIds: string[];
  /** True when the whole account goes (no memberships remain after this erasure). */
  wholeAccount: boolean;
  /**
   * Who will read an export: the person themselves (the default) or staff answering a request
   * for them. A part may withhold what staff must never read (a pair's messages, decision 048).
   */
  readBy?: 'self' | 'staff';
}

export interface PersonalDataPart {
  /** The section's name in an export (e.g. `accounts`). */
  name: string;
  /**
   * The tables this part exports or erases rows of, and how erasure treats them:
   * `delete` removes the rows, `anonymise` keeps them without anything that points at the person
   * (so statistics stay valid), `retain` keeps them by law (with the reason in `retention`).
   */
  tables: { table: PgTable; erasure: 'delete' | 'anonymise' | 'retain'; retention?: string }[];
  /** The person's data as plain JSON (no secrets: password hashes, tokens and keys are left out). */
  export(tx: Tx, subject: DataSubject): Promise<Record<string, unknown>>;
  /** Erases the person's data in the subject's programmes (and everywhere when `wholeAccount`). */
  erase(tx: Tx, subject: DataSubject): Promise<void>;
  /**
   * Other ids the audit trail may name the person by (e.g. their applications, audited before
   * they had an account), so "who has seen my data" lists those records too.
   */
  auditSubjectIds?(tx: Tx, subject: DataSubject): Promise<string[]>;
}
