/** Days and times of the café and events as people say them, on a Copenhagen clock. */
import { useTranslation } from 'react-i18next';
import { PROGRAMME_TIME_ZONE } from '../../../shared/calendar-date.ts';

export function useCommunityFormat() {
  const { i18n } = useTranslation('community');
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK';
  const zone = { timeZone: PROGRAMME_TIME_ZONE };
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', ...zone });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...zone });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', ...zone });
  const weekdayName = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return {
    /** "tirsdag den 8. december". */
    day: (iso: string) => day.format(new Date(iso)),
    /** "8. december 2026". */
    date: (iso: string) => date.format(new Date(iso)),
    /** ISO weekday 2 → "tirsdag" (1 January 2024 was a Monday). */
    weekday: (isoWeekday: number) => weekdayName.format(new Date(Date.UTC(2024, 0, isoWeekday))),
    /** "13.00". */
    time: (iso: string) => time.format(new Date(iso)),
    /** "tirsdag den 8. december, 13.00–16.00". */
    span: (startIso: string, endIso: string) =>
      `${day.format(new Date(startIso))}, ${time.format(new Date(startIso))}–${time.format(new Date(endIso))}`,
  };
}
