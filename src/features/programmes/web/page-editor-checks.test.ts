import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { programmePageContentSchema } from '../programmes.contract.ts';
import { checkPageContent, fieldId, withoutEmptyOptionals } from './page-editor-checks.ts';

// The key and its values stand in for the text: the checks are about which field, not wording.
const t = ((key: string, values?: object) =>
  `${key}${values ? JSON.stringify(values) : ''}`) as TFunction<'settings'>;
const page = {
  title: 'Peer-fællesskabet',
  tagline: '',
  what: ['Et afsnit'],
  who: ['En linje'],
  how: [],
  contacts: [{ name: 'Lene', email: '' }],
  cafe: [{ weekday: 2, start: '13:00', end: '16:00', place: 'Caféen' }],
  support: [{ name: 'Alkolinjen', phone: '80 200 500' }],
};

describe('the page editor’s checks', () => {
  it('accept what the server accepts once empty optionals are left out', () => {
    expect(checkPageContent(page, t)).toEqual({});
    expect(programmePageContentSchema.safeParse(withoutEmptyOptionals(page)).success).toBe(true);
  });

  it('name the fields the server would refuse, by the same paths', () => {
    const bad = {
      ...page,
      title: ' ',
      who: [''],
      contacts: [{ name: '', email: 'ikke-en-mail' }],
      cafe: [{ weekday: 2, start: '16:00', end: '13:00', place: '' }],
    };
    const errors = checkPageContent(bad, t);
    expect(Object.keys(errors).sort()).toEqual(
      ['cafe.0.end', 'cafe.0.place', 'contacts.0.email', 'contacts.0.name', 'title', 'who.0'].sort(),
    );
    const server = programmePageContentSchema.safeParse(withoutEmptyOptionals(bad));
    const serverPaths = server.error?.issues.map((i) => i.path.join('.')) ?? [];
    // Every server-side refusal here is caught first in the browser (end before start is ours).
    for (const path of serverPaths) expect(Object.keys(errors)).toContain(path);
    expect(fieldId('contacts.0.email')).toBe('page-contacts-0-email');
  });
});
