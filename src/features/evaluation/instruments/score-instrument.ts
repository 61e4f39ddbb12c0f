/**
 * Scoring one completed questionnaire from its raw item codes (INSTRUMENTS.md §1): reverse items
 * as min + max − x at scoring time (rule 1.3), complete case by default (rule 1.4: a scale is null
 * when any of its items is missing), and — only where the definition allows it and at most one
 * item of the total is missing — a separately named prorated total, the mean of the answered
 * items × k, which the report must flag as such. Cut-offs and bands are read from the complete
 * scale only, never from the prorated one.
 */
import type { InstrumentDefinition } from './instrument-definitions.ts';

/** Raw codes by item number (1-based); null or absent is a missing answer. */
export type ItemAnswers = Readonly<Record<number, number | null | undefined>>;

export interface InstrumentScore {
  instrument: string;
  /** Complete-case scores by scale id (`total` first); null when an item of the scale is missing. */
  scales: Record<string, number | null>;
  /** Rule 1.4's prorated total: null unless allowed and exactly one scored item is missing. */
  proratedTotal: number | null;
  /** Scored items without an answer. */
  missingItems: number[];
  /** Cut-off id → met, or null when its scale is missing. */
  cutOffs: Record<string, boolean | null>;
  band: string | null;
}

export function scoreInstrument(definition: InstrumentDefinition, answers: ItemAnswers): InstrumentScore {
  const { min, max } = definition.codes;
  const scored = (item: number): number | null => {
    if (!Number.isInteger(item) || item < 1 || item > definition.itemCount)
      throw new RangeError(`No item ${item}`);
    const raw = answers[item];
    if (raw === null || raw === undefined) return null;
    if (!Number.isInteger(raw) || raw < min || raw > max) {
      throw new RangeError(`${definition.id} item ${item}: ${raw} is not a code from ${min} to ${max}`);
    }
    return definition.reverse.includes(item) ? min + max - raw : raw;
  };
  for (const key of Object.keys(answers)) scored(Number(key));

  const scales: Record<string, number | null> = {};
  for (const scale of definition.scales) {
    const values = scale.items.map(scored);
    scales[scale.id] = values.includes(null)
      ? null
      : (values as number[]).reduce((sum, v) => sum + v, 0) * (scale.factor ?? 1);
  }
  const totalItems = definition.scales[0]!.items;
  const answered = totalItems.map(scored).filter((v): v is number => v !== null);
  const missingItems = totalItems.filter((item) => scored(item) === null);
  const proratedTotal =
    definition.proration === 'at-most-one-missing' && missingItems.length === 1 && answered.length > 0
      ? (answered.reduce((sum, v) => sum + v, 0) / answered.length) * totalItems.length
      : null;

  const cutOffs: Record<string, boolean | null> = {};
  for (const cut of definition.cutOffs) {
    const value = scales[cut.scale];
    cutOffs[cut.id] =
      value === null || value === undefined
        ? null
        : (cut.atLeast === undefined || value >= cut.atLeast) &&
          (cut.atMost === undefined || value <= cut.atMost);
  }
  const total = scales.total ?? null;
  const band =
    total === null ? null : (definition.bands?.find((b) => total >= b.min && total <= b.max)?.label ?? null);
  return { instrument: definition.id, scales, proratedTotal, missingItems, cutOffs, band };
}
