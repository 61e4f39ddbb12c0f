/**
 * Texts of the invitation page (`/invitation#…`), under `invitation` in the `accounts` namespace.
 * Many who open it are peers on a phone, seeing makker for the first time: short, warm, no jargon.
 */
const da = {
  documentTitle: 'Invitation',
  loading: 'Henter invitationen …',
  loadErrorTitle: 'Invitationen kunne ikke vises',
  title: 'Invitation til {{programme}}',
  invited: 'Hej {{name}}. Du er inviteret til {{programme}} som {{roles}}.',
  expires: 'Invitationen virker indtil {{date}}.',
  invalid: {
    title: 'Invitationen virker ikke',
    text: 'Linket er brugt, trukket tilbage eller for gammelt. En invitation virker i 14 dage og kun én gang.',
    askAgain:
      'Bed personalet i projektet om en ny invitation. Har du allerede taget imod den, kan du bare logge ind.',
    logIn: 'Gå til log ind',
  },
  form: {
    title: 'Opret dit login',
    name: 'Dit navn',
    nameHint: 'Sådan står dit navn i makker. Du kan rette det, hvis det er skrevet forkert.',
    nameRequired: 'Skriv dit navn.',
    email: 'Din e-mail',
    emailFixedHint:
      'Invitationen blev sendt til denne e-mail, så det er den, du logger ind med. Er den forkert, så bed personalet om en ny invitation.',
    emailHint:
      'Du logger ind med din e-mail. Hertil sender vi også links til at logge ind og til at vælge en ny adgangskode.',
    wayLegend: 'Hvordan vil du logge ind?',
    wayLink: 'Med et link på e-mail',
    wayLinkHint: 'Vi sender dig et link, hver gang du vil logge ind. Du skal ikke huske nogen adgangskode.',
    wayPassword: 'Med en adgangskode',
    wayPasswordHint: 'Du vælger selv en adgangskode nu. Glemmer du den, kan du altid få et link på e-mail.',
    passwordNeeded:
      'Du får adgang til andre menneskers oplysninger. Derfor logger du ind med en adgangskode og bagefter en kode fra en app på din telefon (totrinslogin). Appen sætter du op, når du er logget ind første gang.',
    rulesIntro: 'Din adgangskode skal:',
    password: 'Vælg en adgangskode',
    passwordRequired: 'Skriv en adgangskode.',
    submit: 'Tag imod invitationen',
  },
  asMe: {
    title: 'Tag imod med din konto',
    text: 'Du er logget ind som {{name}} ({{email}}). Invitationen bliver lagt til din konto.',
    afterwards:
      'Bagefter bliver du logget ud. Når du logger ind igen, har du dine nye roller. Det er for at passe på dine og andres oplysninger.',
    accept: 'Tag imod invitationen',
  },
  otherAccount: {
    title: 'Du er logget ind med en anden konto',
    text: 'Invitationen er til {{invited}}, men du er logget ind som {{email}}. Log ud, og tryk så på linket i invitationen igen.',
    anotherEmail: 'en anden konto',
    signOut: 'Log ud',
  },
  logInFirst: {
    title: 'Log ind først',
    text: 'Der findes allerede en konto hos makker med {{email}}. Log ind, så kan du lægge invitationen til din konto.',
    afterwards: 'Logger du ind med et link fra din e-mail, så tryk på linket i invitationen igen bagefter.',
    button: 'Log ind',
  },
  accepted: {
    joinedTitle: 'Du er nu med i {{programme}}',
    joinedText: 'Invitationen er lagt til din konto.',
    joinedLogIn:
      'For at passe på dine oplysninger er du blevet logget ud. Log ind igen, så har du dine nye roller.',
    logIn: 'Log ind',
    readyTitle: 'Din konto er klar',
    readyText: 'Du er nu med i {{programme}}. Log ind med {{email}} og den adgangskode, du lige har valgt.',
    welcomeTitle: 'Velkommen til {{programme}}',
    welcomeText:
      'Din konto er klar. Du logger ind med et link, som vi sender til {{email}}. Tryk på knappen, så sender vi dig det første link nu.',
    sendLink: 'Send mig et login-link',
    linkSent: 'Vi har sendt et link til {{email}}. Tryk på linket i mailen for at logge ind.',
    sendAgain: 'Send et nyt link',
  },
};

const en: typeof da = {
  documentTitle: 'Invitation',
  loading: 'Fetching the invitation …',
  loadErrorTitle: 'The invitation could not be shown',
  title: 'Invitation to {{programme}}',
  invited: 'Hello {{name}}. You are invited to {{programme}} as {{roles}}.',
  expires: 'The invitation works until {{date}}.',
  invalid: {
    title: 'The invitation does not work',
    text: 'The link has been used, withdrawn or is too old. An invitation works for 14 days and only once.',
    askAgain:
      'Ask the staff of the programme for a new invitation. If you have already accepted it, just log in.',
    logIn: 'Go to log in',
  },
  form: {
    title: 'Create your login',
    name: 'Your name',
    nameHint: 'This is how your name appears in makker. You can correct it if it is spelt wrong.',
    nameRequired: 'Enter your name.',
    email: 'Your e-mail',
    emailFixedHint:
      'The invitation was sent to this e-mail, so this is the one you log in with. If it is wrong, ask the staff for a new invitation.',
    emailHint:
      'You log in with your e-mail. We also send links for logging in and for choosing a new password here.',
    wayLegend: 'How do you want to log in?',
    wayLink: 'With a link by e-mail',
    wayLinkHint: 'We send you a link each time you want to log in. You do not need to remember a password.',
    wayPassword: 'With a password',
    wayPasswordHint: 'You choose a password now. If you forget it, you can always get a link by e-mail.',
    passwordNeeded:
      "You will see other people's details. So you log in with a password and then a code from an app on your phone (two-step login). You set up the app after you log in for the first time.",
    rulesIntro: 'Your password must:',
    password: 'Choose a password',
    passwordRequired: 'Enter a password.',
    submit: 'Accept the invitation',
  },
  asMe: {
    title: 'Accept with your account',
    text: 'You are logged in as {{name}} ({{email}}). The invitation will be added to your account.',
    afterwards:
      "Afterwards you will be logged out. When you log in again, you have your new roles. This protects your details and other people's.",
    accept: 'Accept the invitation',
  },
  otherAccount: {
    title: 'You are logged in with another account',
    text: 'The invitation is for {{invited}}, but you are logged in as {{email}}. Log out, then tap the link in the invitation again.',
    anotherEmail: 'another account',
    signOut: 'Log out',
  },
  logInFirst: {
    title: 'Log in first',
    text: 'There is already a makker account with {{email}}. Log in, and then you can add the invitation to your account.',
    afterwards:
      'If you log in with a link from your e-mail, tap the link in the invitation again afterwards.',
    button: 'Log in',
  },
  accepted: {
    joinedTitle: 'You are now part of {{programme}}',
    joinedText: 'The invitation has been added to your account.',
    joinedLogIn: 'To protect your details, you have been logged out. Log in again to get your new roles.',
    logIn: 'Log in',
    readyTitle: 'Your account is ready',
    readyText: 'You are now part of {{programme}}. Log in with {{email}} and the password you just chose.',
    welcomeTitle: 'Welcome to {{programme}}',
    welcomeText:
      'Your account is ready. You log in with a link we send to {{email}}. Press the button and we will send you the first link now.',
    sendLink: 'Send me a login link',
    linkSent: 'We have sent a link to {{email}}. Tap the link in the e-mail to log in.',
    sendAgain: 'Send a new link',
  },
};

export const invitationMessages = { da, en };
