import { useTranslation } from 'react-i18next';
import { NOTIFICATION_KINDS, type NotificationKind } from '../notifications.contract.ts';

/** A kind's title and text in the page's language, from the registry (the one place they are written). */
export function useKindTexts() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  return {
    title: (kind: NotificationKind) => NOTIFICATION_KINDS[kind].title[locale],
    text: (kind: NotificationKind) => NOTIFICATION_KINDS[kind].text[locale],
    when: (iso: string) =>
      new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Copenhagen',
      }).format(new Date(iso)),
  };
}
