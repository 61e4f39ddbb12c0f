import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportantPerson } from '../questionnaire.contract.ts';
import { networkMeasures } from './network-measures.ts';

const person = (p: Partial<ImportantPerson>): ImportantPerson => ({
  nickname: 'X',
  role: 3,
  contact: 2,
  use: 0,
  support: 2,
  ...p,
});

describe('the Important People measures', () => {
  it('counts non-using, using, supportive and weekly non-using people (§5.5)', () => {
    const people = [
      person({ contact: 4 }),
      person({ contact: 1 }),
      person({ use: 1, support: 0, contact: 4 }),
      person({ use: 9, support: 9 }),
      person({ use: null, contact: null, support: 1 }),
    ];
    expect(networkMeasures(people)).toEqual({
      n_people: 5,
      n_nonusing: 2,
      n_using: 1,
      prop_using: 1 / 3,
      n_supportive: 2,
      n_nonusing_weekly: 1,
    });
  });

  it('has no proportion when nobody’s use is known, and zeros for an empty roster', () => {
    expect(networkMeasures([person({ use: 9 })]).prop_using).toBeNull();
    expect(networkMeasures([])).toMatchObject({ n_people: 0, n_nonusing_weekly: 0, prop_using: null });
    expect(() => networkMeasures(Array.from({ length: 11 }, () => person({})))).toThrow(RangeError);
  });

  it('keeps every count within the roster and the proportion in [0, 1]', () => {
    const arb = fc.record({
      nickname: fc.constant('X'),
      role: fc.integer({ min: 1, max: 8 }),
      contact: fc.option(fc.integer({ min: 0, max: 4 })),
      use: fc.option(fc.constantFrom(0, 1, 9)),
      support: fc.option(fc.constantFrom(0, 1, 2, 9)),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 10 }), (people) => {
        const m = networkMeasures(people);
        expect(m.n_nonusing + m.n_using).toBeLessThanOrEqual(m.n_people);
        expect(m.n_nonusing_weekly).toBeLessThanOrEqual(m.n_nonusing);
        if (m.prop_using !== null) expect(m.prop_using).toBeGreaterThanOrEqual(0);
        if (m.prop_using !== null) expect(m.prop_using).toBeLessThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });
});
