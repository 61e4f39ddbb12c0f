/**
 * Dates and waiting times as staff read them, in the page's language: calendar dates
 * ("5. marts 1981") without a time zone shift, instants in Copenhagen time.
 */
import { useTranslation } from 'react-i18next';
import { PROGRAMME_TIME_ZONE } from '../../../shared/calendar-date.ts';
import { findMunicipality } from '../../../shared/municipalities.ts';

export function useScreeningFormat() {
  const { t, i18n } = useTranslation('screening');
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK';
  const calendar = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const instantDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: PROGRAMME_TIME_ZONE });
  const instant = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: PROGRAMME_TIME_ZONE,
  });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const list = new Intl.ListFormat(i18n.resolvedLanguage === 'en' ? 'en' : 'da', { type: 'conjunction' });
  return {
    /** A YYYY-MM-DD date: "5. marts 1981". */
    calendarDate: (date: string) => calendar.format(new Date(`${date}T00:00:00Z`)),
    /** The day of an instant in Copenhagen: "3. marts 2026". */
    day: (iso: string) => instantDate.format(new Date(iso)),
    /** An instant in Copenhagen: "3. marts 2026 kl. 14.05". */
    dateTime: (iso: string) => instant.format(new Date(iso)),
    /** ISO weekday (1 = Monday) by name. 2024-01-01 was a Monday. */
    weekday: (isoDay: number) => weekday.format(new Date(Date.UTC(2024, 0, isoDay))),
    /** "a, b og c". */
    list: (items: string[]) => list.format(items),
    /** "3 dage" since sent, or "Sendt i dag". */
    waited: (days: number) => (days < 1 ? t('age.today') : t('age.days', { count: days })),
    /** A kommunekode by its name ("Vejle"), or the code when it is not one of the 98. */
    municipality: (code: string) => findMunicipality(code)?.name ?? code,
  };
}
