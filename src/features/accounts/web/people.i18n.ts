/**
 * Texts of /personer (people, invitations, a person's roles and data), under `people` in the
 * `accounts` namespace, together with those of the invitation page and the "my data" pages:
 * `peopleMessages` is merged into the namespace once, in accounts.i18n.ts. Staff read these at
 * work, often in a hurry: say what will happen before it happens.
 */
import { invitationMessages } from './invitation.i18n.ts';
import { myDataMessages } from './my-data.i18n.ts';

const da = {
  navScreening: 'Visitation',
  navCohorts: 'Hold',
  navMatching: 'Matching',
  navMentorships: 'Forløb',
  navSettings: 'Indstillinger',
  nav: 'Personer',
  documentTitle: 'Personer',
  title: 'Personer',
  intro:
    'Her ser du, hvem der er med i {{programme}}. Du kan invitere nye og se de invitationer, der er sendt.',
  notForYou:
    'Siden er for projektmedarbejdere og administratorer. Har du brug for den, så kontakt en administrator i dit projekt.',
  backToMyPage: 'Gå til Min side',
  onThisPage: 'På siden',
  programme: { label: 'Projekt', show: 'Vis projektet' },
  /** Roles in the middle of a sentence ("som peer-mentor", "Lene Sørensen (medarbejder)"). */
  roleWords: {
    peer: 'peer',
    mentor: 'peer-mentor',
    staff: 'medarbejder',
    researcher: 'evaluator',
    admin: 'administrator',
  },
  reauthenticate: {
    title: 'Af hensyn til sikkerheden skal du logge ind igen',
    text: 'Du loggede ind for mere end 10 minutter siden. Før du ændrer roller eller henter eller sletter data om en person, skal du logge ind igen. Bagefter kommer du tilbage hertil.',
    button: 'Log ind igen',
  },
  twoFactor: {
    title: 'Slå totrinslogin til først',
    text: 'Du skal bruge totrinslogin, før du kan se andre menneskers oplysninger. Det tager et par minutter, og du skal bruge en app på din telefon.',
    button: 'Slå totrinslogin til',
  },
  list: {
    title: 'Personer i projektet',
    intro: 'Tryk på et navn for at ændre roller eller hente eller slette data om personen.',
    caption: 'Personer i {{programme}}',
    loading: 'Henter personerne …',
    name: 'Navn',
    email: 'E-mail',
    roles: 'Roller',
    twoFactor: 'Totrinslogin',
    twoFactorOn: 'Slået til',
    twoFactorOff: 'Ikke slået til',
    you: '(dig)',
  },
  invite: {
    title: 'Inviter en person',
    intro:
      'Personen får et link på e-mail eller SMS. Med linket opretter personen selv sit login. Linket virker i 14 dage.',
    name: 'Navn',
    nameHint: 'Fornavn og efternavn. Personen kan selv rette det.',
    nameRequired: 'Skriv personens navn.',
    channel: 'Send invitationen som',
    channelEmail: 'E-mail',
    channelSms: 'SMS',
    channelSmsHint:
      'Til dem, der sjældent bruger e-mail. Personen skriver selv sin e-mail, når invitationen tages imod.',
    email: 'E-mail',
    emailRequired: 'Skriv personens e-mail.',
    phone: 'Mobilnummer',
    phoneHint: '8 cifre, fx 20 30 40 50. Et udenlandsk nummer med + og landekode.',
    phoneRequired: 'Skriv personens mobilnummer.',
    phoneInvalid: 'Skriv 8 cifre, fx 20 30 40 50, eller + og landekode foran et udenlandsk nummer.',
    roles: 'Rolle',
    rolesStaffHint:
      'Som projektmedarbejder kan du invitere peers og peer-mentorer. De andre roller giver en administrator.',
    rolesRequired: 'Vælg mindst én rolle.',
    submit: 'Send invitationen',
    sent: 'Invitationen er sendt til {{name}} ({{to}}).',
  },
  invitations: {
    title: 'Invitationer',
    caption: 'Invitationer, nyeste først',
    loading: 'Henter invitationerne …',
    none: 'Der er ikke sendt nogen invitationer endnu.',
    name: 'Navn',
    to: 'Sendt til',
    roles: 'Roller',
    status: 'Status',
    sent: 'Sendt',
    action: 'Handling',
    bySms: 'SMS til {{phone}}',
    sentBy: '{{date}} af {{name}}',
    state: {
      pending: 'Venter på svar (virker til {{date}})',
      accepted: 'Taget imod',
      revoked: 'Trukket tilbage',
      expired: 'Udløbet {{date}}',
    },
    revoke: 'Træk tilbage',
    revokeFor: 'invitationen til {{name}}',
    revoked: 'Invitationen til {{name}} er trukket tilbage.',
  },
  person: {
    documentTitle: 'Person',
    back: 'Tilbage til alle personer',
    notFound: 'Personen findes ikke i projektet. Måske er data om personen slettet.',
    since: 'Med siden',
    sinceValue: '{{date}} i {{programme}}',
    isMe: 'Det er dig. Dine egne roller kan en anden administrator ændre. Dine egne data finder du på siden',
    adminOnly:
      'Kun en administrator kan ændre roller for {{name}} eller hente eller slette data om {{name}}.',
  },
  roles: {
    title: 'Roller',
    legend: 'Roller for {{name}} i {{programme}}',
    hint: 'Når du gemmer, bliver {{name}} logget ud og får de nye roller ved næste login. Fjerner du alle roller, er {{name}} ikke længere med i projektet, men data bliver gemt, indtil de slettes.',
    submit: 'Gem roller',
    saved: 'Rollerne er gemt. {{name}} får de nye roller ved næste login.',
    left: '{{name}} er ikke længere med i projektet. Data om {{name}} er gemt, indtil de slettes.',
  },
  export: {
    title: 'Hent data om {{name}}',
    text: 'Du kan hente alt, hvad makker har om {{name}} i {{programme}}, fx hvis {{name}} beder om en kopi.',
    careful:
      'Filen indeholder personoplysninger. Gem den et sikkert sted, og slet den, når du ikke skal bruge den mere. Det bliver skrevet i loggen, at du har hentet den.',
    html: 'Hent som læsbar side (HTML)',
    json: 'Hent som data-fil (JSON)',
  },
  erase: {
    title: 'Slet data om {{name}}',
    intro: 'Beder {{name}} om at få sine data slettet, gør du det her.',
    start: 'Slet data om {{name}}',
    confirm: 'Vil du slette alt om {{name}} i {{programme}}?',
    consequenceGone:
      'Alt, hvad makker har om {{name}} i {{programme}}, bliver slettet. Det kan ikke fortrydes. Hent eventuelt en kopi først.',
    consequenceAccount:
      'Er {{name}} ikke med i andre projekter, bliver kontoen også slettet, og {{name}} kan ikke længere logge ind.',
    consequenceLog:
      'Loggen over, hvem der har set eller ændret oplysningerne, bliver gemt, fordi loven kræver det. Den indeholder ingen navne eller tekst.',
    yes: 'Ja, slet data om {{name}}',
    no: 'Nej, fortryd',
    done: 'Data om {{name}} i {{programme}} er slettet.',
    doneWithAccount:
      'Data om {{name}} er slettet, og kontoen er lukket, fordi {{name}} ikke var med i andre projekter.',
  },
};

const en: typeof da = {
  navScreening: 'Screening',
  navCohorts: 'Cohorts',
  navMatching: 'Matching',
  navMentorships: 'Mentorships',
  navSettings: 'Settings',
  nav: 'People',
  documentTitle: 'People',
  title: 'People',
  intro: 'Here you see who is part of {{programme}}. You can invite new people and see the invitations sent.',
  notForYou:
    'This page is for staff members and administrators. If you need it, contact an administrator in your programme.',
  backToMyPage: 'Go to My page',
  onThisPage: 'On this page',
  programme: { label: 'Programme', show: 'Show the programme' },
  roleWords: {
    peer: 'peer',
    mentor: 'peer mentor',
    staff: 'staff member',
    researcher: 'evaluator',
    admin: 'administrator',
  },
  reauthenticate: {
    title: 'For your security, log in again',
    text: 'You logged in more than 10 minutes ago. Before you change roles or download or erase data about a person, log in again. Afterwards you come back here.',
    button: 'Log in again',
  },
  twoFactor: {
    title: 'Turn on two-step login first',
    text: "You need two-step login before you can see other people's details. It takes a few minutes, and you need an app on your phone.",
    button: 'Turn on two-step login',
  },
  list: {
    title: 'People in the programme',
    intro: 'Tap a name to change roles or download or erase data about the person.',
    caption: 'People in {{programme}}',
    loading: 'Fetching the people …',
    name: 'Name',
    email: 'E-mail',
    roles: 'Roles',
    twoFactor: 'Two-step login',
    twoFactorOn: 'On',
    twoFactorOff: 'Not on',
    you: '(you)',
  },
  invite: {
    title: 'Invite a person',
    intro:
      'The person gets a link by e-mail or text message. With the link, they create their own login. The link works for 14 days.',
    name: 'Name',
    nameHint: 'First name and last name. The person can correct it.',
    nameRequired: "Enter the person's name.",
    channel: 'Send the invitation as',
    channelEmail: 'E-mail',
    channelSms: 'Text message (SMS)',
    channelSmsHint: 'For those who rarely use e-mail. The person enters their e-mail when accepting.',
    email: 'E-mail',
    emailRequired: "Enter the person's e-mail.",
    phone: 'Mobile number',
    phoneHint: '8 digits, e.g. 20 30 40 50. A foreign number with + and the country code.',
    phoneRequired: "Enter the person's mobile number.",
    phoneInvalid: 'Enter 8 digits, e.g. 20 30 40 50, or + and the country code before a foreign number.',
    roles: 'Role',
    rolesStaffHint:
      'As a staff member you can invite peers and peer mentors. An administrator gives the other roles.',
    rolesRequired: 'Choose at least one role.',
    submit: 'Send the invitation',
    sent: 'The invitation has been sent to {{name}} ({{to}}).',
  },
  invitations: {
    title: 'Invitations',
    caption: 'Invitations, newest first',
    loading: 'Fetching the invitations …',
    none: 'No invitations have been sent yet.',
    name: 'Name',
    to: 'Sent to',
    roles: 'Roles',
    status: 'Status',
    sent: 'Sent',
    action: 'Action',
    bySms: 'Text message to {{phone}}',
    sentBy: '{{date}} by {{name}}',
    state: {
      pending: 'Waiting for an answer (works until {{date}})',
      accepted: 'Accepted',
      revoked: 'Withdrawn',
      expired: 'Expired {{date}}',
    },
    revoke: 'Withdraw',
    revokeFor: 'the invitation to {{name}}',
    revoked: 'The invitation to {{name}} has been withdrawn.',
  },
  person: {
    documentTitle: 'Person',
    back: 'Back to all people',
    notFound: 'The person is not in the programme. Their data may have been erased.',
    since: 'Member since',
    sinceValue: '{{date}} in {{programme}}',
    isMe: 'This is you. Another administrator can change your own roles. You find your own data on the page',
    adminOnly:
      'Only an administrator can change the roles of {{name}} or download or erase data about {{name}}.',
  },
  roles: {
    title: 'Roles',
    legend: 'Roles of {{name}} in {{programme}}',
    hint: 'When you save, {{name}} is logged out and gets the new roles at the next login. If you remove all roles, {{name}} is no longer part of the programme, but their data is kept until it is erased.',
    submit: 'Save roles',
    saved: 'The roles are saved. {{name}} gets the new roles at the next login.',
    left: '{{name}} is no longer part of the programme. Their data is kept until it is erased.',
  },
  export: {
    title: 'Download data about {{name}}',
    text: 'You can download everything makker has about {{name}} in {{programme}}, e.g. if {{name}} asks for a copy.',
    careful:
      'The file contains personal data. Keep it somewhere safe, and delete it when you no longer need it. The log records that you downloaded it.',
    html: 'Download as a readable page (HTML)',
    json: 'Download as a data file (JSON)',
  },
  erase: {
    title: 'Erase data about {{name}}',
    intro: 'If {{name}} asks to have their data erased, you do it here.',
    start: 'Erase data about {{name}}',
    confirm: 'Do you want to erase everything about {{name}} in {{programme}}?',
    consequenceGone:
      'Everything makker has about {{name}} in {{programme}} is erased. This cannot be undone. You may want to download a copy first.',
    consequenceAccount:
      'If {{name}} is not part of other programmes, the account is deleted too, and {{name}} can no longer log in.',
    consequenceLog:
      'The log of who has looked at or changed the details is kept, because the law requires it. It contains no names or text.',
    yes: 'Yes, erase data about {{name}}',
    no: 'No, cancel',
    done: 'The data about {{name}} in {{programme}} has been erased.',
    doneWithAccount:
      'The data about {{name}} has been erased, and the account is closed, because {{name}} was not part of other programmes.',
  },
};

/** Everything this file and its two neighbours add to the `accounts` namespace. */
export const peopleMessages = {
  da: { people: da, invitation: invitationMessages.da, ...myDataMessages.da },
  en: { people: en, invitation: invitationMessages.en, ...myDataMessages.en },
};
