import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { programmeOwned, programmePolicy } from '../../../server/tenancy.ts';
import { programme } from './programme.table.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * An image of the programme's public page (decision 029): its alt text per language, or the
 * explicit choice that it is decorative, and its place in the page's order. Who uploaded it is in
 * the audit trail, not here: the table holds no person.
 */
export const programmeImage = pgTable(
  'programme_image',
  {
    ...programmeOwned(),
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** The type of the stored files (re-encoded: image/webp or image/jpeg). */
    contentType: text('content_type').notNull(),
    decorative: boolean('decorative').notNull().default(false),
    altDa: text('alt_da').notNull().default(''),
    altEn: text('alt_en').notNull().default(''),
    position: integer('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    // An image is named together with its programme, so a public address cannot cross programmes.
    unique('programme_image_programme_id_id_unique').on(t.programmeId, t.id),
    programmePolicy('programme_image'),
  ],
).enableRLS();

/**
 * One stored size of an image. The bytes live here when the database is the image storage (the
 * built-in default); another storage keeps them elsewhere by `content_hash` and leaves `data` null.
 */
export const programmeImageFile = pgTable(
  'programme_image_file',
  {
    ...programmeOwned(),
    imageId: uuid('image_id').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    byteSize: integer('byte_size').notNull(),
    /** SHA-256 of the bytes, hex: the ETag and the cache key of the public address. */
    contentHash: text('content_hash').notNull(),
    data: bytea('data'),
  },
  (t) => [
    primaryKey({ columns: [t.imageId, t.width] }),
    foreignKey({
      name: 'programme_image_file_image_fk',
      columns: [t.programmeId, t.imageId],
      foreignColumns: [programmeImage.programmeId, programmeImage.id],
    }).onDelete('cascade'),
    programmePolicy('programme_image_file'),
  ],
).enableRLS();
