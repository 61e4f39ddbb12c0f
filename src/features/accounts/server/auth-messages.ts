/**
 * The e-mails better-auth has us send (login link, new password), in the language of the person
 * asking: the language they chose on the site (the `makker_lang` cookie), else their browser's.
 */
import { localeFromHeaders } from '../../../server/locale.ts';

type AuthMail = 'loginLink' | 'resetPassword';

const TEXTS: Record<'da' | 'en', Record<AuthMail, { subject: string; body: (url: string) => string }>> = {
  da: {
    loginLink: {
      subject: 'Dit link til at logge ind på makker',
      body: (url) =>
        `Hej\n\nTryk på linket for at logge ind. Det virker i 15 minutter og kun én gang:\n${url}\n\nHar du ikke bedt om det, kan du se bort fra denne mail.`,
    },
    resetPassword: {
      subject: 'Ny adgangskode til makker',
      body: (url) =>
        `Hej\n\nBrug dette link for at vælge en ny adgangskode (det virker i en time):\n${url}\n\nHar du ikke bedt om det, kan du se bort fra denne mail.`,
    },
  },
  en: {
    loginLink: {
      subject: 'Your link to log in to makker',
      body: (url) =>
        `Hello\n\nTap the link to log in. It works for 15 minutes and only once:\n${url}\n\nIf you did not ask for it, you can ignore this e-mail.`,
    },
    resetPassword: {
      subject: 'A new password for makker',
      body: (url) =>
        `Hello\n\nUse this link to choose a new password (it works for an hour):\n${url}\n\nIf you did not ask for it, you can ignore this e-mail.`,
    },
  },
};

/** Subject and text of an auth e-mail for the request that asked for it (Danish without one). */
export function authMail(
  kind: AuthMail,
  url: string,
  headers?: Headers | null,
): { subject: string; text: string } {
  const locale = headers
    ? localeFromHeaders(headers.get('cookie') ?? '', headers.get('accept-language') ?? undefined)
    : 'da';
  const text = TEXTS[locale][kind];
  return { subject: text.subject, text: text.body(url) };
}
