/**
 * The language a person chose, remembered in two places: localStorage for the web app, and the
 * `makker_lang` cookie because the server reads it to translate problem titles (src/server/locale.ts).
 */
export const LOCALES = ['da', 'en'] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'da';

const STORAGE_KEY = 'makker_lang';
const COOKIE_NAME = 'makker_lang';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The remembered choice, or null when the person has not chosen (or storage is unavailable). */
export function findStoredLocale(): AppLocale | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isAppLocale(stored)) return stored;
  } catch {
    // Storage can be switched off (private browsing, strict settings): fall back to the cookie.
  }
  const fromCookie = /(?:^|;\s*)makker_lang=(da|en)(?:;|$)/.exec(document.cookie)?.[1];
  return isAppLocale(fromCookie) ? fromCookie : null;
}

export function rememberLocale(locale: AppLocale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // The cookie below still remembers it.
  }
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Safari and older Firefox, and this one fixed cookie needs no escaping.
  document.cookie = `${COOKIE_NAME}=${locale}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax${secure}`;
}
