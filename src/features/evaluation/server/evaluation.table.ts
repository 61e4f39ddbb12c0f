import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { programmeOwned, programmePolicy } from '../../../server/tenancy.ts';
import { appUser } from '../../accounts/server/index.ts';
import { programme } from '../../programmes/server/index.ts';
import type { InstrumentDefinition } from '../instruments/instrument-definitions.ts';
import type { InstrumentItem, TranslationLog, Wave, Wording } from '../questionnaire.contract.ts';

/**
 * An instrument as data (decision 039): its items, option sets (the codes), reverse items,
 * scoring, missing-item rule, direction and licence. Seeded from the shipped battery for every
 * programme; one row per programme and key.
 */
export const instrument = pgTable(
  'instrument',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    reference: text('reference').notNull(),
    licence: text('licence').notNull(),
    direction: text('direction', { enum: ['higher-is-better', 'higher-is-worse', 'none'] }).notNull(),
    scoringRule: text('scoring_rule').notNull(),
    missingRule: text('missing_rule').notNull(),
    items: jsonb('items').$type<InstrumentItem[]>().notNull(),
    optionSets: jsonb('option_sets').$type<Record<string, number[]>>().notNull(),
    /** How sum scales are computed (score-instrument.ts); null for the use items and the roster. */
    scoring: jsonb('scoring').$type<InstrumentDefinition>(),
    optional: boolean('optional').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('instrument_programme_key_unique').on(t.programmeId, t.key),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('instrument'),
  ],
).enableRLS();

/**
 * A language version of an instrument's wording, with the SHA-256 of its canonical JSON. Never
 * changed once answered: a new wording is a new version; approving one supersedes the older
 * approved version of that language. Respondents see only verified or proposed versions.
 */
export const instrumentVersion = pgTable(
  'instrument_version',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => instrument.id, { onDelete: 'cascade' }),
    language: text('language', { enum: ['da', 'en'] }).notNull(),
    version: integer('version').notNull(),
    status: text('status', { enum: ['verified', 'proposed', 'translation-pending'] }).notNull(),
    wording: jsonb('wording').$type<Wording>().notNull(),
    wordingHash: text('wording_hash').notNull(),
    source: text('source').notNull(),
    translationLog: jsonb('translation_log').$type<TranslationLog>(),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    approvedBy: uuid('approved_by').references(() => appUser.id, { onDelete: 'set null' }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [
    unique('instrument_version_wording_unique').on(t.instrumentId, t.language, t.wordingHash),
    unique('instrument_version_number_unique').on(t.instrumentId, t.language, t.version),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('instrument_version'),
  ],
).enableRLS();

/** A questionnaire sent to a person for a wave in one of their roles, with its answering window. */
export const questionnaire = pgTable(
  'questionnaire',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    wave: text('wave', { enum: ['T0', 'T1', 'T2', 'T3'] })
      .$type<Wave>()
      .notNull(),
    role: text('role', { enum: ['peer', 'mentor'] }).notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    /** The instruments asked, in order, fixed when sent. */
    instrumentKeys: jsonb('instrument_keys').$type<string[]>().notNull(),
    sentBy: uuid('sent_by').references(() => appUser.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the Important People roster was last saved (it may be saved empty). */
    rosterSavedAt: timestamp('roster_saved_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    unique('questionnaire_person_wave_unique').on(t.programmeId, t.userId, t.role, t.wave),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('questionnaire_user_idx').on(t.userId),
    programmePolicy('questionnaire'),
  ],
).enableRLS();

/**
 * One raw item answer as given (health data: the value is encrypted, decision 012), with the
 * version it was answered in. Skipped: `skipped` and no value — missing, never zero.
 */
export const questionnaireAnswer = pgTable(
  'questionnaire_answer',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaire.id, { onDelete: 'cascade' }),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => instrument.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => instrumentVersion.id, { onDelete: 'restrict' }),
    item: integer('item').notNull(),
    valueSealed: text('value_sealed'),
    skipped: boolean('skipped').notNull().default(false),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('questionnaire_answer_item_unique').on(t.questionnaireId, t.instrumentId, t.item),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('questionnaire_answer'),
  ],
).enableRLS();

/** One person on a questionnaire's Important People roster: nickname and codes, encrypted together. */
export const importantPerson = pgTable(
  'important_person',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaire.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => instrumentVersion.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    sealed: text('sealed').notNull(),
  },
  (t) => [
    unique('important_person_position_unique').on(t.questionnaireId, t.position),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('important_person'),
  ],
).enableRLS();

/**
 * Staff are told that someone should get in touch (a low WHO-5 or a reported relapse), only when
 * the person consented to it. One per questionnaire and reason.
 */
export const wellbeingAlert = pgTable(
  'wellbeing_alert',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaire.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    reason: text('reason', { enum: ['low-well-being', 'relapse'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('wellbeing_alert_reason_unique').on(t.questionnaireId, t.reason),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('wellbeing_alert'),
  ],
).enableRLS();
