/** Dates and times of meetings as people say them, on a Copenhagen clock. */
import { useTranslation } from 'react-i18next';
import { PROGRAMME_TIME_ZONE } from '../../../shared/calendar-date.ts';

export function useMentorshipFormat() {
  const { i18n } = useTranslation('mentorships');
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK';
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: PROGRAMME_TIME_ZONE,
  });
  const date = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: PROGRAMME_TIME_ZONE });
  return {
    /** "torsdag den 10. september" of an instant. */
    day: (iso: string) => day.format(new Date(iso)),
    /** "16.30" of an instant. */
    time: (iso: string) => time.format(new Date(iso)),
    /** "1. marts 2027" of a calendar date. */
    date: (yyyyMmDd: string) => date.format(new Date(`${yyyyMmDd}T00:00:00Z`)),
    /** "1. mar." of a calendar date. */
    shortDate: (yyyyMmDd: string) => short.format(new Date(`${yyyyMmDd}T00:00:00Z`)),
  };
}
