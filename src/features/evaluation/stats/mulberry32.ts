/**
 * mulberry32 (Tommy Ettinger, 2017), a 32-bit generator with a period of 2³²: small, fast and,
 * above all, the same in every language, so a bootstrap can be replayed bit for bit from its seed
 * (INSTRUMENTS.md §7.6; the reference answers use a Python port of this exact JS form).
 * Not for anything secret.
 */
export function mulberry32(seed: number): () => number {
  if (!Number.isSafeInteger(seed)) throw new RangeError('The seed must be an integer');
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
