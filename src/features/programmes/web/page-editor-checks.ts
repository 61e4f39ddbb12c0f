/**
 * The browser's copy of `programmePageContentSchema`'s limits (programmes.contract.ts), so a
 * person hears what to fix before saving; the server checks again. Written out rather than
 * running zod here: the web app uses the contract's types only (see app/web/zod-config.ts).
 */
import type { TFunction } from 'i18next';
import type { ProgrammePageContent } from '../programmes.contract.ts';

export const LIMITS = {
  title: 160,
  tagline: 300,
  what: { count: 10, length: 2000 },
  lines: { count: 15, length: 500 },
  contacts: 10,
  cafe: 14,
  support: 10,
  name: 120,
  role: 120,
  phone: 40,
  email: 200,
  place: 200,
  description: 300,
  hours: 120,
} as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
// What zod's .email() accepts, roughly: something@something.tld without spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The problems of the content, by path (`contacts.0.email`); empty when it can be saved. */
export function checkPageContent(
  content: ProgrammePageContent,
  t: TFunction<'settings'>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const field = (name: keyof typeof fieldNames) => fieldNames[name](t);
  const need = (path: string, value: string, name: keyof typeof fieldNames, max: number) => {
    if (!value.trim()) errors[path] = t('page.errors.required', { field: field(name) });
    else if (value.length > max) errors[path] = t('page.errors.tooLong', { field: field(name), max });
  };
  const most = (path: string, value: string | undefined, name: keyof typeof fieldNames, max: number) => {
    if (value && value.length > max) errors[path] = t('page.errors.tooLong', { field: field(name), max });
  };
  need('title', content.title, 'title', LIMITS.title);
  most('tagline', content.tagline, 'tagline', LIMITS.tagline);
  content.what.forEach((text, i) => {
    if (!text.trim()) errors[`what.${i}`] = t('page.errors.lineRequired');
  });
  for (const list of ['who', 'how'] as const) {
    content[list].forEach((text, i) => {
      if (!text.trim()) errors[`${list}.${i}`] = t('page.errors.lineRequired');
    });
  }
  content.contacts.forEach((c, i) => {
    need(`contacts.${i}.name`, c.name, 'name', LIMITS.name);
    most(`contacts.${i}.role`, c.role, 'role', LIMITS.role);
    most(`contacts.${i}.phone`, c.phone, 'phone', LIMITS.phone);
    if (c.email && !EMAIL.test(c.email)) errors[`contacts.${i}.email`] = t('page.errors.email');
  });
  content.cafe.forEach((c, i) => {
    if (!TIME.test(c.start)) errors[`cafe.${i}.start`] = t('page.errors.time');
    if (!TIME.test(c.end)) errors[`cafe.${i}.end`] = t('page.errors.time');
    else if (TIME.test(c.start) && c.end <= c.start)
      errors[`cafe.${i}.end`] = t('page.errors.endBeforeStart');
    need(`cafe.${i}.place`, c.place, 'place', LIMITS.place);
  });
  content.support.forEach((c, i) => {
    need(`support.${i}.name`, c.name, 'name', LIMITS.name);
    most(`support.${i}.phone`, c.phone, 'phone', LIMITS.phone);
  });
  return errors;
}

const fieldNames = {
  title: (t: TFunction<'settings'>) => t('page.titleLabel'),
  tagline: (t: TFunction<'settings'>) => t('page.taglineLabel'),
  name: (t: TFunction<'settings'>) => t('page.fields.name'),
  role: (t: TFunction<'settings'>) => t('page.fields.role'),
  phone: (t: TFunction<'settings'>) => t('page.fields.phone'),
  place: (t: TFunction<'settings'>) => t('page.fields.place'),
};

/** Optional texts left empty are left out, as the contract has them (`role?`, `phone?` …). */
export function withoutEmptyOptionals(content: ProgrammePageContent): ProgrammePageContent {
  const clean = <T extends object>(item: T): T =>
    Object.fromEntries(Object.entries(item).filter(([, v]) => v !== '' && v !== undefined)) as T;
  return {
    ...content,
    contacts: content.contacts.map(clean),
    support: content.support.map(clean),
  };
}

/** The id of the field at a path: `contacts.0.email` → `page-contacts-0-email`. */
export const fieldId = (path: string) => `page-${path.replaceAll('.', '-')}`;
