import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { createTestDatabase, type TestDatabase } from '../../../server/testing/test-database.ts';
import { findMunicipalitiesForPostcode } from './find-municipalities-for-postcode.ts';
import {
  decodePostcodeFile,
  describePostcodeFileError,
  importPostcodes,
  type PostcodeFileError,
  parsePostcodeCsv,
} from './import-postcodes.ts';
import { postcodeMunicipality } from './postcode.table.ts';

// Test data, not the official table: see testdata/README.md (postcode 9999 is made up).
const SAMPLE = fs.readFileSync(new URL('./testdata/postcodes-sample.csv', import.meta.url), 'utf8');

/** The details of the POSTCODE_FILE_INVALID error `fn` throws. */
function refusal(fn: () => unknown): PostcodeFileError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('POSTCODE_FILE_INVALID');
    return (error as AppError).details as unknown as PostcodeFileError;
  }
  throw new Error('the file was accepted');
}

describe('parsePostcodeCsv', () => {
  it('reads the sample: one row per pair, four-digit codes made three, quoted names, extra columns ignored', () => {
    const rows = parsePostcodeCsv(SAMPLE);
    expect(rows).toHaveLength(9);
    expect(rows[4]).toEqual({ postcode: '7100', municipalityCode: '630', postcodeName: 'Vejle' });
    expect(rows.filter((r) => r.postcode === '9999')).toEqual([
      { postcode: '9999', municipalityCode: '849', postcodeName: 'Prøveby, opdigtet' },
      { postcode: '9999', municipalityCode: '851', postcodeName: 'Prøveby, opdigtet' },
    ]);
  });

  it('reads the same rows with a BOM, `;`, CRLF, other header names in any case, and three-digit codes', () => {
    const expected = [
      { postcode: '7100', municipalityCode: '630', postcodeName: 'Vejle' },
      { postcode: '6000', municipalityCode: '621', postcodeName: 'Kolding' },
    ];
    const variants = [
      'postnr,postnrnavn,kommunekode\n7100,Vejle,0630\n6000,Kolding,0621\n',
      '\uFEFFPostNr;PostNrNavn;KommuneKode\r\n7100;Vejle;0630\r\n6000;Kolding;0621\r\n',
      'nr;navn;kode\n7100;Vejle;630\n\n6000;Kolding;621',
      '"Postnummer","Navn","Kommune_Kode"\n"7100","Vejle","0630"\n"6000","Kolding","621"\n',
      'kommunekode;postnr;ændret;navn\n 630 ; 7100 ;2020-01-01; Vejle \n621;6000;2020-01-01;Kolding\n',
    ];
    for (const text of variants) expect(parsePostcodeCsv(text), text).toEqual(expected);
  });

  it('leaves the name empty when the file has no name column', () => {
    expect(parsePostcodeCsv('postnr;kommunekode\n7100;630\n')).toEqual([
      { postcode: '7100', municipalityCode: '630', postcodeName: null },
    ]);
  });

  it('refuses a malformed file whole, naming the line and what is wrong', () => {
    const header = 'postnr;postnrnavn;kommunekode\n';
    const cases: [string, Partial<PostcodeFileError>][] = [
      ['', { line: 1, problem: 'empty' }],
      ['\uFEFF\n7100;630\n', { line: 1, problem: 'empty' }],
      [header, { line: 1, problem: 'no_rows' }],
      [`${header}\n\n`, { line: 1, problem: 'no_rows' }],
      [
        'postnr;navn\n7100;Vejle\n',
        { line: 1, problem: 'missing_column', value: 'kommunekode/kommune_kode/kode' },
      ],
      ['kommunekode;by\n630;Vejle\n', { line: 1, problem: 'missing_column', value: 'postnr/postnummer/nr' }],
      [`${header}7100;Vejle;630\n6000,Kolding,621\n`, { line: 3, problem: 'field_count', value: '1' }],
      [`${header}7100;Vejle;630;x\n`, { line: 2, problem: 'field_count', value: '4', expected: '3' }],
      [`${header}7100;"Vejle;630\n`, { line: 2, problem: 'bad_quote' }],
      [`${header}7100;"Vejle"x;630\n`, { line: 2, problem: 'bad_quote' }],
      [
        `${header}7100;Vejle;630\n080;Høje Taastrup;169\n`,
        { line: 3, problem: 'bad_postcode', value: '080' },
      ],
      [`${header}71000;Vejle;630\n`, { line: 2, problem: 'bad_postcode', value: '71000' }],
      [`${header};Vejle;630\n`, { line: 2, problem: 'bad_postcode', value: '' }],
      [`${header}3760;Gudhjem;411\n`, { line: 2, problem: 'bad_municipality', value: '411' }],
      [`${header}7100;Vejle;1630\n`, { line: 2, problem: 'bad_municipality', value: '1630' }],
      [`${header}7100;Vejle;63\n`, { line: 2, problem: 'bad_municipality', value: '63' }],
      [`${header}7100;Vejle;Vejle\n`, { line: 2, problem: 'bad_municipality', value: 'Vejle' }],
      [
        `${header}7100;Vejle;630\n6000;Kolding;621\n7100;Vejle;0630\n`,
        { line: 4, problem: 'duplicate_pair', value: '7100 630', expected: '2' },
      ],
    ];
    for (const [text, expected] of cases)
      expect(
        refusal(() => parsePostcodeCsv(text)),
        text,
      ).toMatchObject(expected);
  });

  it('describes a refusal in English with its line', () => {
    const details = refusal(() => parsePostcodeCsv('postnr;kommunekode\n7100;630\n7100;999\n'));
    expect(describePostcodeFileError(details)).toBe(
      `line 3: the kommunekode "999" is not one of Denmark's 98 municipalities`,
    );
  });
});

describe('decodePostcodeFile', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFFpostnr;kommunekode\n8000;751\n');
    expect(decodePostcodeFile(bytes)).toBe('postnr;kommunekode\n8000;751\n');
  });

  it('refuses another encoding with the first line that is not UTF-8', () => {
    // "Kolding" is plain ASCII; "Brøndby" in ISO 8859-1 is not UTF-8.
    const latin1 = Buffer.from(
      'postnr;postnrnavn;kommunekode\n6000;Kolding;621\n2605;Brøndby;153\n',
      'latin1',
    );
    expect(refusal(() => decodePostcodeFile(latin1))).toEqual({ line: 3, problem: 'not_utf8' });
  });
});

describe('importPostcodes', () => {
  let t: TestDatabase;
  const tableContent = () =>
    t.db.db
      .select({
        postcode: postcodeMunicipality.postcode,
        code: postcodeMunicipality.municipalityCode,
        name: postcodeMunicipality.postcodeName,
      })
      .from(postcodeMunicipality)
      .orderBy(postcodeMunicipality.postcode, postcodeMunicipality.municipalityCode);

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it('is national reference data the application role reads and replaces, with no row-level security', async () => {
    const [table] = await queryRows<{ rls: boolean; read: boolean; write: boolean }>(
      t.db.db,
      sql`select c.relrowsecurity as rls,
            has_table_privilege('makker_app', c.oid, 'SELECT') as read,
            has_table_privilege('makker_app', c.oid, 'INSERT, DELETE') as write
          from pg_class c where c.oid = 'public.postcode_municipality'::regclass`,
    );
    expect(table).toEqual({ rls: false, read: true, write: true });
  });

  it('knows no postcode before a table has been imported', async () => {
    expect(await findMunicipalitiesForPostcode(t.db.db, '7100')).toEqual([]);
  });

  it('imports the sample and counts the postcodes that span several municipalities', async () => {
    expect(await importPostcodes(t.db, SAMPLE)).toEqual({
      rows: 9,
      postcodes: 8,
      postcodesInSeveralMunicipalities: 1,
    });
    const content = await tableContent();
    expect(content).toHaveLength(9);
    expect(content).toContainEqual({ postcode: '8000', code: '751', name: 'Aarhus C' });
    const [stamp] = await queryRows<{ n: number }>(
      t.db.db,
      sql`select count(distinct imported_at)::int as n from postcode_municipality`,
    );
    expect(stamp?.n).toBe(1);
  });

  it('finds both municipalities of a postcode that spans two, one for most, none for an unknown one', async () => {
    expect(await findMunicipalitiesForPostcode(t.db.db, '9999')).toEqual([
      { code: '849', name: 'Jammerbugt' },
      { code: '851', name: 'Aalborg' },
    ]);
    expect(await t.db.transaction((tx) => findMunicipalitiesForPostcode(tx, ' 7100 '))).toEqual([
      { code: '630', name: 'Vejle' },
    ]);
    expect(await findMunicipalitiesForPostcode(t.db.db, '7080')).toEqual([]);
    expect(await findMunicipalitiesForPostcode(t.db.db, "7100' or '1'='1")).toEqual([]);
  });

  it('refuses a malformed file whole and leaves the imported table as it was', async () => {
    const before = await tableContent();
    const bad = 'postnr;postnrnavn;kommunekode\n7100;Vejle;630\n6000;Kolding;621\n8000;Aarhus C;7510\n';
    await expect(importPostcodes(t.db, bad)).rejects.toMatchObject({
      code: 'POSTCODE_FILE_INVALID',
      details: { line: 4, problem: 'bad_municipality', value: '7510' },
    });
    await expect(importPostcodes(t.db, 'postnr;kommunekode\n')).rejects.toMatchObject({
      details: { line: 1, problem: 'no_rows' },
    });
    expect(await tableContent()).toEqual(before);
  });

  it('replaces the whole table on a new import', async () => {
    const next = '\uFEFFpostnr;postnrnavn;kommunekode\r\n7100;Vejle;0630\r\n7120;Vejle Øst;0630\r\n';
    expect(await importPostcodes(t.db, next)).toEqual({
      rows: 2,
      postcodes: 2,
      postcodesInSeveralMunicipalities: 0,
    });
    expect(await tableContent()).toEqual([
      { postcode: '7100', code: '630', name: 'Vejle' },
      { postcode: '7120', code: '630', name: 'Vejle Øst' },
    ]);
    expect(await findMunicipalitiesForPostcode(t.db.db, '9999')).toEqual([]);
  });
});
