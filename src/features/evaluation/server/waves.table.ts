import { sql } from 'drizzle-orm';
import { date, foreignKey, integer, jsonb, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { programmeOwned, programmePolicy } from '../../../server/tenancy.ts';
import { programme } from '../../programmes/server/index.ts';
import type { WaveRule } from '../instruments/wave-schedule.ts';
import { questionnaire } from './evaluation.table.ts';

/** A programme's waves (decision 045): when each is due, the answering window, the reminder days. */
export const waveSettings = pgTable(
  'wave_settings',
  {
    ...programmeOwned(),
    waves: jsonb('waves').$type<WaveRule[]>().notNull(),
    windowDays: integer('window_days').notNull(),
    /** Days after the window opens on which an unfinished questionnaire is reminded. */
    reminderDays: jsonb('reminder_days').$type<number[]>().notNull().default(sql`'[]'::jsonb`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('wave_settings'),
  ],
).enableRLS();

/**
 * One reminder of a questionnaire, claimed by its insert: the key (questionnaire, day) makes a
 * second instance's reminder a no-op, so each is mailed once.
 */
export const questionnaireReminder = pgTable(
  'questionnaire_reminder',
  {
    ...programmeOwned(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaire.id, { onDelete: 'cascade' }),
    /** The day after opening this reminder belongs to. */
    day: integer('day').notNull(),
    remindedOn: date('reminded_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.questionnaireId, t.day] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('questionnaire_reminder'),
  ],
).enableRLS();
