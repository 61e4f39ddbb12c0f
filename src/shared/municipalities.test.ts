import { describe, expect, it } from 'vitest';
import { findMunicipality, isMunicipalityCode, MUNICIPALITIES } from './municipalities.ts';

describe('municipalities', () => {
  it("lists Denmark's 98 municipalities once each, with three-digit codes", () => {
    expect(MUNICIPALITIES).toHaveLength(98);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(98);
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(98);
    for (const { code, name } of MUNICIPALITIES) {
      expect(code).toMatch(/^\d{3}$/);
      // The names are shown after "Kommune" is dropped; a stray suffix or space would show twice.
      expect(name).toBe(name.trim());
      expect(name).not.toMatch(/kommune/i);
    }
  });

  it('has the known kommunekoder', () => {
    const known: Record<string, string> = {
      '101': 'København',
      '147': 'Frederiksberg',
      '173': 'Lyngby-Taarbæk',
      '400': 'Bornholm',
      '461': 'Odense',
      '492': 'Ærø',
      '630': 'Vejle',
      '751': 'Aarhus',
      '825': 'Læsø',
      '851': 'Aalborg',
      '860': 'Hjørring',
    };
    for (const [code, name] of Object.entries(known)) expect(findMunicipality(code)).toEqual({ code, name });
  });

  it('leaves out Christiansø (411), which is not a municipality', () => {
    expect(findMunicipality('411')).toBeUndefined();
    expect(MUNICIPALITIES.some((m) => m.name === 'Christiansø')).toBe(false);
  });

  it('tells a kommunekode from anything else', () => {
    expect(isMunicipalityCode('630')).toBe(true);
    expect(isMunicipalityCode('101')).toBe(true);
    for (const code of ['411', '000', '999', '63', '0630', ' 630', '', 'Vejle'])
      expect(isMunicipalityCode(code)).toBe(false);
    expect(findMunicipality('Vejle')).toBeUndefined();
  });
});
