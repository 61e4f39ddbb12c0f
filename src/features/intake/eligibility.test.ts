import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EligibilityRule,
  eligibilityResultSchema,
  eligibilityRulesSchema,
  type RuleOutcome,
} from './eligibility.contract.ts';
import { addCalendarMonths, evaluateEligibility, explainUnmet, questionsFor } from './eligibility.ts';
import { VEJLE_ELIGIBILITY_RULES, VEJLE_MUNICIPALITY_CODES } from './vejle-eligibility-rules.ts';

const explanation = { da: 'Forklaring', en: 'Explanation' };
const age18: EligibilityRule = { id: 'age', kind: 'minimum-age', years: 18, explanation };
const residence: EligibilityRule = { id: 'residence', kind: 'residence', explanation };
const experience = (acceptAftercare: boolean): EligibilityRule => ({
  id: 'experience',
  kind: 'abuse-experience',
  acceptAftercare,
  explanation,
});
const abstinence = (
  minimumMonths: number,
  substitution: 'counts-as-free' | 'must-have-ended',
): EligibilityRule => ({ id: 'abstinence', kind: 'abstinence', minimumMonths, substitution, explanation });

const vejle = { today: '2026-03-15', municipalityCodes: VEJLE_MUNICIPALITY_CODES };

/** The one rule's outcome for these answers on `today`. */
function outcomeOf(rule: EligibilityRule, answers: unknown, today = vejle.today): RuleOutcome | undefined {
  return evaluateEligibility([rule], answers, { ...vejle, today }).rules[0]?.outcome;
}

describe('addCalendarMonths', () => {
  it('adds months and years on the calendar', () => {
    expect(addCalendarMonths('2025-03-15', 12)).toBe('2026-03-15');
    expect(addCalendarMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addCalendarMonths('2026-03-01', -1)).toBe('2026-02-01');
    expect(addCalendarMonths('2026-03-15', 0)).toBe('2026-03-15');
  });

  it('rolls a day the target month lacks over to the 1st of the next month', () => {
    expect(addCalendarMonths('2008-02-29', 18 * 12)).toBe('2026-03-01');
    expect(addCalendarMonths('2008-02-29', 20 * 12)).toBe('2028-02-29');
    expect(addCalendarMonths('2025-01-31', 1)).toBe('2025-03-01');
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-03-01');
    expect(addCalendarMonths('2025-03-31', 1)).toBe('2025-05-01');
    expect(addCalendarMonths('2025-12-31', 2)).toBe('2026-03-01');
  });

  it('refuses what is not a real date or a whole number of months', () => {
    expect(() => addCalendarMonths('2025-02-29', 1)).toThrow(RangeError);
    expect(() => addCalendarMonths('2025-13-01', 1)).toThrow(RangeError);
    expect(() => addCalendarMonths('15-03-2025', 1)).toThrow(RangeError);
    expect(() => addCalendarMonths('2025-03-15', 1.5)).toThrow(RangeError);
    expect(() => addCalendarMonths('9999-12-01', 1)).toThrow(RangeError);
  });
});

describe('minimum-age', () => {
  it('is met on the 18th birthday and not a day before (17 years 364 days)', () => {
    expect(outcomeOf(age18, { birthDate: '2008-03-16' })).toBe('not-met');
    expect(outcomeOf(age18, { birthDate: '2008-03-15' })).toBe('met');
    expect(outcomeOf(age18, { birthDate: '1960-01-01' })).toBe('met');
  });

  it('lets a leap-day child turn 18 on 1 March in a non-leap year', () => {
    expect(outcomeOf(age18, { birthDate: '2008-02-29' }, '2026-02-28')).toBe('not-met');
    expect(outcomeOf(age18, { birthDate: '2008-02-29' }, '2026-03-01')).toBe('met');
  });

  it('lets a leap-day child turn 20 on 29 February in a leap year', () => {
    const age20: EligibilityRule = { ...age18, years: 20 };
    expect(outcomeOf(age20, { birthDate: '2008-02-29' }, '2028-02-28')).toBe('not-met');
    expect(outcomeOf(age20, { birthDate: '2008-02-29' }, '2028-02-29')).toBe('met');
  });

  it('is unknown for a missing, invalid or future birth date', () => {
    for (const birthDate of [
      undefined,
      '2007-02-29',
      '2008-13-01',
      '2008-3-15',
      '15-03-2008',
      20080315,
      null,
    ])
      expect(outcomeOf(age18, { birthDate })).toBe('unknown');
    expect(outcomeOf(age18, { birthDate: '2026-03-16' })).toBe('unknown');
  });
});

describe('residence', () => {
  it("is met for one of the programme's municipalities, not met for another", () => {
    expect(outcomeOf(residence, { municipalityCode: '630' })).toBe('met');
    expect(outcomeOf(residence, { municipalityCode: '751' })).toBe('not-met');
  });

  it('is unknown for a code that is no municipality, or when the programme lists none', () => {
    for (const municipalityCode of [undefined, '411', '999', '63', 630, ' 630'])
      expect(outcomeOf(residence, { municipalityCode })).toBe('unknown');
    const none = evaluateEligibility(
      [residence],
      { municipalityCode: '630' },
      { ...vejle, municipalityCodes: [] },
    );
    expect(none.rules[0]?.outcome).toBe('unknown');
  });
});

describe('abuse-experience', () => {
  it('is met by past abuse, and by aftercare only where the rule accepts it', () => {
    expect(outcomeOf(experience(false), { abuseHistory: 'yes' })).toBe('met');
    expect(outcomeOf(experience(true), { abuseHistory: 'aftercare' })).toBe('met');
    expect(outcomeOf(experience(false), { abuseHistory: 'aftercare' })).toBe('not-met');
    expect(outcomeOf(experience(true), { abuseHistory: 'no' })).toBe('not-met');
  });

  it('is unknown without a valid answer', () => {
    expect(outcomeOf(experience(true), {})).toBe('unknown');
    expect(outcomeOf(experience(true), { abuseHistory: 'ja' })).toBe('unknown');
  });
});

describe('abstinence, substitution must have ended (mentors)', () => {
  const rule = abstinence(12, 'must-have-ended');

  it('is met at exactly 12 months free, not one day short', () => {
    expect(outcomeOf(rule, { abuseFreeSince: '2025-03-15', substitution: 'never' })).toBe('met');
    expect(outcomeOf(rule, { abuseFreeSince: '2025-03-16', substitution: 'never' })).toBe('not-met');
  });

  it('is met when substitution ended exactly 12 months ago, not one day later', () => {
    const free = { abuseFreeSince: '2024-01-01', substitution: 'ended' };
    expect(outcomeOf(rule, { ...free, substitutionSince: '2025-03-15' })).toBe('met');
    expect(outcomeOf(rule, { ...free, substitutionSince: '2025-03-16' })).toBe('not-met');
    expect(outcomeOf(rule, { ...free, substitutionSince: '2025-07-15' })).toBe('not-met');
  });

  it('is not met while on substitution medication, however long free of abuse', () => {
    const answers = {
      abuseFreeSince: '2015-01-01',
      substitution: 'current',
      substitutionSince: '2015-01-01',
    };
    expect(outcomeOf(rule, answers)).toBe('not-met');
  });

  it('counts a month from 31 January as complete on 1 March', () => {
    const month = abstinence(1, 'must-have-ended');
    const answers = { abuseFreeSince: '2025-01-31', substitution: 'never' };
    expect(outcomeOf(month, answers, '2025-02-28')).toBe('not-met');
    expect(outcomeOf(month, answers, '2025-03-01')).toBe('met');
  });

  it('is unknown while an answer it needs is missing, invalid or in the future', () => {
    expect(outcomeOf(rule, { abuseFreeSince: '2020-01-01' })).toBe('unknown');
    expect(outcomeOf(rule, { substitution: 'never' })).toBe('unknown');
    expect(outcomeOf(rule, { abuseFreeSince: '2020-01-01', substitution: 'ended' })).toBe('unknown');
    expect(outcomeOf(rule, { abuseFreeSince: '2025-02-29', substitution: 'never' })).toBe('unknown');
    expect(outcomeOf(rule, { abuseFreeSince: '2026-03-16', substitution: 'never' })).toBe('unknown');
  });

  it('is not met when the answers given already fall short, whatever is still missing', () => {
    expect(outcomeOf(rule, { abuseFreeSince: '2026-01-01' })).toBe('not-met');
    expect(outcomeOf(rule, { substitution: 'ended', substitutionSince: '2026-01-01' })).toBe('not-met');
  });
});

describe('abstinence, stable substitution counts as free (peers)', () => {
  const now = abstinence(0, 'counts-as-free');
  const sixMonths = abstinence(6, 'counts-as-free');

  it('with 0 months, is met by being free today, and unknown for free from tomorrow', () => {
    expect(outcomeOf(now, { abuseFreeSince: '2026-03-15' })).toBe('met');
    expect(outcomeOf(now, { abuseFreeSince: '2026-03-16' })).toBe('unknown');
  });

  it('is met by stable substitution treatment without a date free of abuse', () => {
    expect(outcomeOf(now, { substitution: 'current', substitutionSince: '2026-03-15' })).toBe('met');
    expect(outcomeOf(sixMonths, { substitution: 'current', substitutionSince: '2025-09-15' })).toBe('met');
  });

  it('is not met when neither path reaches the period', () => {
    const answers = {
      abuseFreeSince: '2026-01-15',
      substitution: 'current',
      substitutionSince: '2025-09-16',
    };
    expect(outcomeOf(sixMonths, answers)).toBe('not-met');
    expect(outcomeOf(sixMonths, { abuseFreeSince: '2026-01-15', substitution: 'never' })).toBe('not-met');
  });

  it('is not met by a person who is not free now and not in substitution treatment', () => {
    expect(outcomeOf(now, { abuseFreeNow: 'no', substitution: 'never' })).toBe('not-met');
    // An old date left in the form does not count once they say they are not free now.
    expect(outcomeOf(now, { abuseFreeNow: 'no', abuseFreeSince: '2025-01-01', substitution: 'never' })).toBe(
      'not-met',
    );
    expect(
      outcomeOf(now, { abuseFreeNow: 'no', substitution: 'current', substitutionSince: '2026-01-01' }),
    ).toBe('met');
  });

  it('is unknown while a path that could still meet it is unanswered', () => {
    expect(outcomeOf(sixMonths, { abuseFreeSince: '2026-01-15' })).toBe('unknown');
    expect(outcomeOf(sixMonths, { substitution: 'never' })).toBe('unknown');
    expect(outcomeOf(now, { substitution: 'current' })).toBe('unknown');
    expect(outcomeOf(now, { substitution: 'current', substitutionSince: '2026-03-16' })).toBe('unknown');
  });
});

describe('overall outcome', () => {
  const rules = [age18, residence, experience(true)];
  const adult = { birthDate: '1990-05-01', municipalityCode: '630', abuseHistory: 'yes' };

  it('is eligible for an empty rule list and when every rule is met', () => {
    expect(evaluateEligibility([], {}, vejle)).toEqual({ outcome: 'eligible', rules: [] });
    expect(evaluateEligibility(rules, adult, vejle).outcome).toBe('eligible');
  });

  it('is incomplete with a rule unknown, not eligible with any rule not met', () => {
    expect(evaluateEligibility(rules, { ...adult, municipalityCode: undefined }, vejle).outcome).toBe(
      'incomplete',
    );
    const moved = { ...adult, municipalityCode: '751', birthDate: 'soon' };
    expect(evaluateEligibility(rules, moved, vejle)).toEqual({
      outcome: 'not-eligible',
      rules: [
        { id: 'age', kind: 'minimum-age', outcome: 'unknown' },
        { id: 'residence', kind: 'residence', outcome: 'not-met' },
        { id: 'experience', kind: 'abuse-experience', outcome: 'met' },
      ],
    });
  });

  it('reads garbage answers, context and rules as unknown instead of throwing', () => {
    for (const answers of [null, undefined, 'x', 42, [], [adult], new Date()])
      expect(evaluateEligibility(rules, answers, vejle).outcome).toBe('incomplete');
    const broken = { ...vejle, today: '2026-02-30' };
    expect(evaluateEligibility([age18], adult, broken).rules[0]?.outcome).toBe('unknown');
    const stored = [
      { id: 'age', kind: 'minimum-age', years: -1, explanation },
    ] as unknown as EligibilityRule[];
    expect(evaluateEligibility(stored, adult, vejle).rules).toEqual([
      { id: 'age', kind: 'minimum-age', outcome: 'unknown' },
    ]);
    const hostile = Object.defineProperty({}, 'birthDate', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(evaluateEligibility([age18], hostile, vejle).rules[0]?.outcome).toBe('unknown');
  });
});

describe("Vejle's rules", () => {
  const peer = {
    birthDate: '2000-06-01',
    municipalityCode: '630',
    abuseHistory: 'aftercare',
    substitution: 'current',
    substitutionSince: '2025-11-01',
  };

  it('are valid programme settings with both texts', () => {
    expect(eligibilityRulesSchema.parse(VEJLE_ELIGIBILITY_RULES)).toEqual(VEJLE_ELIGIBILITY_RULES);
    for (const rule of [...VEJLE_ELIGIBILITY_RULES.peer, ...VEJLE_ELIGIBILITY_RULES.mentor]) {
      expect(rule.explanation.da).not.toBe(rule.explanation.en);
      expect(rule.explanation.da.length).toBeGreaterThan(20);
    }
  });

  it('let in a peer in aftercare who is stable on substitution medication', () => {
    expect(evaluateEligibility(VEJLE_ELIGIBILITY_RULES.peer, peer, vejle).outcome).toBe('eligible');
  });

  it('tell a mentor 8 months out of substitution treatment why not, in Danish and English', () => {
    const mentor = { ...peer, abuseHistory: 'yes', abuseFreeSince: '2023-01-01', substitution: 'ended' };
    const rules = VEJLE_ELIGIBILITY_RULES.mentor;
    const result = evaluateEligibility(rules, { ...mentor, substitutionSince: '2025-07-15' }, vejle);
    expect(result.outcome).toBe('not-eligible');
    expect(explainUnmet(rules, result, 'da')).toEqual([rules[3]?.explanation.da]);
    expect(explainUnmet(rules, result, 'en')[0]).toMatch(/12 months/);
    const later = evaluateEligibility(
      rules,
      { ...mentor, substitutionSince: '2025-07-15' },
      { ...vejle, today: '2026-07-15' },
    );
    expect(later.outcome).toBe('eligible');
  });

  it('explain every rule not met, in order', () => {
    const rules = VEJLE_ELIGIBILITY_RULES.peer;
    const young = { ...peer, birthDate: '2010-01-01', municipalityCode: '461', abuseHistory: 'no' };
    const result = evaluateEligibility(rules, young, vejle);
    expect(explainUnmet(rules, result, 'en')).toEqual(rules.slice(0, 3).map((rule) => rule.explanation.en));
  });

  it('refuse duplicate rule ids in programme settings', () => {
    const twice = { peer: [age18, age18], mentor: [] };
    expect(eligibilityRulesSchema.safeParse(twice).success).toBe(false);
  });
});

describe('questionsFor', () => {
  it('asks only what the rules need, once each, in the form order', () => {
    expect(questionsFor([])).toEqual([]);
    expect(questionsFor([residence])).toEqual(['municipalityCode']);
    expect(questionsFor([abstinence(0, 'counts-as-free'), age18, abstinence(12, 'must-have-ended')])).toEqual(
      ['birthDate', 'abuseFreeNow', 'abuseFreeSince', 'substitution', 'substitutionSince'],
    );
    expect(questionsFor(VEJLE_ELIGIBILITY_RULES.mentor)).toEqual([
      'birthDate',
      'municipalityCode',
      'abuseHistory',
      'abuseFreeNow',
      'abuseFreeSince',
      'substitution',
      'substitutionSince',
    ]);
  });
});

// Properties: fixed seeds so a failure reproduces; fast-check prints the counterexample.
const seed = 20260315;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Mostly real dates, some impossible ones (31 Feb), as a date picker or a hand-typed field gives. */
const dateText = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
const validDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.string(), fc.anything());

const answersArb = fc.oneof(
  fc.anything(),
  fc.record(
    {
      birthDate: maybe(dateText),
      municipalityCode: maybe(fc.constantFrom('630', '751', '411', '999', '6300')),
      abuseHistory: maybe(fc.constantFrom('yes', 'aftercare', 'no')),
      abuseFreeSince: maybe(dateText),
      substitution: maybe(fc.constantFrom('never', 'current', 'ended')),
      substitutionSince: maybe(dateText),
    },
    { requiredKeys: [] },
  ),
);

const rulePartsArb = fc.oneof(
  fc.record({ kind: fc.constant('minimum-age' as const), years: fc.integer({ min: 0, max: 120 }) }),
  fc.record({ kind: fc.constant('residence' as const) }),
  fc.record({ kind: fc.constant('abuse-experience' as const), acceptAftercare: fc.boolean() }),
  fc.record({
    kind: fc.constant('abstinence' as const),
    minimumMonths: fc.integer({ min: 0, max: 600 }),
    substitution: fc.constantFrom('counts-as-free' as const, 'must-have-ended' as const),
  }),
);
// Ids by position: unique as the contract demands, and far cheaper to generate than random ones.
const rulesArb: fc.Arbitrary<EligibilityRule[]> = fc
  .array(rulePartsArb, { maxLength: 20 })
  .map((list) => list.map((parts, index) => ({ ...parts, id: `rule-${index}`, explanation })));
const contextArb = fc.record({
  today: validDate,
  municipalityCodes: fc.subarray(['101', '461', '630', '751', '851']),
});

describe('properties', () => {
  it('never throws, and the outcome always follows from the rules', () => {
    fc.assert(
      fc.property(rulesArb, answersArb, contextArb, (rules, answers, context) => {
        const result = evaluateEligibility(rules, answers, context);
        expect(eligibilityResultSchema.parse(result)).toEqual(result);
        expect(result.rules.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.id));
        const outcomes = result.rules.map((rule) => rule.outcome);
        const expected = outcomes.includes('not-met')
          ? 'not-eligible'
          : outcomes.includes('unknown')
            ? 'incomplete'
            : 'eligible';
        expect(result.outcome).toBe(expected);
        expect(explainUnmet(rules, result, 'da')).toHaveLength(
          outcomes.filter((o) => o === 'not-met').length,
        );
      }),
      { seed, numRuns: 500 },
    );
  });

  it("never throws on Vejle's rules with any answers, even a garbled context", () => {
    const anyContext = fc.oneof(contextArb, fc.anything()) as fc.Arbitrary<typeof vejle>;
    fc.assert(
      fc.property(
        answersArb,
        anyContext,
        fc.constantFrom('peer' as const, 'mentor' as const),
        (answers, context, role) => {
          const result = evaluateEligibility(VEJLE_ELIGIBILITY_RULES[role], answers, context);
          expect(result.rules).toHaveLength(4);
        },
      ),
      { seed, numRuns: 500 },
    );
  });

  it('never takes back a met rule as time passes', () => {
    fc.assert(
      fc.property(
        rulesArb,
        answersArb,
        validDate,
        fc.integer({ min: 0, max: 400 }),
        (rules, answers, today, days) => {
          const later = new Date(`${today}T00:00:00Z`);
          later.setUTCDate(later.getUTCDate() + days);
          const codes = ['630'];
          const before = evaluateEligibility(rules, answers, { today, municipalityCodes: codes });
          const after = evaluateEligibility(rules, answers, {
            today: later.toISOString().slice(0, 10),
            municipalityCodes: codes,
          });
          before.rules.forEach((rule, index) => {
            if (rule.outcome === 'met') expect(after.rules[index]?.outcome).toBe('met');
          });
        },
      ),
      { seed, numRuns: 300 },
    );
  });

  it('adds months monotonically, always to a real date', () => {
    fc.assert(
      fc.property(validDate, validDate, fc.integer({ min: 0, max: 1200 }), (a, b, months) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const shifted = addCalendarMonths(early, months);
        expect(addCalendarMonths(shifted, 0)).toBe(shifted);
        expect(shifted >= early).toBe(true);
        expect(shifted <= addCalendarMonths(late, months)).toBe(true);
      }),
      { seed, numRuns: 500 },
    );
  });
});
