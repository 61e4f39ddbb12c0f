/**
 * The app's i18next instance. Every feature keeps its texts beside its pages and is merged here
 * under its own namespace; all texts are bundled, so nothing is fetched and nothing flickers.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { accountsMessages } from '../../features/accounts/web/index.ts';
import { communityMessages } from '../../features/community/web/index.ts';
import { evaluationMessages } from '../../features/evaluation/web/index.ts';
import { groupMessages } from '../../features/group/web/index.ts';
import {
  intakeMessages,
  intakeSettingsMessages,
  screeningMessages,
} from '../../features/intake/web/index.ts';
import { matchingMessages } from '../../features/matching/web/index.ts';
import { mentorshipsMessages } from '../../features/mentorships/web/index.ts';
import { messagingMessages } from '../../features/messaging/web/index.ts';
import { notificationsMessages } from '../../features/notifications/web/index.ts';
import { programmesMessages, settingsMessages } from '../../features/programmes/web/index.ts';
import { trainingMessages } from '../../features/training/web/index.ts';
import { uiMessages } from '../../features/ui/web/index.ts';
import { appMessages } from './app.i18n.ts';
import {
  type AppLocale,
  DEFAULT_LOCALE,
  findStoredLocale,
  LOCALES,
  rememberLocale,
} from './locale-preference.ts';

const resources = {
  da: {
    app: appMessages.da,
    programmes: programmesMessages.da,
    accounts: accountsMessages.da,
    ui: uiMessages.da,
    intake: intakeMessages.da,
    screening: screeningMessages.da,
    settings: settingsMessages.da,
    intakeSettings: intakeSettingsMessages.da,
    training: trainingMessages.da,
    matching: matchingMessages.da,
    mentorships: mentorshipsMessages.da,
    messaging: messagingMessages.da,
    community: communityMessages.da,
    notifications: notificationsMessages.da,
    group: groupMessages.da,
    evaluation: evaluationMessages.da,
  },
  en: {
    app: appMessages.en,
    programmes: programmesMessages.en,
    accounts: accountsMessages.en,
    ui: uiMessages.en,
    intake: intakeMessages.en,
    screening: screeningMessages.en,
    settings: settingsMessages.en,
    intakeSettings: intakeSettingsMessages.en,
    training: trainingMessages.en,
    matching: matchingMessages.en,
    mentorships: mentorshipsMessages.en,
    messaging: messagingMessages.en,
    community: communityMessages.en,
    notifications: notificationsMessages.en,
    group: groupMessages.en,
    evaluation: evaluationMessages.en,
  },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: (typeof resources)['da'];
  }
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  // Screen readers pick their voice from <html lang>; it must follow every switch.
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources,
  lng: findStoredLocale() ?? DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: LOCALES,
  defaultNS: 'app',
  ns: ['app', 'programmes', 'accounts'],
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes already.
  returnEmptyString: false,
});

/** Switches the language of the whole app and remembers the choice across visits. */
export async function switchLocale(locale: AppLocale): Promise<void> {
  rememberLocale(locale);
  await i18n.changeLanguage(locale);
}
