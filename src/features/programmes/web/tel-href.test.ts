import { describe, expect, it } from 'vitest';
import { telHref } from './tel-href.ts';

describe('telHref', () => {
  it('keeps only digits and a leading plus, so every phone can dial it', () => {
    expect(telHref('80 200 500')).toBe('tel:80200500');
    expect(telHref('+45 76 81-00-00')).toBe('tel:+4576810000');
    expect(telHref('112')).toBe('tel:112');
    expect(telHref('70+20')).toBe('tel:7020');
  });
});
