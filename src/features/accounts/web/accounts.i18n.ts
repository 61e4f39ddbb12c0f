/**
 * Texts of logging in and out, my page and new passwords, namespace `accounts`. Plain, warm
 * Danish first: some peers have little experience with computers, and all of them may be nervous.
 */
import { oidcMessages } from './oidc.i18n.ts';
import { passkeyMessages } from './passkey.i18n.ts';
import { peopleMessages } from './people.i18n.ts';
import { twoFactorMessages } from './two-factor.i18n.ts';

const da = {
  header: {
    logIn: 'Log ind',
    logOut: 'Log ud',
    myPage: 'Min side:',
  },
  form: {
    errorSummaryTitle: 'Der er et problem',
    errorPrefix: 'Fejl:',
    emailRequired: 'Skriv din e-mail.',
    emailInvalid: 'Skriv hele din e-mail, fx navn@mail.dk.',
    passwordRequired: 'Skriv din adgangskode.',
    newPasswordRequired: 'Skriv en ny adgangskode.',
    showPassword: 'Vis adgangskode',
    sending: 'Vent lidt …',
    networkError: 'Der er ingen forbindelse. Tjek din internetforbindelse, og prøv igen.',
    genericError: 'Der skete en fejl. Prøv igen om lidt.',
  },
  login: {
    documentTitle: 'Log ind',
    title: 'Log ind',
    intro: 'Du kan logge ind på to måder. Vælg den, der er nemmest for dig.',
    signedOut: 'Du er logget ud.',
    loginRequired: 'Du skal logge ind for at se Min side.',
    link: {
      title: 'Få et login-link på e-mail',
      intro:
        'Det er den nemmeste måde. Skriv din e-mail, så sender vi dig et link. Tryk på linket i mailen, så er du logget ind. Du skal ikke huske nogen adgangskode.',
      email: 'Din e-mail',
      submit: 'Send mig et link',
    },
    password: {
      title: 'Log ind med adgangskode',
      email: 'E-mail',
      password: 'Adgangskode',
      submit: 'Log ind',
      forgot: 'Glemt adgangskode?',
    },
  },
  linkSent: {
    documentTitle: 'Tjek din e-mail',
    title: 'Tjek din e-mail',
    text: 'Hvis {{email}} hører til en konto hos makker, har vi nu sendt dig en mail med et link. Tryk på linket i mailen for at logge ind.',
    textWithoutEmail:
      'Hvis din e-mail hører til en konto hos makker, har vi nu sendt dig en mail med et link. Tryk på linket i mailen for at logge ind.',
    validity: 'Linket virker i 15 minutter og kun én gang.',
    notFound: 'Kan du ikke finde mailen? Vent et par minutter, og kig også i mappen med uønsket post (spam).',
    again: 'Send et nyt link',
  },
  myPage: {
    documentTitle: 'Min side',
    title: 'Min side',
    greeting: 'Hej {{name}}',
    signedInAs: 'Du er logget ind med {{email}}.',
    programmesTitle: 'Dine projekter',
    training: 'Min uddannelse som peer-mentor',
    wishes: 'Mine ønsker til et match',
    offers: 'Forslag til en makker',
    pair: 'Min makker',
    wellbeing: 'Din trivsel: spørgeskemaer og resultater',
    role_one: 'Din rolle: {{roles}}',
    role_other: 'Dine roller: {{roles}}',
    noProgrammes: 'Du er ikke med i noget projekt endnu.',
    loading: 'Henter dine oplysninger …',
    loadErrorTitle: 'Siden kunne ikke vises',
    retry: 'Prøv igen',
    signOut: 'Log ud',
    everywhereTitle: 'Log ud alle steder',
    everywhereIntro:
      'Har du været logget ind på en anden telefon eller computer, fx i caféen eller på biblioteket? Så kan du logge ud alle steder på én gang – også her.',
    signOutEverywhere: 'Log ud alle steder',
  },
  roles: {
    peer: 'Peer',
    mentor: 'Peer-mentor',
    staff: 'Projektmedarbejder',
    researcher: 'Evaluator',
    admin: 'Administrator',
  },
  forgotPassword: {
    documentTitle: 'Glemt adgangskode',
    title: 'Glemt adgangskode?',
    intro:
      'Det sker for alle. Skriv din e-mail, så sender vi dig et link, hvor du kan vælge en ny adgangskode.',
    email: 'Din e-mail',
    submit: 'Send mig et link',
    orLink: 'Du kan også logge ind uden adgangskode:',
    getLoginLink: 'Få et login-link på e-mail',
    sentText:
      'Hvis {{email}} hører til en konto hos makker, har vi nu sendt dig en mail med et link, hvor du kan vælge en ny adgangskode.',
    sentValidity: 'Linket virker i en time og kun én gang.',
    backToLogin: 'Tilbage til log ind',
  },
  newPassword: {
    documentTitle: 'Vælg en ny adgangskode',
    title: 'Vælg en ny adgangskode',
    rulesIntro: 'Din nye adgangskode skal:',
    ruleLength: 'være mindst 10 tegn lang',
    ruleCommon: 'ikke være en almindelig adgangskode, som andre let kan gætte',
    ruleEmail: 'ikke ligne din e-mail',
    tip: 'Et godt råd: Brug en sætning på 3–4 ord, som du kan huske, fx »kaffe ved havnen om tirsdagen«.',
    label: 'Ny adgangskode',
    hint: 'Mindst 10 tegn, fx en sætning på 3–4 ord.',
    submit: 'Gem den nye adgangskode',
    savedTitle: 'Din nye adgangskode er gemt',
    savedText: 'Du kan nu logge ind med din nye adgangskode.',
    goToLogin: 'Gå til log ind',
    invalidTitle: 'Linket virker ikke længere',
    invalidText:
      'Et link til en ny adgangskode virker i en time og kun én gang. Bed om et nyt link, så sender vi det til din e-mail.',
    askAgain: 'Bed om et nyt link',
  },
};

type AccountsMessages = typeof da;

const en: AccountsMessages = {
  header: {
    logIn: 'Log in',
    logOut: 'Log out',
    myPage: 'My page:',
  },
  form: {
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error:',
    emailRequired: 'Enter your e-mail.',
    emailInvalid: 'Enter your whole e-mail, e.g. name@mail.com.',
    passwordRequired: 'Enter your password.',
    newPasswordRequired: 'Enter a new password.',
    showPassword: 'Show password',
    sending: 'Please wait …',
    networkError: 'There is no connection. Check your internet connection and try again.',
    genericError: 'Something went wrong. Please try again in a moment.',
  },
  login: {
    documentTitle: 'Log in',
    title: 'Log in',
    intro: 'You can log in in two ways. Choose the one that is easiest for you.',
    signedOut: 'You are logged out.',
    loginRequired: 'You need to log in to see My page.',
    link: {
      title: 'Get a login link by e-mail',
      intro:
        'This is the easiest way. Enter your e-mail and we will send you a link. Tap the link in the e-mail and you are logged in. You do not need to remember a password.',
      email: 'Your e-mail',
      submit: 'Send me a link',
    },
    password: {
      title: 'Log in with a password',
      email: 'E-mail',
      password: 'Password',
      submit: 'Log in',
      forgot: 'Forgot your password?',
    },
  },
  linkSent: {
    documentTitle: 'Check your e-mail',
    title: 'Check your e-mail',
    text: 'If {{email}} belongs to an account at makker, we have now sent you an e-mail with a link. Tap the link in the e-mail to log in.',
    textWithoutEmail:
      'If your e-mail belongs to an account at makker, we have now sent you an e-mail with a link. Tap the link in the e-mail to log in.',
    validity: 'The link works for 15 minutes and only once.',
    notFound: 'Cannot find the e-mail? Wait a few minutes, and also look in your junk mail (spam) folder.',
    again: 'Send a new link',
  },
  myPage: {
    documentTitle: 'My page',
    title: 'My page',
    greeting: 'Hello {{name}}',
    signedInAs: 'You are logged in with {{email}}.',
    programmesTitle: 'Your programmes',
    training: 'My training as a peer mentor',
    wishes: 'My wishes for a match',
    offers: 'Suggested buddies',
    pair: 'My buddy',
    wellbeing: 'Your well-being: questionnaires and results',
    role_one: 'Your role: {{roles}}',
    role_other: 'Your roles: {{roles}}',
    noProgrammes: 'You are not part of a programme yet.',
    loading: 'Fetching your details …',
    loadErrorTitle: 'The page could not be shown',
    retry: 'Try again',
    signOut: 'Log out',
    everywhereTitle: 'Log out everywhere',
    everywhereIntro:
      'Have you been logged in on another phone or computer, for example in the café or at the library? You can log out everywhere at once – here too.',
    signOutEverywhere: 'Log out everywhere',
  },
  roles: {
    peer: 'Peer',
    mentor: 'Peer mentor',
    staff: 'Staff member',
    researcher: 'Evaluator',
    admin: 'Administrator',
  },
  forgotPassword: {
    documentTitle: 'Forgot your password',
    title: 'Forgot your password?',
    intro:
      'It happens to everyone. Enter your e-mail and we will send you a link where you can choose a new password.',
    email: 'Your e-mail',
    submit: 'Send me a link',
    orLink: 'You can also log in without a password:',
    getLoginLink: 'Get a login link by e-mail',
    sentText:
      'If {{email}} belongs to an account at makker, we have now sent you an e-mail with a link where you can choose a new password.',
    sentValidity: 'The link works for one hour and only once.',
    backToLogin: 'Back to log in',
  },
  newPassword: {
    documentTitle: 'Choose a new password',
    title: 'Choose a new password',
    rulesIntro: 'Your new password must:',
    ruleLength: 'be at least 10 characters long',
    ruleCommon: 'not be a common password that others can easily guess',
    ruleEmail: 'not look like your e-mail',
    tip: 'A good tip: use a sentence of 3–4 words you can remember, e.g. “coffee by the harbour on Tuesdays”.',
    label: 'New password',
    hint: 'At least 10 characters, e.g. a sentence of 3–4 words.',
    submit: 'Save the new password',
    savedTitle: 'Your new password is saved',
    savedText: 'You can now log in with your new password.',
    goToLogin: 'Go to log in',
    invalidTitle: 'The link no longer works',
    invalidText:
      'A link for a new password works for one hour and only once. Ask for a new link and we will send it to your e-mail.',
    askAgain: 'Ask for a new link',
  },
};

export const accountsMessages = {
  da: {
    ...da,
    twoFactor: twoFactorMessages.da,
    oidc: oidcMessages.da,
    passkeys: passkeyMessages.da,
    ...peopleMessages.da,
  },
  en: {
    ...en,
    twoFactor: twoFactorMessages.en,
    oidc: oidcMessages.en,
    passkeys: passkeyMessages.en,
    ...peopleMessages.en,
  },
};
