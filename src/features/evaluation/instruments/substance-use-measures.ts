/**
 * What the 30-day use items (INSTRUMENTS.md §5.6a) yield: whether a relapse was reported (U5;
 * 9 "would rather not say" is missing, not no) and the days abstinent, 30 − the most days of
 * use of alcohol (U1), cannabis (U3) or other drugs (U4). U2 (heavy drinking) is a subset of U1.
 */
import type { AnswerValue } from '../questionnaire.contract.ts';

export interface SubstanceUseMeasures {
  relapseReported: boolean | null;
  daysAbstinent: number | null;
}

export function substanceUseMeasures(
  answers: Readonly<Record<number, AnswerValue | null | undefined>>,
): SubstanceUseMeasures {
  const days = [1, 3, 4].map((item) => answers[item]);
  const counts = days.every((d): d is number => typeof d === 'number' && d >= 0 && d <= 30) ? days : null;
  const u5 = answers[5];
  return {
    relapseReported: u5 === 1 ? true : u5 === 0 ? false : null,
    daysAbstinent: counts ? 30 - Math.max(...counts) : null,
  };
}
