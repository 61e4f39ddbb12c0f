import { describe, expect, it } from 'vitest';
import { outcomeOf, rateOf } from './waves-rates.ts';

describe('response rates', () => {
  it('tells what became of a questionnaire', () => {
    const row = { closesOn: '2026-03-31', completedAt: null };
    expect(outcomeOf({ ...row, completedAt: new Date() }, 3, '2026-04-05')).toBe('answered');
    expect(outcomeOf(row, 2, '2026-04-05')).toBe('partly');
    expect(outcomeOf(row, 0, '2026-03-31')).toBe('open');
    expect(outcomeOf(row, 0, '2026-04-01')).toBe('expired');
  });

  it('suppresses every count under 5 and a rate made of one', () => {
    const outcomes = [
      ...Array(6).fill('answered'),
      ...Array(2).fill('partly'),
      ...Array(5).fill('expired'),
    ] as const;
    expect(rateOf('T1', 'peer', outcomes)).toEqual({
      wave: 'T1',
      role: 'peer',
      sent: 13,
      answered: 6,
      partly: null,
      open: null,
      expired: 5,
      answeredRate: 6 / 13,
      anyAnswerRate: 8 / 13,
    });
    expect(rateOf('T0', 'mentor', ['answered', 'answered', 'open', 'open'])).toMatchObject({
      sent: null,
      answered: null,
      answeredRate: null,
    });
  });
});
