import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, type InstrumentDefinition } from './instrument-definitions.ts';
import { type ItemAnswers, scoreInstrument } from './score-instrument.ts';

const answersOf = (codes: (number | null)[]): ItemAnswers =>
  Object.fromEntries(codes.map((c, i) => [i + 1, c]));

describe('scoring the instruments', () => {
  it('T-ILS: sum 3–9, ≥ 7 is severe loneliness, no proration', () => {
    const severe = scoreInstrument(INSTRUMENTS.tIls, answersOf([3, 2, 2]));
    expect(severe).toMatchObject({ scales: { total: 7 }, cutOffs: { 'severe-loneliness': true } });
    const missing = scoreInstrument(INSTRUMENTS.tIls, answersOf([3, null, 2]));
    expect(missing).toMatchObject({ scales: { total: null }, proratedTotal: null, missingItems: [2] });
    expect(missing.cutOffs['severe-loneliness']).toBeNull();
  });

  it('WHO-5: raw 0–25, percentage × 4, the ≤ 50 and ≤ 28 cut-offs', () => {
    const result = scoreInstrument(INSTRUMENTS.who5, answersOf([3, 2, 2, 3, 2]));
    expect(result.scales).toEqual({ total: 12, percentage: 48 });
    expect(result.cutOffs).toEqual({ 'poor-well-being': true, 'likely-depression': false });
    expect(scoreInstrument(INSTRUMENTS.who5, answersOf([5, 5, 5, 5, 5])).scales.percentage).toBe(100);
  });

  it('Pearlin: items 1, 2, 3, 5 and 7 reversed (5 − x), range 7–28', () => {
    // Strongly agree (4) with every negative item and strongly disagree (1) with 4 and 6: least mastery.
    expect(scoreInstrument(INSTRUMENTS.pearlin, answersOf([4, 4, 4, 1, 4, 1, 4])).scales.total).toBe(7);
    expect(scoreInstrument(INSTRUMENTS.pearlin, answersOf([1, 1, 1, 4, 1, 4, 1])).scales.total).toBe(28);
    expect(scoreInstrument(INSTRUMENTS.pearlin, answersOf([2, 3, 1, 3, 2, 4, 1])).scales.total).toBe(
      3 + 2 + 4 + 3 + 3 + 4 + 4,
    );
  });

  it('hope: SHS agency 2+4+6 and pathways 1+3+5; AHS leaves its fillers unscored', () => {
    const shs = scoreInstrument(INSTRUMENTS.stateHope, answersOf([1, 2, 3, 4, 5, 6]));
    expect(shs.scales).toEqual({ total: 21, agency: 12, pathways: 9 });
    const ahs = answersOf([8, 7, null, 6, null, 5, null, 4, 3, 2, null, 1]);
    expect(scoreInstrument(INSTRUMENTS.adultHope, ahs)).toMatchObject({
      scales: { total: 36, agency: 13, pathways: 23 },
      missingItems: [],
    });
  });

  it('SWLS: 5–35 in its bands, complete case only (official rule)', () => {
    expect(scoreInstrument(INSTRUMENTS.swls, answersOf([4, 4, 4, 4, 4])).band).toBe('neutral');
    expect(scoreInstrument(INSTRUMENTS.swls, answersOf([7, 7, 7, 6, 5])).band).toBe('extremely-satisfied');
    const missing = scoreInstrument(INSTRUMENTS.swls, answersOf([7, 7, null, 6, 5]));
    expect(missing).toMatchObject({ scales: { total: null }, proratedTotal: null, band: null });
  });

  it('prorates a total with exactly one item missing, as a separate value', () => {
    const barc = answersOf([6, 5, 5, 4, 6, 5, 4, 6, 5, null]);
    const result = scoreInstrument(INSTRUMENTS.barc10, barc);
    expect(result.scales.total).toBeNull();
    expect(result.proratedTotal).toBeCloseTo((46 / 9) * 10, 12);
    expect(result.cutOffs['sustained-remission-range']).toBeNull();
    const two = scoreInstrument(INSTRUMENTS.barc10, { ...barc, 1: null });
    expect(two.proratedTotal).toBeNull();
    expect(scoreInstrument(INSTRUMENTS.lsns6, answersOf([1, 2, 3, 3, 4, 5])).scales).toEqual({
      total: 18,
      family: 6,
      friends: 12,
    });
  });

  it('refuses codes outside the instrument and items it does not have', () => {
    expect(() => scoreInstrument(INSTRUMENTS.who5, answersOf([6, 0, 0, 0, 0]))).toThrow(RangeError);
    expect(() => scoreInstrument(INSTRUMENTS.tIls, answersOf([1, 2, 2.5]))).toThrow(RangeError);
    expect(() => scoreInstrument(INSTRUMENTS.tIls, { 1: 1, 2: 1, 3: 1, 4: 1 })).toThrow(RangeError);
  });

  it('keeps every complete total within its range, reversing never leaves it', () => {
    for (const definition of Object.values(INSTRUMENTS) as InstrumentDefinition[]) {
      const { min, max } = definition.codes;
      const k = definition.scales[0]!.items.length;
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min, max }), {
            minLength: definition.itemCount,
            maxLength: definition.itemCount,
          }),
          (codes) => {
            const { scales } = scoreInstrument(definition, answersOf(codes));
            expect(scales.total).toBeGreaterThanOrEqual(k * min);
            expect(scales.total).toBeLessThanOrEqual(k * max);
          },
        ),
        { numRuns: 50 },
      );
    }
  });
});
