/**
 * Importing the official postcode → municipality table (decision 025). makker never ships the
 * table: it changes over time, so staff import the public file with
 * `npx makker import postcodes <file.csv>`.
 *
 * The file format:
 * - UTF-8 text; a byte order mark is allowed. Lines end with LF or CRLF.
 * - Line 1 is a header. The separator is `;` or `,`, whichever the header holds more of.
 * - Columns are found by header name, case-insensitively, in this order of preference:
 *   postcode `postnr` | `postnummer` | `nr` (required); municipality `kommunekode` |
 *   `kommune_kode` | `kode` (required); postcode name `postnrnavn` | `navn` (optional).
 *   Other columns are ignored, so a wider export can be used as it is.
 * - One row per (postcode, municipality) pair: a postcode whose area spans two municipalities
 *   has two rows. Blank lines are skipped.
 * - A field may be quoted ("…", with "" for a quote inside); a quoted field cannot span lines.
 * - Every row has as many fields as the header; the postcode is four digits (0800-style special postcodes included); the
 *   kommunekode is one of Denmark's 98 (`630`, or `0630` with the leading zero of some
 *   registers); no pair appears twice.
 *
 * Any failure refuses the whole file with an AppError `POSTCODE_FILE_INVALID` whose details name
 * the line and what is wrong; an import that passes replaces the table's whole content in one
 * transaction, so a refused or failed import leaves the previous table as it was.
 *
 * There is no permission check: this is maintenance from the shell, like backup and restore, and
 * whoever runs the CLI already holds the database. It runs as the application role, which may
 * delete and insert rows of this table (postcode.table.ts), so it needs no owner connection.
 */
import { type Database, lockTransaction } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { isMunicipalityCode } from '../../../shared/municipalities.ts';
import { postcodeMunicipality } from './postcode.table.ts';

const POSTCODE_HEADERS = ['postnr', 'postnummer', 'nr'];
const MUNICIPALITY_HEADERS = ['kommunekode', 'kommune_kode', 'kode'];
const NAME_HEADERS = ['postnrnavn', 'navn'];
const POSTCODE = /^[0-9]{4}$/;
const INSERT_CHUNK = 1000;

export type PostcodeFileProblem =
  | 'not_utf8'
  | 'empty'
  | 'missing_column'
  | 'no_rows'
  | 'field_count'
  | 'bad_quote'
  | 'bad_postcode'
  | 'bad_municipality'
  | 'duplicate_pair';

/** What is wrong with a refused file: the `details` of its AppError. */
export interface PostcodeFileError {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  problem: PostcodeFileProblem;
  /** The offending value, or for `missing_column` the names looked for, or for `field_count` the count. */
  value?: string;
  /** For `field_count`: the header's count; for `duplicate_pair`: the line that had the pair first. */
  expected?: string;
}

export interface PostcodeRow {
  postcode: string;
  /** Three digits. */
  municipalityCode: string;
  postcodeName: string | null;
}

export interface PostcodeImportResult {
  rows: number;
  postcodes: number;
  /** Postcodes with more than one municipality, for which the application form asks which one. */
  postcodesInSeveralMunicipalities: number;
}

/** An English sentence for a refused file, for the CLI and for logs. */
export function describePostcodeFileError(e: PostcodeFileError): string {
  const v = JSON.stringify(e.value ?? '');
  const what: Record<PostcodeFileProblem, string> = {
    not_utf8: 'the text is not UTF-8 (save the file as UTF-8)',
    empty: 'the file is empty; line 1 must be a header',
    missing_column: `the header has no column named ${e.value}`,
    no_rows: 'the file has a header but no rows',
    field_count: `the row has ${e.value} fields but the header has ${e.expected}`,
    bad_quote: 'a quoted field is not closed, or text follows its closing quote',
    bad_postcode: `the postcode ${v} is not four digits`,
    bad_municipality: `the kommunekode ${v} is not one of Denmark's 98 municipalities`,
    duplicate_pair: `the pair ${v} appears already on line ${e.expected}`,
  };
  return `line ${e.line}: ${what[e.problem]}`;
}

function refuse(error: PostcodeFileError): never {
  throw new AppError('POSTCODE_FILE_INVALID', describePostcodeFileError(error), { ...error });
}

/** Decodes the file's bytes as UTF-8, refusing other encodings with the first line that is not. */
export function decodePostcodeFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lines = new TextDecoder('utf-8').decode(bytes).split(/\r\n|\n|\r/);
    const index = lines.findIndex((l) => l.includes('\uFFFD'));
    refuse({ line: index + 1 || 1, problem: 'not_utf8' });
  }
}

/** Splits one line into fields; null when a quote is not closed or text follows a closing quote. */
function splitLine(line: string, separator: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= line.length) return null;
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += line[i++];
      }
      fields.push(value);
      if (i === line.length) return fields;
      if (line[i] !== separator) return null;
      i++;
    } else {
      const end = line.indexOf(separator, i);
      if (end === -1) {
        fields.push(line.slice(i));
        return fields;
      }
      fields.push(line.slice(i, end));
      i = end + 1;
    }
  }
}

function countOutsideQuotes(line: string, char: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) n++;
  }
  return n;
}

function findColumn(header: string[], names: string[]): number {
  for (const name of names) {
    const index = header.indexOf(name);
    if (index !== -1) return index;
  }
  return -1;
}

/** `0630` → `630`: some registers write the kommunekode with four digits. */
function normaliseMunicipalityCode(raw: string): string {
  return /^0[0-9]{3}$/.test(raw) ? raw.slice(1) : raw;
}

/** Parses and validates a postcode file (format above); throws POSTCODE_FILE_INVALID on the first fault. */
export function parsePostcodeCsv(text: string): PostcodeRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerLine = lines[0] ?? '';
  if (headerLine.trim() === '') refuse({ line: 1, problem: 'empty' });
  const semicolons = countOutsideQuotes(headerLine, ';');
  const separator = semicolons > 0 && semicolons >= countOutsideQuotes(headerLine, ',') ? ';' : ',';
  const headerFields = splitLine(headerLine, separator);
  if (!headerFields) refuse({ line: 1, problem: 'bad_quote' });
  const header = headerFields.map((h) => h.trim().toLowerCase());
  const postcodeAt = findColumn(header, POSTCODE_HEADERS);
  if (postcodeAt === -1) refuse({ line: 1, problem: 'missing_column', value: POSTCODE_HEADERS.join('/') });
  const codeAt = findColumn(header, MUNICIPALITY_HEADERS);
  if (codeAt === -1) refuse({ line: 1, problem: 'missing_column', value: MUNICIPALITY_HEADERS.join('/') });
  const nameAt = findColumn(header, NAME_HEADERS);

  const rows: PostcodeRow[] = [];
  const seen = new Map<string, number>();
  for (let index = 1; index < lines.length; index++) {
    const content = lines[index]!;
    const line = index + 1;
    if (content.trim() === '') continue;
    const fields = splitLine(content, separator);
    if (!fields) refuse({ line, problem: 'bad_quote' });
    if (fields.length !== header.length) {
      refuse({ line, problem: 'field_count', value: String(fields.length), expected: String(header.length) });
    }
    const postcode = fields[postcodeAt]!.trim();
    if (!POSTCODE.test(postcode)) refuse({ line, problem: 'bad_postcode', value: postcode });
    const rawCode = fields[codeAt]!.trim();
    const municipalityCode = normaliseMunicipalityCode(rawCode);
    if (!isMunicipalityCode(municipalityCode)) refuse({ line, problem: 'bad_municipality', value: rawCode });
    const key = `${postcode} ${municipalityCode}`;
    const first = seen.get(key);
    if (first !== undefined) refuse({ line, problem: 'duplicate_pair', value: key, expected: String(first) });
    seen.set(key, line);
    const postcodeName = nameAt === -1 ? null : fields[nameAt]!.trim() || null;
    rows.push({ postcode, municipalityCode, postcodeName });
  }
  if (rows.length === 0) refuse({ line: 1, problem: 'no_rows' });
  return rows;
}

function countRows(rows: PostcodeRow[]): PostcodeImportResult {
  const perPostcode = new Map<string, number>();
  for (const r of rows) perPostcode.set(r.postcode, (perPostcode.get(r.postcode) ?? 0) + 1);
  return {
    rows: rows.length,
    postcodes: perPostcode.size,
    postcodesInSeveralMunicipalities: [...perPostcode.values()].filter((n) => n > 1).length,
  };
}

/** Validates the file and replaces the whole table with it in one transaction; see the module comment. */
export async function importPostcodes(db: Database, text: string): Promise<PostcodeImportResult> {
  const rows = parsePostcodeCsv(text);
  await db.transaction(async (tx) => {
    // Two imports at once take turns rather than mixing their rows.
    await lockTransaction(tx, 'makker.import-postcodes');
    await tx.delete(postcodeMunicipality);
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await tx.insert(postcodeMunicipality).values(rows.slice(i, i + INSERT_CHUNK));
    }
  });
  return countRows(rows);
}
