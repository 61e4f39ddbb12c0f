/**
 * The scoring of the recommended outcome instruments (INSTRUMENTS.md §0, §2–5) as data: items,
 * answer codes, reverse-scored items, scales, direction and cut-offs with their sources. Wording and
 * translations are deliberately not here (several Danish versions are UNVERIFIED, §9); only what
 * scoring needs. The PROPOSED network and use modules (§5.5, §5.6) and the SIS (scoring
 * UNVERIFIED) are left out.
 */

export interface ScaleDefinition {
  id: string;
  /** Item numbers (1-based) summed, after reverse scoring. */
  items: readonly number[];
  /** The sum is multiplied by this (WHO-5's percentage score is raw × 4). */
  factor?: number;
}

export interface CutOff {
  id: string;
  scale: string;
  atLeast?: number;
  atMost?: number;
  source: string;
}

export interface Band {
  label: string;
  min: number;
  max: number;
}

export interface InstrumentDefinition {
  id: string;
  name: string;
  reference: string;
  itemCount: number;
  codes: { min: number; max: number };
  /** Scored as min + max − x (rule 1.3). */
  reverse: readonly number[];
  /** The first scale is the total. Items in no scale (AHS fillers) are asked but not scored. */
  scales: readonly ScaleDefinition[];
  higherIsBetter: boolean;
  /**
   * "never": the instrument forbids it (T-ILS) or has an official complete-case rule (SWLS).
   * "at-most-one-missing": the programme convention of rule 1.4, a separately flagged total.
   */
  proration: 'never' | 'at-most-one-missing';
  cutOffs: readonly CutOff[];
  bands?: readonly Band[];
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const total = (itemCount: number): ScaleDefinition => ({ id: 'total', items: range(1, itemCount) });

export const INSTRUMENTS = {
  tIls: {
    id: 't-ils',
    name: 'Three-Item Loneliness Scale (T-ILS, "UCLA-3")',
    reference: 'Hughes, Waite, Hawkley & Cacioppo, Research on Aging 2004;26:655–672',
    itemCount: 3,
    codes: { min: 1, max: 3 },
    reverse: [],
    scales: [total(3)],
    higherIsBetter: false,
    proration: 'never',
    cutOffs: [
      {
        id: 'severe-loneliness',
        scale: 'total',
        atLeast: 7,
        source: 'Sundhedsstyrelsen 2022 via vidensportal.dk',
      },
    ],
  },
  who5: {
    id: 'who-5',
    name: 'WHO-5 Well-Being Index',
    reference: 'WHO Regional Office for Europe 1998; Topp et al., Psychother Psychosom 2015;84:167–176',
    itemCount: 5,
    codes: { min: 0, max: 5 },
    reverse: [],
    scales: [total(5), { id: 'percentage', items: range(1, 5), factor: 4 }],
    higherIsBetter: true,
    proration: 'at-most-one-missing',
    cutOffs: [
      { id: 'poor-well-being', scale: 'percentage', atMost: 50, source: 'Topp et al. 2015' },
      { id: 'likely-depression', scale: 'percentage', atMost: 28, source: 'Topp et al. 2015' },
    ],
  },
  lifeSatisfaction: {
    id: 'life-satisfaction',
    name: 'Overall life satisfaction (OECD single item)',
    reference: 'OECD Guidelines on Measuring Subjective Well-being 2013',
    itemCount: 1,
    codes: { min: 0, max: 10 },
    reverse: [],
    scales: [total(1)],
    higherIsBetter: true,
    proration: 'never',
    cutOffs: [],
  },
  swls: {
    id: 'swls',
    name: 'Satisfaction With Life Scale',
    reference: 'Diener, Emmons, Larsen & Griffin, J Pers Assess 1985;49:71–75',
    itemCount: 5,
    codes: { min: 1, max: 7 },
    reverse: [],
    scales: [total(5)],
    higherIsBetter: true,
    proration: 'never',
    cutOffs: [],
    bands: [
      { label: 'extremely-dissatisfied', min: 5, max: 9 },
      { label: 'dissatisfied', min: 10, max: 14 },
      { label: 'slightly-dissatisfied', min: 15, max: 19 },
      { label: 'neutral', min: 20, max: 20 },
      { label: 'slightly-satisfied', min: 21, max: 25 },
      { label: 'satisfied', min: 26, max: 30 },
      { label: 'extremely-satisfied', min: 31, max: 35 },
    ],
  },
  pearlin: {
    id: 'pearlin-mastery',
    name: 'Pearlin Mastery Scale (4-point)',
    reference: 'Pearlin & Schooler, J Health Soc Behav 1978;19:2–21',
    itemCount: 7,
    codes: { min: 1, max: 4 },
    reverse: [1, 2, 3, 5, 7],
    scales: [total(7)],
    higherIsBetter: true,
    proration: 'at-most-one-missing',
    cutOffs: [],
  },
  stateHope: {
    id: 'state-hope',
    name: 'State Hope Scale',
    reference: 'Snyder et al., J Pers Soc Psychol 1996;70:321–335',
    itemCount: 6,
    codes: { min: 1, max: 8 },
    reverse: [],
    scales: [total(6), { id: 'agency', items: [2, 4, 6] }, { id: 'pathways', items: [1, 3, 5] }],
    higherIsBetter: true,
    proration: 'at-most-one-missing',
    cutOffs: [],
  },
  adultHope: {
    id: 'adult-hope',
    name: 'Adult Hope Scale (8-point)',
    reference: 'Snyder et al., J Pers Soc Psychol 1991;60:570–585',
    itemCount: 12,
    codes: { min: 1, max: 8 },
    reverse: [],
    // Items 3, 5, 7 and 11 are fillers and not scored.
    scales: [
      { id: 'total', items: [1, 2, 4, 6, 8, 9, 10, 12] },
      { id: 'agency', items: [2, 9, 10, 12] },
      { id: 'pathways', items: [1, 4, 6, 8] },
    ],
    higherIsBetter: true,
    proration: 'at-most-one-missing',
    cutOffs: [],
  },
  barc10: {
    id: 'barc-10',
    name: 'Brief Assessment of Recovery Capital (BARC-10)',
    reference: 'Vilsaint et al., Drug Alcohol Depend 2017;177:71–76',
    itemCount: 10,
    codes: { min: 1, max: 6 },
    reverse: [],
    scales: [total(10)],
    higherIsBetter: true,
    proration: 'at-most-one-missing',
    cutOffs: [
      { id: 'sustained-remission-range', scale: 'total', atLeast: 47, source: 'Vilsaint et al. 2017' },
    ],
  },
  lsns6: {
    id: 'lsns-6',
    name: 'Lubben Social Network Scale-6',
    reference: 'Lubben et al., Gerontologist 2006;46:503–513',
    itemCount: 6,
    codes: { min: 0, max: 5 },
    reverse: [],
    scales: [total(6), { id: 'family', items: [1, 2, 3] }, { id: 'friends', items: [4, 5, 6] }],
    higherIsBetter: true,
    proration: 'at-most-one-missing',
    // "< 12 = at risk of isolation" is UNVERIFIED (§5.4), so no cut-off is shipped.
    cutOffs: [],
  },
  qpr15: {
    id: 'qpr-15',
    name: 'Questionnaire about the Process of Recovery (QPR-15)',
    reference: 'Law et al., Schizophr Res 2014; Williams et al., Br J Psychiatry 2015;207:551–555',
    itemCount: 15,
    codes: { min: 0, max: 4 },
    reverse: [],
    scales: [total(15)],
    higherIsBetter: true,
    proration: 'at-most-one-missing',
    cutOffs: [],
  },
} as const satisfies Record<string, InstrumentDefinition>;
