/**
 * "Never in one's own home" (decision 038): a meeting's note that looks like a home is flagged
 * to staff, not silently stored. The rule is meant to be explained in one breath:
 *
 * 1. the note names a home — "hjemme", "hos mig", "hos dig", "min lejlighed", "home", "my place" …, or
 * 2. it holds an address with a floor or door — "Vestergade 12, 2. th.", "st. tv", "3. sal", "lejl. 4" —
 *    which shops, cafés and sports halls almost never have, and flats almost always do.
 *
 * A street and number alone ("Torvegade 5") is not flagged: cafés have addresses too.
 */
const HOME_WORDS = [
  'hjemme',
  'derhjemme',
  'hjem til',
  'hos mig',
  'hos dig',
  'hos ham',
  'hos hende',
  'hos os',
  'min lejlighed',
  'din lejlighed',
  'mit hus',
  'dit hus',
  'min bolig',
  'din bolig',
  'min stue',
  'at home',
  'my place',
  'your place',
  'my flat',
  'your flat',
  'my apartment',
  'my house',
  'your house',
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HOME_WORD = new RegExp(`(^|[^\\p{L}])(${HOME_WORDS.map(escapeRegExp).join('|')})($|[^\\p{L}])`, 'iu');
/** A floor and side (2. th, st. tv, 1. mf), a floor ("3. sal") or a flat number ("lejl. 4"). */
const FLOOR_OR_DOOR =
  /(^|[^\p{L}])((\d{1,2}\.?|st\.?|kld\.?)\s*(th|tv|mf)\b\.?|\d{1,2}\.\s*sal\b|lejl(\.|igheds?)\s*(nr\.?\s*)?\d+)/iu;

export type HomeFlag = 'home-word' | 'floor-or-door';

/** Which part of the rule the text meets, or null when it does not look like a home. */
export function looksLikeHome(text: string): HomeFlag | null {
  const normalised = text.normalize('NFC');
  if (HOME_WORD.test(normalised)) return 'home-word';
  if (FLOOR_OR_DOOR.test(normalised)) return 'floor-or-door';
  return null;
}
