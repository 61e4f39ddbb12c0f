/**
 * The battery of INSTRUMENTS.md §0 as shipped data: each instrument's items, option sets (codes),
 * licence, rules and its language versions with the status the specification gives them. Wording
 * is copied verbatim from INSTRUMENTS.md; where it says UNVERIFIED or gives no Danish wording,
 * there is no Danish version a respondent can see (a Danish draft may be shipped as "translation
 * pending" for staff to check and approve). Left out: QPR-15 (its 15-item selection is
 * UNVERIFIED) and the Social Inclusion Scale (items, codes and scoring UNVERIFIED), decision 039.
 *
 * Over 400 lines because it is the specification's wording, one instrument after another.
 */
import type { InstrumentItem, Language, VersionStatus, Wording } from '../questionnaire.contract.ts';
import { importantPeople, substanceUse } from './battery-proposed.ts';
import { INSTRUMENTS, type InstrumentDefinition } from './instrument-definitions.ts';

export interface ShippedVersion {
  language: Language;
  status: VersionStatus;
  source: string;
  wording: Wording;
}

export interface ShippedInstrument {
  key: string;
  name: string;
  reference: string;
  licence: string;
  direction: 'higher-is-better' | 'higher-is-worse' | 'none';
  scoringRule: string;
  missingRule: string;
  items: InstrumentItem[];
  optionSets: Record<string, number[]>;
  /** Optional instruments (SWLS, AHS) are not in a questionnaire by default. */
  optional: boolean;
  /** How the sum scales are scored (the existing definitions); null for the use items and roster. */
  scoring: InstrumentDefinition | null;
  versions: ShippedVersion[];
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const choiceItems = (
  count: number,
  reverse: readonly number[] = [],
  optionSet = 'answer',
): InstrumentItem[] =>
  range(1, count).map((number) => ({ number, kind: 'choice', optionSet, reverse: reverse.includes(number) }));
const numbered = (texts: string[]) => texts.map((text, i) => ({ number: i + 1, text }));
const labelled = (pairs: [number, string][]) => pairs.map(([code, label]) => ({ code, label }));
const fromScoring = (d: InstrumentDefinition) => ({
  scoring: d,
  optionSets: { answer: range(d.codes.min, d.codes.max) },
  missingRule:
    d.proration === 'never'
      ? 'Complete case: the total is missing when any item is missing (no proration).'
      : 'Complete case; a separately flagged prorated total (mean × k) when exactly one item is missing (programme convention, rule 1.4).',
});

const SPEC = 'INSTRUMENTS.md';

const tIls: ShippedInstrument = {
  key: 't-ils',
  name: INSTRUMENTS.tIls.name,
  reference: INSTRUMENTS.tIls.reference,
  licence: 'Free to use in practice; no explicit licence statement found (UNVERIFIED).',
  direction: 'higher-is-worse',
  scoringRule: 'Sum of items 1–3, range 3–9; ≥ 7 = severe loneliness (Sundhedsstyrelsen).',
  items: choiceItems(3),
  ...fromScoring(INSTRUMENTS.tIls),
  optional: false,
  versions: [
    {
      language: 'en',
      status: 'verified',
      source: `Hughes et al. 2004 (${SPEC} §2)`,
      wording: {
        title: 'Loneliness',
        items: numbered([
          'How often do you feel that you lack companionship?',
          'How often do you feel left out?',
          'How often do you feel isolated from others?',
        ]),
        options: {
          answer: labelled([
            [1, 'Hardly ever'],
            [2, 'Some of the time'],
            [3, 'Often'],
          ]),
        },
      },
    },
    {
      // Stems VERIFIED (secondary); the official answer labels are UNVERIFIED (§2, §9.1): variant A
      // is shipped as a draft for staff to compare with the Sundhedsprofil questionnaire.
      language: 'da',
      status: 'translation-pending',
      source: `Stems: Danish app template and sst.dk; labels: variant A, KU COVID-19 study (${SPEC} §2). Official labels UNVERIFIED.`,
      wording: {
        title: 'Ensomhed',
        items: numbered([
          'Hvor ofte føler du, at du savner nogen at være sammen med?',
          'Hvor ofte føler du dig holdt udenfor?',
          'Hvor ofte føler du dig isoleret fra andre?',
        ]),
        options: {
          answer: labelled([
            [1, 'Næsten aldrig eller aldrig'],
            [2, 'Noget af tiden'],
            [3, 'Ofte'],
          ]),
        },
      },
    },
  ],
};

const who5: ShippedInstrument = {
  key: 'who-5',
  name: INSTRUMENTS.who5.name,
  reference: INSTRUMENTS.who5.reference,
  licence: 'Free to use without permission (VERIFIED: vidensportal.dk, PsykTestBarn, mestring.no).',
  direction: 'higher-is-better',
  scoringRule: 'Raw sum 0–25; percentage = raw × 4 (0–100); ≤ 50 poor well-being, ≤ 28 likely depression.',
  items: choiceItems(5),
  ...fromScoring(INSTRUMENTS.who5),
  optional: false,
  versions: [
    {
      language: 'en',
      status: 'verified',
      source: `WHO 1998; Topp et al. 2015 (${SPEC} §3)`,
      wording: {
        title: 'Well-being',
        items: numbered([
          'I have felt cheerful and in good spirits',
          'I have felt calm and relaxed',
          'I have felt active and vigorous',
          'I woke up feeling fresh and rested',
          'My daily life has been filled with things that interest me',
        ]),
        options: {
          answer: labelled([
            [5, 'All of the time'],
            [4, 'Most of the time'],
            [3, 'More than half of the time'],
            [2, 'Less than half of the time'],
            [1, 'Some of the time'],
            [0, 'At no time'],
          ]),
        },
      },
    },
    {
      // The instruction sentence is UNVERIFIED (§3), so only the items (which carry the time frame).
      language: 'da',
      status: 'verified',
      source: `KL FHIR IG, hl7dk/KL-dk-tools KLToolsCareWHO5.fsh and KLToolsValueSets.fsh (VERIFIED secondary, ${SPEC} §3)`,
      wording: {
        title: 'Trivsel',
        items: numbered([
          'I de sidste 2 uger har jeg været glad og i godt humør',
          'I de sidste 2 uger har jeg følt mig rolig og afslappet',
          'I de sidste 2 uger har jeg følt mig aktiv og energisk',
          'I de sidste 2 uger er jeg vågnet frisk og udhvilet',
          'I de sidste 2 uger har min dagligdag været fyldt med ting der interesserer mig',
        ]),
        options: {
          answer: labelled([
            [5, 'Hele tiden'],
            [4, 'Det meste af tiden'],
            [3, 'Lidt mere end halvdelen af tiden'],
            [2, 'Lidt mindre end halvdelen af tiden'],
            [1, 'Lidt af tiden'],
            [0, 'På intet tidspunkt'],
          ]),
        },
      },
    },
  ],
};

const zeroToTen = (low: string, high: string) =>
  labelled(
    range(0, 10).map((code) => [code, code === 0 ? `0 – ${low}` : code === 10 ? `10 – ${high}` : `${code}`]),
  );

const lifeSatisfaction: ShippedInstrument = {
  key: 'life-satisfaction',
  name: INSTRUMENTS.lifeSatisfaction.name,
  reference: INSTRUMENTS.lifeSatisfaction.reference,
  licence: 'Free (OECD guideline item).',
  direction: 'higher-is-better',
  scoringRule: 'The answer 0–10.',
  items: choiceItems(1),
  ...fromScoring(INSTRUMENTS.lifeSatisfaction),
  optional: false,
  versions: [
    {
      // "OECD wording from memory – UNVERIFIED exact punctuation" (§4a): shown, as proposed.
      language: 'en',
      status: 'proposed',
      source: `OECD 2013 guideline item, exact punctuation UNVERIFIED (${SPEC} §4a)`,
      wording: {
        title: 'Life satisfaction',
        items: numbered(['Overall, how satisfied are you with life as a whole these days?']),
        options: { answer: zeroToTen('not at all satisfied', 'completely satisfied') },
      },
    },
    {
      language: 'da',
      status: 'verified',
      source: `Open Social Value Bank Denmark (VERIFIED, ${SPEC} §4a)`,
      wording: {
        title: 'Tilfredshed med livet',
        items: numbered(['Alt i alt, hvor tilfreds er du med dit liv for tiden?']),
        options: { answer: zeroToTen('slet ikke tilfreds', 'fuldt ud tilfreds') },
      },
    },
  ],
};

const swls: ShippedInstrument = {
  key: 'swls',
  name: INSTRUMENTS.swls.name,
  reference: INSTRUMENTS.swls.reference,
  licence: 'Copyrighted, free to use with credit to the authors (VERIFIED secondary).',
  direction: 'higher-is-better',
  scoringRule: 'Sum 5–35, in the seven bands of Pavot & Diener.',
  items: choiceItems(5),
  ...fromScoring(INSTRUMENTS.swls),
  missingRule: 'Total only when all 5 items are answered (VERIFIED: GESIS/ZIS).',
  optional: true,
  versions: [
    {
      language: 'en',
      status: 'verified',
      source: `Diener et al. 1985 (${SPEC} §4b)`,
      wording: {
        title: 'Satisfaction with life',
        items: numbered([
          'In most ways my life is close to my ideal.',
          'The conditions of my life are excellent.',
          'I am satisfied with my life.',
          'So far I have gotten the important things I want in life.',
          'If I could live my life over, I would change almost nothing.',
        ]),
        options: {
          answer: labelled([
            [1, 'Strongly disagree'],
            [2, 'Disagree'],
            [3, 'Slightly disagree'],
            [4, 'Neither agree nor disagree'],
            [5, 'Slightly agree'],
            [6, 'Agree'],
            [7, 'Strongly agree'],
          ]),
        },
      },
    },
  ],
};

const agreeFour = labelled([
  [1, 'Strongly disagree'],
  [2, 'Disagree'],
  [3, 'Agree'],
  [4, 'Strongly agree'],
]);

const pearlin: ShippedInstrument = {
  key: 'pearlin-mastery',
  name: INSTRUMENTS.pearlin.name,
  reference: INSTRUMENTS.pearlin.reference,
  licence: 'Public domain (VERIFIED: CMU Common Cold Project).',
  direction: 'higher-is-better',
  scoringRule: 'Reverse items 1, 2, 3, 5 and 7 (5 − x), then sum: 7–28, higher = more mastery.',
  items: choiceItems(7, INSTRUMENTS.pearlin.reverse),
  ...fromScoring(INSTRUMENTS.pearlin),
  optional: false,
  versions: [
    {
      language: 'en',
      status: 'verified',
      source: `Pearlin & Schooler 1978; CMU Common Cold Project (${SPEC} §5.1)`,
      wording: {
        title: 'Control over your own life',
        items: numbered([
          'There is really no way I can solve some of the problems I have.',
          "Sometimes I feel that I'm being pushed around in life.",
          'I have little control over the things that happen to me.',
          'I can do just about anything I really set my mind to do.',
          'I often feel helpless in dealing with the problems of life.',
          'What happens to me in the future mostly depends on me.',
          'There is little I can do to change many of the important things in my life.',
        ]),
        options: { answer: agreeFour },
      },
    },
  ],
};

const trueFalseEight = labelled([
  [1, 'Definitely false'],
  [2, 'Mostly false'],
  [3, 'Somewhat false'],
  [4, 'Slightly false'],
  [5, 'Slightly true'],
  [6, 'Somewhat true'],
  [7, 'Mostly true'],
  [8, 'Definitely true'],
]);

const stateHope: ShippedInstrument = {
  key: 'state-hope',
  name: INSTRUMENTS.stateHope.name,
  reference: INSTRUMENTS.stateHope.reference,
  licence: 'Research use without contacting the author (VERIFIED: reprint of the SHS appendix).',
  direction: 'higher-is-better',
  scoringRule: 'Agency = items 2 + 4 + 6; Pathways = items 1 + 3 + 5; Total 6–48.',
  items: choiceItems(6),
  ...fromScoring(INSTRUMENTS.stateHope),
  optional: false,
  versions: [
    {
      language: 'en',
      status: 'verified',
      source: `Snyder et al. 1996 (${SPEC} §5.2)`,
      wording: {
        title: 'Hope',
        items: numbered([
          'If I should find myself in a jam, I could think of many ways to get out of it.',
          'At the present time, I am energetically pursuing my goals.',
          'There are lots of ways around any problem that I am facing now.',
          'Right now, I see myself as being pretty successful.',
          'I can think of many ways to reach my current goals.',
          'At this time, I am meeting the goals that I have set for myself.',
        ]),
        options: { answer: trueFalseEight },
      },
    },
  ],
};

const adultHope: ShippedInstrument = {
  key: 'adult-hope',
  name: INSTRUMENTS.adultHope.name,
  reference: INSTRUMENTS.adultHope.reference,
  licence: '© 1991 APA; freely distributed for research; formal licence UNVERIFIED.',
  direction: 'higher-is-better',
  scoringRule:
    'Agency = 2 + 9 + 10 + 12; Pathways = 1 + 4 + 6 + 8; fillers 3, 5, 7, 11 not scored; Total 8–64.',
  items: choiceItems(12),
  ...fromScoring(INSTRUMENTS.adultHope),
  optional: true,
  versions: [
    {
      language: 'en',
      status: 'verified',
      source: `Snyder et al. 1991 (${SPEC} §5.2)`,
      wording: {
        title: 'Hope (the future)',
        items: numbered([
          'I can think of many ways to get out of a jam.',
          'I energetically pursue my goals.',
          'I feel tired most of the time.',
          'There are lots of ways around any problem.',
          'I am easily downed in an argument.',
          'I can think of many ways to get the things in life that are important to me.',
          'I worry about my health.',
          'Even when others get discouraged, I know I can find a way to solve the problem.',
          'My past experiences have prepared me well for my future.',
          "I've been pretty successful in life.",
          'I usually find myself worrying about something.',
          'I meet the goals that I set for myself.',
        ]),
        options: { answer: trueFalseEight },
      },
    },
  ],
};

const barc10: ShippedInstrument = {
  key: 'barc-10',
  name: INSTRUMENTS.barc10.name,
  reference: INSTRUMENTS.barc10.reference,
  licence: 'Freely available; permission not required (VERIFIED: PhenX).',
  direction: 'higher-is-better',
  scoringRule: 'Sum 10–60, higher = more recovery capital; ≥ 47 associated with sustained remission.',
  items: choiceItems(10),
  ...fromScoring(INSTRUMENTS.barc10),
  optional: false,
  versions: [
    {
      language: 'en',
      status: 'verified',
      source: `Vilsaint et al. 2017; PhenX (${SPEC} §5.3)`,
      wording: {
        title: 'Recovery capital',
        items: numbered([
          'There are more important things to me in life than using substances.',
          'In general I am happy with my life.',
          'I have enough energy to complete the tasks I set myself.',
          'I am proud of the community I live in and feel part of it.',
          'I get lots of support from friends.',
          'I regard my life as challenging and fulfilling without the need for using drugs or alcohol.',
          'My living space has helped to drive my recovery journey.',
          'I take full responsibility for my actions.',
          'I am happy dealing with a range of professional people.',
          'I am making good progress on my recovery journey.',
        ]),
        options: {
          answer: labelled([
            [1, 'Strongly disagree'],
            [2, 'Disagree'],
            [3, 'Somewhat disagree'],
            [4, 'Somewhat agree'],
            [5, 'Agree'],
            [6, 'Strongly agree'],
          ]),
        },
      },
    },
  ],
};

const FAMILY = 'Considering the people to whom you are related by birth, marriage, adoption, etc…';
const FRIENDS = 'Considering all of your friends including those who live in your neighborhood…';

const lsns6: ShippedInstrument = {
  key: 'lsns-6',
  name: INSTRUMENTS.lsns6.name,
  reference: INSTRUMENTS.lsns6.reference,
  licence: 'UNVERIFIED (hosted by Lubben, Boston College; free research use is common practice).',
  direction: 'higher-is-better',
  scoringRule: 'Sum 0–30 (family 0–15, friends 0–15). No cut-off shipped (UNVERIFIED).',
  items: choiceItems(6),
  ...fromScoring(INSTRUMENTS.lsns6),
  optional: false,
  versions: [
    {
      // Items 1–3 and the codes VERIFIED (PhenX); items 4–6 completed by the parallel structure.
      language: 'en',
      status: 'proposed',
      source: `PhenX supplemental LSNS-6 text; items 4–6 completed by parallel structure, UNVERIFIED verbatim (${SPEC} §5.4)`,
      wording: {
        title: 'Family and friends',
        items: [
          {
            number: 1,
            context: FAMILY,
            text: 'How many relatives do you see or hear from at least once a month?',
          },
          {
            number: 2,
            context: FAMILY,
            text: 'How many relatives do you feel at ease with that you can talk about private matters?',
          },
          {
            number: 3,
            context: FAMILY,
            text: 'How many relatives do you feel close to such that you could call on them for help?',
          },
          {
            number: 4,
            context: FRIENDS,
            text: 'How many of your friends do you see or hear from at least once a month?',
          },
          {
            number: 5,
            context: FRIENDS,
            text: 'How many friends do you feel at ease with that you can talk about private matters?',
          },
          {
            number: 6,
            context: FRIENDS,
            text: 'How many friends do you feel close to such that you could call on them for help?',
          },
        ],
        options: {
          answer: labelled([
            [0, 'None'],
            [1, 'One'],
            [2, 'Two'],
            [3, 'Three or four'],
            [4, 'Five through eight'],
            [5, 'Nine or more'],
          ]),
        },
      },
    },
  ],
};

/** The shipped battery, in the order a questionnaire asks it. */
export const BATTERY: readonly ShippedInstrument[] = [
  who5,
  tIls,
  lifeSatisfaction,
  pearlin,
  stateHope,
  barc10,
  lsns6,
  importantPeople,
  substanceUse,
  swls,
  adultHope,
];

export const findShippedInstrument = (key: string) => BATTERY.find((i) => i.key === key);
