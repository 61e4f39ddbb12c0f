/**
 * The codebook that goes with the research export: every column, every instrument with its
 * items, codes, reverse items, scoring and missing rules, licence and each language version with
 * its status and wording hash, and the derived measures — as JSON and as readable Markdown.
 */
import type { MeasureDefinition } from '../dashboard.contract.ts';
import type { LoadedInstruments } from './questionnaire-view.ts';

const COLUMN_TEXT: Record<string, string> = {
  pseudonym:
    'Keyed pseudonym of the person: HMAC-SHA256(programme id : person id) with the configured key, 16 hex digits; stable within the programme',
  role: 'peer or mentor: the role the questionnaire was answered in',
  birth_year_band: 'Birth year in 5-year bands (e.g. 1985-1989); empty when not given',
  wave: 'T0 start, T1 3 months, T2 end, T3 3 months after the end',
  completed: '1 when the person finished the questionnaire, else 0',
  instrument: 'Instrument key (see instruments) or derived measure key (see measures)',
  instrument_version: 'Version number of the language version answered (empty for scores)',
  language: 'da or en: the language version answered',
  wording_hash: 'SHA-256 of the canonical JSON of the wording shown to the respondent',
  item: 'Item number; personN.field for the Important People roster; "score" for a computed score',
  value: 'The stored numeric code (before reverse scoring); a date for U6; empty when missing',
  missing: '1 when the item was skipped or a score could not be computed (complete case), else 0',
};

export interface Codebook {
  title: string;
  generatedAt: string;
  format: string;
  columns: { name: string; description: string }[];
  instruments: {
    key: string;
    name: string;
    reference: string;
    licence: string;
    direction: string;
    scoringRule: string;
    missingRule: string;
    items: { number: number; kind: string; codes: number[] | null; reverse: boolean }[];
    versions: { language: string; version: number; status: string; wordingHash: string; source: string }[];
  }[];
  measures: MeasureDefinition[];
  notes: string[];
}

export function codebookOf(
  instruments: LoadedInstruments,
  measures: MeasureDefinition[],
  now: Date,
): Codebook {
  return {
    title: 'makker evaluation export — codebook',
    generatedAt: now.toISOString(),
    format:
      'CSV, UTF-8, comma-separated, CRLF line ends, one row per person × wave × instrument × item (long format)',
    columns: Object.entries(COLUMN_TEXT).map(([name, description]) => ({ name, description })),
    instruments: instruments.map(({ row, versions }) => ({
      key: row.key,
      name: row.name,
      reference: row.reference,
      licence: row.licence,
      direction: row.direction,
      scoringRule: row.scoringRule,
      missingRule: row.missingRule,
      items: row.items.map((item) => ({
        number: item.number,
        kind: item.kind,
        codes: item.optionSet ? (row.optionSets[item.optionSet] ?? null) : null,
        reverse: item.reverse,
      })),
      versions: versions.map((v) => ({
        language: v.language,
        version: v.version,
        status: v.status,
        wordingHash: v.wordingHash,
        source: v.source,
      })),
    })),
    measures,
    notes: [
      'No names, contact details or free text: the Important People nicknames are left out, only their codes are exported.',
      'Scores are complete case (INSTRUMENTS.md rule 1.4): a score is missing when any of its items is.',
      'Change scores are later − earlier; see each instrument’s direction.',
      'Translation status "translation-pending" means the wording was never shown to respondents.',
    ],
  };
}

const cell = (text: string | number) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function codebookMarkdown(book: Codebook): string {
  const out = [`# ${book.title}`, '', `Generated ${book.generatedAt}. ${book.format}.`, '', '## Columns', ''];
  out.push('| Column | Meaning |', '| --- | --- |');
  for (const c of book.columns) out.push(`| ${c.name} | ${cell(c.description)} |`);
  out.push('', '## Instruments', '');
  for (const i of book.instruments) {
    out.push(`### ${cell(i.name)} (\`${i.key}\`)`, '');
    out.push(`- Reference: ${i.reference}`, `- Licence: ${i.licence}`, `- Direction: ${i.direction}`);
    out.push(`- Scoring: ${i.scoringRule}`, `- Missing items: ${i.missingRule}`, '');
    out.push('| Item | Kind | Codes | Reverse |', '| --- | --- | --- | --- |');
    for (const item of i.items)
      out.push(
        `| ${item.number} | ${item.kind} | ${item.codes?.join(', ') ?? ''} | ${item.reverse ? 'yes' : 'no'} |`,
      );
    out.push('', '| Language | Version | Status | Wording hash |', '| --- | --- | --- | --- |');
    for (const v of i.versions)
      out.push(`| ${v.language} | ${v.version} | ${v.status} | \`${v.wordingHash}\` |`);
    out.push('');
  }
  out.push(
    '## Measures',
    '',
    '| Key | Title | Direction | Range | Definition |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const m of book.measures)
    out.push(
      `| ${m.key} | ${cell(m.title)} | ${m.direction} | ${m.min ?? ''}–${m.max ?? ''} | ${cell(m.explanation)} |`,
    );
  out.push('', '## Notes', '', ...book.notes.map((n) => `- ${n}`), '');
  return out.join('\n');
}
