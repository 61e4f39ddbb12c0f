import { describe, expect, it } from 'vitest';
import { looksLikeHome } from './home-address.ts';

describe('a note that looks like a home', () => {
  it.each([
    ['Vi ses hjemme hos mig', 'home-word'],
    ['Kaffe hos dig kl. 10', 'home-word'],
    ['Derhjemme', 'home-word'],
    ['Min lejlighed, bare ring på', 'home-word'],
    ["Let's meet at my place", 'home-word'],
    ['Vestergade 12, 2. th.', 'floor-or-door'],
    ['Nørregade 4 st. tv', 'floor-or-door'],
    ['Parkvej 8, 3. sal', 'floor-or-door'],
    ['Skovbrynet 2, lejl. 14', 'floor-or-door'],
  ])('flags “%s” (%s)', (text, flag) => {
    expect(looksLikeHome(text)).toBe(flag);
  });

  it.each([
    'Café Zusammen, Torvegade 5',
    'Gåtur ved fjorden, vi mødes ved broen',
    'Svømmehallen, Vestre Engvej 2',
    'Caféen i Havnegade 1',
    'Hjemmeværnets hus ved havnen er lukket, så vi tager caféen',
    'Fodbold: Vejle Boldklub hjemmekamp',
    '',
  ])('does not flag “%s”', (text) => {
    expect(looksLikeHome(text)).toBeNull();
  });
});
