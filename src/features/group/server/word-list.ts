/**
 * The word list that holds posts and comments for review (decision 047). The programme edits its
 * entries; phone numbers are always held, since a number in a recovery group is how a dealer is
 * passed on (and members' own numbers should not be spread either).
 */

/** A Danish number (8 digits, optionally +45/0045, spaces, dots or dashes), or any long digit run. */
const PHONE = /(?:(?:\+|00)\s?\d{2}[\s.-]?)?(?:\d[\s.-]?){7}\d/;

/** The demo programme's list: selling, offering and buying drugs in everyday Danish. */
export const DEMO_WORDS = [
  'sælger',
  'sælge',
  'købe stoffer',
  'har stoffer',
  'skaffe',
  'pusher',
  'dealer',
  'hash',
  'kokain',
  'coke',
  'amfetamin',
  'speed',
  'piller',
  'ketamin',
  'metadon til salg',
  'snapchat',
  'telegram',
];

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first entry the text contains (whole words, any case), `phone number`, or null. */
export function matchWordList(text: string, words: readonly string[]): string | null {
  const lower = text.toLocaleLowerCase('da');
  for (const word of words) {
    const w = word.trim().toLocaleLowerCase('da');
    if (!w) continue;
    // Letters include æøå: a boundary is "not a letter or digit" on either side.
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(w)}($|[^\\p{L}\\p{N}])`, 'u');
    if (pattern.test(lower)) return word;
  }
  if (PHONE.test(text)) return 'phone number';
  return null;
}
