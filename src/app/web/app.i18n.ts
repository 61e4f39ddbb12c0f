/** Texts of the app shell (header, footer, not-found, development mailbox), namespace `app`. */
const da = {
  appName: 'makker',
  skipLink: 'Gå til indhold',
  nav: { label: 'Hovedmenu', home: 'Forside', community: 'Fællesskab' },
  footer: {
    about: 'makker er software til frivillige makkerordninger for voksne, der er kommet ud af et misbrug.',
    privacy: 'Vi bruger ingen sporing. Dit sprogvalg huskes i din browser.',
  },
  notFound: {
    documentTitle: 'Siden findes ikke',
    title: 'Siden findes ikke',
    text: 'Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert, eller siden er flyttet.',
    home: 'Gå til forsiden',
  },
  routeError: {
    title: 'Der skete en fejl',
    text: 'Siden kunne ikke vises. Prøv at genindlæse siden om lidt.',
  },
  mailbox: {
    documentTitle: 'Udviklerpostkasse',
    title: 'Udviklerpostkasse',
    intro: "Her ser du de e-mails og SMS'er, makker har lagt i udbakken, nyeste først.",
    onlyInDevelopment: 'Postkassen findes kun i udviklingsmiljøet, ikke i en installation i drift.',
    loading: 'Henter beskeder …',
    empty: 'Der er ingen beskeder endnu.',
    caption: 'Beskeder i udbakken',
    refresh: 'Opdater',
    columns: { createdAt: 'Tidspunkt', to: 'Til', subject: 'Emne', status: 'Status' },
    status: { queued: 'I kø', sent: 'Sendt', failed: 'Fejlede' },
    showText: 'Vis teksten',
    attachment: 'Vedhæftet fil: {{filename}}',
    emailTitle: 'E-mails',
    noEmails: 'Der er ingen e-mails endnu.',
    smsTitle: "SMS'er",
    smsCaption: "SMS'er i udbakken",
    noSms: "Der er ingen SMS'er endnu.",
    text: 'Tekst',
  },
  error: {
    generic: 'Der skete en fejl. Prøv igen om lidt.',
  },
};

type AppMessages = typeof da;

const en: AppMessages = {
  appName: 'makker',
  skipLink: 'Skip to content',
  nav: { label: 'Main menu', home: 'Front page', community: 'Community' },
  footer: {
    about:
      'makker is software for volunteer buddy programmes for adults who have left alcohol or drug abuse.',
    privacy: 'We use no tracking. Your choice of language is remembered in your browser.',
  },
  notFound: {
    documentTitle: 'Page not found',
    title: 'Page not found',
    text: 'We cannot find the page you are looking for. The address may be mistyped, or the page may have moved.',
    home: 'Go to the front page',
  },
  routeError: {
    title: 'Something went wrong',
    text: 'The page could not be shown. Please try reloading the page in a moment.',
  },
  mailbox: {
    documentTitle: 'Development mailbox',
    title: 'Development mailbox',
    intro: 'Here you see the e-mails and text messages makker has put in the outbox, newest first.',
    onlyInDevelopment: 'The mailbox only exists in development, not in an installation in production.',
    loading: 'Fetching messages …',
    empty: 'There are no messages yet.',
    caption: 'Messages in the outbox',
    refresh: 'Refresh',
    columns: { createdAt: 'Time', to: 'To', subject: 'Subject', status: 'Status' },
    status: { queued: 'Queued', sent: 'Sent', failed: 'Failed' },
    showText: 'Show the text',
    attachment: 'Attachment: {{filename}}',
    emailTitle: 'E-mails',
    noEmails: 'There are no e-mails yet.',
    smsTitle: 'Text messages (SMS)',
    smsCaption: 'Text messages in the outbox',
    noSms: 'There are no text messages yet.',
    text: 'Text',
  },
  error: {
    generic: 'Something went wrong. Please try again in a moment.',
  },
};

export const appMessages = { da, en };
