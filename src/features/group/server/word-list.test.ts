import { describe, expect, it } from 'vitest';
import { DEMO_WORDS, matchWordList } from './word-list.ts';

describe('the word list', () => {
  it('finds an entry as a whole word in any case, Danish letters included', () => {
    expect(matchWordList('Jeg SÆLGER min cykel', ['sælger'])).toBe('sælger');
    expect(matchWordList('Vil nogen købe stoffer?', DEMO_WORDS)).toBe('købe stoffer');
    // Not inside another word: "hashtag" is not "hash", "speedway" not "speed".
    expect(matchWordList('Et hashtag om speedway', ['hash', 'speed'])).toBeNull();
    expect(matchWordList('Nogen der har noget hash?', ['hash'])).toBe('hash');
  });

  it('always holds a phone number, written in the usual ways', () => {
    for (const text of ['ring 22334455', 'sms +45 22 33 44 55', 'på 0045-22.33.44.55', 'tlf. 2233 4455']) {
      expect(matchWordList(text, []), text).toBe('phone number');
    }
    expect(matchWordList('Vi mødes kl. 10 den 12. marts 2027', [])).toBeNull();
  });

  it('treats list entries as text, not as patterns', () => {
    expect(matchWordList('a.b', ['a.b'])).toBe('a.b');
    expect(matchWordList('axb', ['a.b'])).toBeNull();
    expect(matchWordList('noget (x', ['(x'])).toBe('(x');
  });
});
