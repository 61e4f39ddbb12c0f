/** Months, days and times of the course plan as people say them, on a Copenhagen clock. */
import { useTranslation } from 'react-i18next';
import { PROGRAMME_TIME_ZONE } from '../../../shared/calendar-date.ts';

export function useTrainingFormat() {
  const { i18n } = useTranslation('training');
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK';
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: PROGRAMME_TIME_ZONE,
  });
  const shortDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: PROGRAMME_TIME_ZONE });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: PROGRAMME_TIME_ZONE });
  return {
    /** `2026-09` → "september 2026". */
    month: (yyyyMm: string) => month.format(new Date(`${yyyyMm}-01T00:00:00Z`)),
    /** "torsdag den 10. september 2026". */
    day: (iso: string) => day.format(new Date(iso)),
    /** "10. sep. 2026". */
    shortDay: (iso: string) => shortDay.format(new Date(iso)),
    /** "9.30–15.00". */
    hours: (startIso: string, endIso: string) =>
      `${time.format(new Date(startIso))}–${time.format(new Date(endIso))}`,
  };
}
