/** When a message was sent, as people say it, on a Copenhagen clock. */
import { useTranslation } from 'react-i18next';
import { PROGRAMME_TIME_ZONE } from '../../../shared/calendar-date.ts';

export function useMessageTime() {
  const { i18n, t } = useTranslation('messaging');
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK';
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: PROGRAMME_TIME_ZONE,
  });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: PROGRAMME_TIME_ZONE });
  /** "tirs. 3. dec. kl. 10.15" of an instant. */
  return (iso: string) =>
    t('thread.sentAt', { day: day.format(new Date(iso)), time: time.format(new Date(iso)) });
}
