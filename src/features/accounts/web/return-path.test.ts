import { describe, expect, it } from 'vitest';
import { loginPathReturningTo, safeReturnPath } from './return-path.ts';

describe('safeReturnPath', () => {
  it('follows paths on this site, with their query and fragment', () => {
    expect(safeReturnPath('/personer')).toBe('/personer');
    expect(safeReturnPath('/personer?projekt=vejle')).toBe('/personer?projekt=vejle');
    expect(safeReturnPath('/invitation#abc.def-ghi_jkl')).toBe('/invitation#abc.def-ghi_jkl');
    expect(safeReturnPath('/min-side/hvem-har-set')).toBe('/min-side/hvem-har-set');
  });

  it('refuses nothing, relative paths and other sites', () => {
    for (const value of [null, undefined, '', 'personer', './personer', '?x=1', '#top']) {
      expect(safeReturnPath(value)).toBeNull();
    }
    for (const value of [
      'https://evil.example/',
      'http:/evil.example',
      'javascript:alert(1)',
      'data:text/html,hi',
      '//evil.example',
      '///evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '/..//evil.example',
      '/./\\evil.example',
    ]) {
      expect(safeReturnPath(value), value).toBeNull();
    }
  });

  it('refuses spaces and control characters, which browsers drop from addresses', () => {
    expect(safeReturnPath('/\t/evil.example')).toBeNull();
    expect(safeReturnPath('/\n/evil.example')).toBeNull();
    expect(safeReturnPath('/ /evil.example')).toBeNull();
    expect(safeReturnPath('/personer\u0000')).toBeNull();
  });

  it('does not lead from a login back to the login page, and ignores absurd lengths', () => {
    expect(safeReturnPath('/log-ind')).toBeNull();
    expect(safeReturnPath('/log-ind?tilbage=/personer')).toBeNull();
    expect(safeReturnPath(`/${'a'.repeat(2001)}`)).toBeNull();
  });
});

describe('loginPathReturningTo', () => {
  it('keeps slashes readable and encodes the rest, the fragment included', () => {
    expect(loginPathReturningTo('/personer')).toBe('/log-ind?tilbage=/personer');
    expect(loginPathReturningTo('/personer?projekt=vejle&x=1')).toBe(
      '/log-ind?tilbage=/personer%3Fprojekt%3Dvejle%26x%3D1',
    );
    expect(loginPathReturningTo('/invitation#abc.def')).toBe('/log-ind?tilbage=/invitation%23abc.def');
  });

  it('round-trips through the query string to the same path', () => {
    const path = '/invitation#0123abcd.x_y-z';
    const back = new URL(loginPathReturningTo(path), 'http://localhost').searchParams.get('tilbage');
    expect(back).toBe(path);
    expect(safeReturnPath(back)).toBe(path);
  });

  it('gives the plain login page for a path it would not follow', () => {
    expect(loginPathReturningTo('//evil.example')).toBe('/log-ind');
  });
});
