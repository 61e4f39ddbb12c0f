/**
 * The two PROPOSED modules of the battery (INSTRUMENTS.md §5.5 and §5.6): the Important People
 * roster and the 30-day use items. The specification gives only Danish wording, so English is
 * "translation pending" and an English-speaking respondent sees the Danish. The roster's short
 * introduction and title are the programme's own (proposed) words; the rest is verbatim. U4's
 * "…" is spelled out with U1–U3's stem; its "(+ which)" free text is not asked (no free text in
 * the evaluation data).
 */
import type { ShippedInstrument } from './battery.ts';

const SPEC = 'INSTRUMENTS.md';
const labelled = (pairs: [number, string][]) => pairs.map(([code, label]) => ({ code, label }));

/** The roster's fields as items 1–4, each with its option set. */
export const importantPeople: ShippedInstrument = {
  key: 'important-people',
  name: 'Important People (adapted roster, IPI/IPDA logic)',
  reference:
    'Adapted from Clifford & Longabaugh 1991 (IPA), Longabaugh et al. 2010 (IPI), Zywiak et al. 2009 (IPDA); non-validated',
  licence: 'PROPOSED module, an adaptation; IPI/IPDA wording licence UNVERIFIED.',
  direction: 'higher-is-better',
  scoringRule:
    'Per wave: n_nonusing = count(use = 0); n_using = count(use = 1); prop_using = n_using / (n_using + n_nonusing); n_supportive = count(support = 2); n_nonusing_weekly = count(use = 0 and contact ≥ 2). Primary network outcome: change in n_nonusing_weekly.',
  missingRule:
    'A person with an unanswered field counts in no measure that needs that field; 9 (don’t know) is neither.',
  items: [
    { number: 1, kind: 'choice', optionSet: 'role', reverse: false },
    { number: 2, kind: 'choice', optionSet: 'contact', reverse: false },
    { number: 3, kind: 'choice', optionSet: 'use', reverse: false },
    { number: 4, kind: 'choice', optionSet: 'support', reverse: false },
  ],
  optionSets: {
    role: [1, 2, 3, 4, 5, 6, 7, 8],
    contact: [0, 1, 2, 3, 4],
    use: [0, 1, 9],
    support: [2, 1, 0, 9],
  },
  optional: false,
  scoring: null,
  versions: [
    {
      language: 'da',
      status: 'proposed',
      source: `PROPOSED Danish wording (${SPEC} §5.5); title and introduction written for the programme`,
      wording: {
        title: 'Vigtige mennesker',
        instruction:
          'Tænk på op til 10 mennesker, der har været vigtige for dig de sidste 30 dage. Skriv kun et kaldenavn eller forbogstaver – ikke det fulde navn.',
        items: [
          { number: 1, text: 'Hvem er personen for dig?' },
          { number: 2, text: 'Hvor ofte har du haft kontakt de sidste 30 dage?' },
          { number: 3, text: 'Bruger personen stoffer eller drikker for meget?' },
          { number: 4, text: 'Hvordan forholder personen sig til, at du er stoffri/alkoholfri?' },
        ],
        options: {
          role: labelled([
            [1, 'partner'],
            [2, 'familie'],
            [3, 'ven'],
            [4, 'kollega/studiekammerat'],
            [5, 'nabo'],
            [6, 'peer/mentor i projektet'],
            [7, 'fagperson'],
            [8, 'andet'],
          ]),
          contact: labelled([
            [0, 'ingen'],
            [1, '1–2 gange'],
            [2, 'ugentligt'],
            [3, 'flere gange om ugen'],
            [4, 'dagligt'],
          ]),
          use: labelled([
            [0, 'nej'],
            [1, 'ja'],
            [9, 'ved ikke'],
          ]),
          support: labelled([
            [2, 'støtter det'],
            [1, 'neutral'],
            [0, 'modarbejder det'],
            [9, 'ved ikke'],
          ]),
        },
      },
    },
  ],
};

const STEM = 'På hvor mange af de sidste 30 dage har du';

/** U1–U6: days of use (0–30), the relapse flag and the date of first use. */
export const substanceUse: ShippedInstrument = {
  key: 'substance-use',
  name: '30-day use items (aligned with ASI/Europ-ASI as used in DanRIS)',
  reference: 'Structure mirrors the Europ-ASI 30-day drug and alcohol questions; non-validated',
  licence: 'PROPOSED items; Europ-ASI is publicly available (VERIFIED: vidensportal.dk).',
  direction: 'none',
  scoringRule:
    'No total. Relapse reported = U5 is 1 (9 = would rather not say, missing); days abstinent = 30 − the most days of use in U1, U3 and U4.',
  missingRule: 'Each derived value is missing when an item it needs is missing.',
  items: [
    { number: 1, kind: 'count', reverse: false, min: 0, max: 30 },
    { number: 2, kind: 'count', reverse: false, min: 0, max: 30 },
    { number: 3, kind: 'count', reverse: false, min: 0, max: 30 },
    { number: 4, kind: 'count', reverse: false, min: 0, max: 30 },
    { number: 5, kind: 'choice', optionSet: 'relapse', reverse: false },
    { number: 6, kind: 'date', reverse: false },
  ],
  optionSets: { relapse: [0, 1, 9] },
  optional: false,
  scoring: null,
  versions: [
    {
      language: 'da',
      status: 'proposed',
      source: `PROPOSED Danish wording (${SPEC} §5.6a)`,
      wording: {
        title: 'Alkohol og stoffer',
        items: [
          { number: 1, text: `${STEM} drukket alkohol?` },
          { number: 2, text: `${STEM} drukket 5 genstande eller mere ved samme lejlighed?` },
          { number: 3, text: `${STEM} brugt hash/cannabis?` },
          {
            number: 4,
            text: `${STEM} brugt andre illegale stoffer (fx kokain, amfetamin, heroin) eller ikke-ordineret medicin?`,
          },
          { number: 5, text: 'Har du haft et tilbagefald siden sidste måling (brugt dit hovedrusmiddel)?' },
          { number: 6, text: 'Dato for første brug efter start i projektet (hvis ja)' },
        ],
        options: {
          relapse: labelled([
            [0, 'nej'],
            [1, 'ja'],
            [9, 'vil ikke svare'],
          ]),
        },
      },
    },
  ],
};
