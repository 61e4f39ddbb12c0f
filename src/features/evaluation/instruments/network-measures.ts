/**
 * The derived measures of the Important People roster (INSTRUMENTS.md §5.5), per wave. "Don't
 * know" (9) and an unanswered field count as neither using nor non-using, and as not supportive.
 */
import type { ImportantPerson } from '../questionnaire.contract.ts';

export const MAX_IMPORTANT_PEOPLE = 10;

export interface NetworkMeasures {
  n_people: number;
  n_nonusing: number;
  n_using: number;
  /** n_using / (n_using + n_nonusing); null when nobody's use is known. */
  prop_using: number | null;
  n_supportive: number;
  /** Non-using people in contact weekly or more often (contact ≥ 2): the primary network outcome. */
  n_nonusing_weekly: number;
}

export function networkMeasures(people: readonly ImportantPerson[]): NetworkMeasures {
  if (people.length > MAX_IMPORTANT_PEOPLE) throw new RangeError(`At most ${MAX_IMPORTANT_PEOPLE} people`);
  const count = (test: (p: ImportantPerson) => boolean) => people.filter(test).length;
  const n_nonusing = count((p) => p.use === 0);
  const n_using = count((p) => p.use === 1);
  return {
    n_people: people.length,
    n_nonusing,
    n_using,
    prop_using: n_using + n_nonusing === 0 ? null : n_using / (n_using + n_nonusing),
    n_supportive: count((p) => p.support === 2),
    n_nonusing_weekly: count((p) => p.use === 0 && p.contact !== null && p.contact >= 2),
  };
}
