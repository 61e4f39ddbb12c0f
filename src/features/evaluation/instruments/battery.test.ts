/**
 * The shipped battery against INSTRUMENTS.md: every language version words every item and labels
 * every code; the statuses follow the specification's tags; each instrument with a sum score is
 * scored from its stored definition (reverse items, missing rules, bounds); the use items yield
 * the relapse flag and days abstinent.
 */
import { describe, expect, it } from 'vitest';
import { BATTERY, findShippedInstrument } from './battery.ts';
import { type ItemAnswers, scoreInstrument } from './score-instrument.ts';
import { substanceUseMeasures } from './substance-use-measures.ts';

const answersOf = (codes: (number | null)[]): ItemAnswers =>
  Object.fromEntries(codes.map((c, i) => [i + 1, c]));
const shipped = (key: string) => findShippedInstrument(key)!;

describe('the shipped battery', () => {
  it('words every item and labels every code in every language version', () => {
    for (const instrument of BATTERY) {
      for (const version of instrument.versions) {
        const where = `${instrument.key} ${version.language}`;
        expect(
          version.wording.items.map((i) => i.number),
          where,
        ).toEqual(instrument.items.map((i) => i.number));
        for (const [set, codes] of Object.entries(instrument.optionSets)) {
          expect(version.wording.options[set]?.map((o) => o.code).sort(), `${where} ${set}`).toEqual(
            [...codes].sort(),
          );
        }
      }
      if (instrument.scoring) {
        expect(instrument.items).toHaveLength(instrument.scoring.itemCount);
        expect(instrument.items.filter((i) => i.reverse).map((i) => i.number)).toEqual(
          instrument.scoring.reverse,
        );
      }
    }
  });

  it('ships Danish only where INSTRUMENTS.md verifies or proposes it; never QPR-15 or SIS', () => {
    const danish = (key: string) => shipped(key).versions.find((v) => v.language === 'da')?.status ?? 'none';
    expect(danish('who-5')).toBe('verified');
    expect(danish('life-satisfaction')).toBe('verified');
    expect(danish('t-ils')).toBe('translation-pending');
    expect(danish('important-people')).toBe('proposed');
    expect(danish('substance-use')).toBe('proposed');
    for (const key of ['pearlin-mastery', 'state-hope', 'barc-10', 'lsns-6', 'swls', 'adult-hope']) {
      expect(danish(key), key).toBe('none');
      expect(shipped(key).versions.find((v) => v.language === 'en')?.status, key).toMatch(
        /verified|proposed/,
      );
    }
    expect(shipped('lsns-6').versions[0]!.status).toBe('proposed');
    expect(BATTERY.map((i) => i.key)).not.toEqual(expect.arrayContaining(['qpr-15']));
    expect(BATTERY.filter((i) => i.optional).map((i) => i.key)).toEqual(['swls', 'adult-hope']);
  });

  it('keeps WHO-5’s Danish wording and codes verbatim (KL FHIR IG)', () => {
    const da = shipped('who-5').versions.find((v) => v.language === 'da')!.wording;
    expect(da.items[4]!.text).toBe(
      'I de sidste 2 uger har min dagligdag været fyldt med ting der interesserer mig',
    );
    expect(da.options.answer!.map((o) => [o.code, o.label])).toEqual([
      [5, 'Hele tiden'],
      [4, 'Det meste af tiden'],
      [3, 'Lidt mere end halvdelen af tiden'],
      [2, 'Lidt mindre end halvdelen af tiden'],
      [1, 'Lidt af tiden'],
      [0, 'På intet tidspunkt'],
    ]);
  });

  it('scores the life-satisfaction item 0–10 and refuses 11', () => {
    const definition = shipped('life-satisfaction').scoring!;
    expect(scoreInstrument(definition, answersOf([0])).scales.total).toBe(0);
    expect(scoreInstrument(definition, answersOf([10])).scales.total).toBe(10);
    expect(scoreInstrument(definition, answersOf([null])).scales.total).toBeNull();
    expect(() => scoreInstrument(definition, answersOf([11]))).toThrow(RangeError);
  });

  it('scores every sum instrument at its bounds from the stored definition', () => {
    const bounds: Record<string, [number, number]> = {
      't-ils': [3, 9],
      'who-5': [0, 25],
      'life-satisfaction': [0, 10],
      'pearlin-mastery': [7, 28],
      'state-hope': [6, 48],
      'barc-10': [10, 60],
      'lsns-6': [0, 30],
      swls: [5, 35],
      'adult-hope': [8, 64],
    };
    for (const instrument of BATTERY.filter((i) => i.scoring)) {
      const d = instrument.scoring!;
      const low = d.reverse.length
        ? (n: number) => (d.reverse.includes(n) ? d.codes.max : d.codes.min)
        : () => d.codes.min;
      const high = (n: number) => (d.reverse.includes(n) ? d.codes.min : d.codes.max);
      const all = (f: (n: number) => number) => answersOf(instrument.items.map((i) => f(i.number)));
      expect([scoreInstrument(d, all(low)).scales.total, scoreInstrument(d, all(high)).scales.total]).toEqual(
        bounds[instrument.key],
      );
    }
  });

  it('reads the use items: relapse from U5 (9 is missing) and days abstinent', () => {
    expect(substanceUseMeasures({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 })).toEqual({
      relapseReported: false,
      daysAbstinent: 30,
    });
    expect(substanceUseMeasures({ 1: 4, 2: 1, 3: 10, 4: 0, 5: 1, 6: '2026-05-02' })).toEqual({
      relapseReported: true,
      daysAbstinent: 20,
    });
    expect(substanceUseMeasures({ 1: 0, 3: null, 4: 0, 5: 9 })).toEqual({
      relapseReported: null,
      daysAbstinent: null,
    });
  });
});
