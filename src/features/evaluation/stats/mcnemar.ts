/**
 * McNemar's test for a paired binary outcome from the discordant counts b and c (INSTRUMENTS.md
 * §7.7, decision 033). Under H0, X = b ~ Bin(b + c, ½).
 * - exact: min(1, 2·P(X ≤ min(b, c))) = R `binom.test(b, b + c)` = statsmodels `mcnemar(exact=True)`;
 * - mid-p: 2·P(X ≤ k) − P(X = k), k = min(b, c) (Fagerland, Lydersen & Laake 2013), less conservative;
 * - asymptotic, as R `mcnemar.test`: χ² = (|b − c| − 1)²/(b + c) with the continuity correction,
 *   applied only when b ≠ c (so b = c gives p = 1), and (b − c)²/(b + c) without; p = P(χ²₁ ≥ χ²).
 *   Reported for comparison only; null when b + c = 0.
 */
import { binomialHalfTail } from './binomial.ts';
import { erfc } from './normal.ts';

export interface McNemar {
  b: number;
  c: number;
  pExact: number;
  pMidp: number;
  pAsymptotic: number | null;
  pAsymptoticUncorrected: number | null;
}

// P(χ²₁ ≥ s) = P(|Z| ≥ √s) = erfc(√(s/2)).
const chiSquare1Sf = (statistic: number) => erfc(Math.sqrt(statistic / 2));

export function mcnemar(b: number, c: number): McNemar {
  for (const [name, v] of [['b', b] as const, ['c', c] as const]) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative integer`);
  }
  const m = b + c;
  const k = Math.min(b, c);
  const { atMost, exactly } = binomialHalfTail(k, m);
  const corrected = b === c ? 0 : (Math.abs(b - c) - 1) ** 2 / m;
  return {
    b,
    c,
    pExact: Math.min(1, 2 * atMost),
    pMidp: Math.min(1, 2 * atMost - exactly),
    pAsymptotic: m === 0 ? null : chiSquare1Sf(corrected),
    pAsymptoticUncorrected: m === 0 ? null : chiSquare1Sf((b - c) ** 2 / m),
  };
}
