import { describe, expect, it } from 'vitest';
import { generateRecoveryCodes } from './two-factor-recovery-codes.ts';

describe('generateRecoveryCodes', () => {
  it('makes ten different codes in lower case, without look-alike characters', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-hj-km-np-z2-9]{5}-[a-hj-km-np-z2-9]{5}$/);
  });
});
