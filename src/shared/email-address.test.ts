import { describe, expect, it } from 'vitest';
import { findEmailProblem } from './email-address.ts';

describe('findEmailProblem', () => {
  it('asks for an address when nothing (or only spaces) was typed', () => {
    expect(findEmailProblem('')).toBe('required');
    expect(findEmailProblem('   ')).toBe('required');
  });

  it('catches only what is obviously not an address', () => {
    expect(findEmailProblem('jonas')).toBe('invalid');
    expect(findEmailProblem('jonas@mail')).toBe('invalid');
    expect(findEmailProblem('jonas hansen@mail.dk')).toBe('invalid');
  });

  it('leaves the rest to the server, spaces around included', () => {
    expect(findEmailProblem('peer@makker.example')).toBeNull();
    expect(findEmailProblem('  Jonas.Hansen+makker@kommune.example.dk ')).toBeNull();
  });
});
