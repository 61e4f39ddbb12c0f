/**
 * Texts of "Mine data" and "Hvem har set mine data", under `myData` and `auditTrail` in the
 * `accounts` namespace. The audit sentences have no full stop: the page adds "3 gange" and the
 * stop itself (audit-trail-page.tsx).
 */
const da = {
  myData: {
    documentTitle: 'Mine data',
    title: 'Mine data',
    backToMyPage: 'Tilbage til Min side',
    intro: 'Her kan du se, hvad makker gemmer om dig, og hente en kopi af det hele.',
    stored: {
      title: 'Det gemmer makker om dig',
      account: 'Dit navn og din e-mail, så du kan logge ind, og personalet ved, hvem du er.',
      programmes: 'Hvilke projekter du er med i, og din rolle, fx peer eller peer-mentor.',
      login:
        'Hvordan du logger ind: om du har en adgangskode, totrinslogin eller adgangsnøgler. Selve adgangskoden kan ingen læse, heller ikke personalet.',
      invitation: 'Invitationen, du fik, og det telefonnummer, den måske blev sendt til.',
      messages: "De e-mails og SMS'er, makker har sendt dig.",
      log: 'Hvem der har set eller ændret dine oplysninger, og hvornår. Det kan du se på siden',
      notShared: 'Hver gang nogen ser eller ændrer dine oplysninger, bliver det skrevet i loggen.',
    },
    download: {
      title: 'Hent en kopi af dine data',
      intro: 'Du kan hente alt, hvad makker har om dig, i alle dine projekter.',
      html: 'Hent som læsbar side (HTML)',
      json: 'Hent som data-fil (JSON)',
      formats:
        'Den læsbare side kan du åbne i din browser og læse eller printe. Data-filen er til, hvis du vil tage dine data med til et andet system.',
      careful:
        'Filen indeholder dine personlige oplysninger. Gem den et sikkert sted, især hvis du bruger en computer, som andre også bruger.',
    },
    erase: {
      title: 'Vil du have slettet dine data?',
      text: 'Du kan bede om at få dine data slettet. Det gør personalet i dit projekt for dig, så intet bliver slettet ved en fejl.',
      contact: 'Kontakt personalet. Du finder dem på projektets side:',
      kept: 'Loggen over, hvem der har set dine oplysninger, bliver gemt, fordi loven kræver det. Den indeholder ikke dit navn eller andet om dig, kun hvem der gjorde hvad og hvornår.',
    },
    links: {
      title: 'Dine data',
      intro: 'Se, hvad makker gemmer om dig, og hvem der har set det.',
      application: 'Min ansøgning og mine samtykker',
    },
  },
  auditTrail: {
    documentTitle: 'Hvem har set mine data',
    title: 'Hvem har set mine data',
    intro:
      'Her kan du se, hvem der har set eller ændret dine oplysninger i makker, og hvornår. Det nyeste står øverst.',
    why: 'Personalet ser dine oplysninger, når de skal hjælpe dig eller holde styr på projektet. Hver gang bliver det skrevet her.',
    worried:
      'Ser du noget, du undrer dig over, så kontakt personalet. Har nogen prøvet at logge ind som dig, så skift din adgangskode.',
    loading: 'Henter loggen …',
    none: 'Der er ikke skrevet noget i loggen endnu.',
    today: 'I dag, {{date}}',
    yesterday: 'I går, {{date}}',
    time: 'kl. {{time}}',
    timeRange: 'kl. {{from}}–{{to}}',
    times_one: 'én gang',
    times_other: '{{count}} gange',
    who: {
      you: 'Du',
      named: '{{name}} ({{role}})',
      former: 'En tidligere {{role}}',
      system: 'makker',
      someone: 'Nogen',
    },
    events: {
      read: '{{who}} så dine oplysninger',
      readSelf: 'Du så dine oplysninger',
      search: '{{who}} så dig i en liste',
      export: '{{who}} hentede en kopi af dine oplysninger',
      exportSelf: 'Du hentede en kopi af dine data',
      create: '{{who}} skrev nye oplysninger om dig',
      createSelf: 'Du tilføjede nye oplysninger',
      joined: 'Du tog imod en invitation og fik din konto i makker',
      passkeyAdded: 'Du lavede en adgangsnøgle',
      update: '{{who}} ændrede dine oplysninger',
      updateSelf: 'Du ændrede dine oplysninger',
      delete: '{{who}} slettede nogle af dine oplysninger',
      deleteSelf: 'Du slettede nogle af dine oplysninger',
      passkeyRemoved: 'Du slettede en adgangsnøgle',
      erase: '{{who}} slettede dine oplysninger i et projekt',
      login: 'Du loggede ind',
      logout: 'Du loggede ud',
      logoutIdle: 'Du blev logget ud, fordi du ikke havde brugt makker i et stykke tid',
      logoutBy: '{{who}} loggede dig ud',
      loginFailed: 'Nogen prøvede at logge ind på din konto, men det lykkedes ikke',
      loginFailedPassword: 'Nogen prøvede at logge ind med din e-mail og en forkert adgangskode',
      roleChange: '{{who}} ændrede dine roller',
      rolesJoined: 'Du tog imod en invitation og fik en ny rolle',
      consent: '{{who}} registrerede dit samtykke',
      consentSelf: 'Du ændrede dit samtykke',
      other: '{{who}} brugte dine oplysninger',
      otherSelf: 'Du brugte dine oplysninger',
    },
  },
};

const en: typeof da = {
  myData: {
    documentTitle: 'My data',
    title: 'My data',
    backToMyPage: 'Back to My page',
    intro: 'Here you can see what makker keeps about you, and download a copy of all of it.',
    stored: {
      title: 'What makker keeps about you',
      account: 'Your name and e-mail, so you can log in and the staff know who you are.',
      programmes: 'Which programmes you are part of, and your role, e.g. peer or peer mentor.',
      login:
        'How you log in: whether you have a password, two-step login or passkeys. Nobody can read the password itself, not even the staff.',
      invitation: 'The invitation you got, and the phone number it may have been sent to.',
      messages: 'The e-mails and text messages makker has sent you.',
      log: 'Who has looked at or changed your details, and when. You can see it on the page',
      notShared: 'Every time someone looks at or changes your details, it is written in the log.',
    },
    download: {
      title: 'Download a copy of your data',
      intro: 'You can download everything makker has about you, in all your programmes.',
      html: 'Download as a readable page (HTML)',
      json: 'Download as a data file (JSON)',
      formats:
        'You can open the readable page in your browser to read or print it. The data file is for taking your data to another system.',
      careful:
        'The file contains your personal details. Keep it somewhere safe, especially if you use a computer that others use too.',
    },
    erase: {
      title: 'Do you want your data erased?',
      text: 'You can ask to have your data erased. The staff of your programme do it for you, so nothing is erased by mistake.',
      contact: 'Contact the staff. You find them on the programme page:',
      kept: 'The log of who has looked at your details is kept, because the law requires it. It does not contain your name or anything else about you, only who did what and when.',
    },
    links: {
      title: 'Your data',
      intro: 'See what makker keeps about you, and who has seen it.',
      application: 'My application and my consents',
    },
  },
  auditTrail: {
    documentTitle: 'Who has seen my data',
    title: 'Who has seen my data',
    intro:
      'Here you can see who has looked at or changed your details in makker, and when. The newest is at the top.',
    why: 'The staff look at your details when they help you or keep track of the programme. Each time, it is written here.',
    worried:
      'If you see something that puzzles you, contact the staff. If someone has tried to log in as you, change your password.',
    loading: 'Fetching the log …',
    none: 'Nothing has been written in the log yet.',
    today: 'Today, {{date}}',
    yesterday: 'Yesterday, {{date}}',
    time: 'at {{time}}',
    timeRange: 'between {{from}} and {{to}}',
    times_one: 'once',
    times_other: '{{count}} times',
    who: {
      you: 'You',
      named: '{{name}} ({{role}})',
      former: 'A former {{role}}',
      system: 'makker',
      someone: 'Someone',
    },
    events: {
      read: '{{who}} looked at your details',
      readSelf: 'You looked at your details',
      search: '{{who}} saw you in a list',
      export: '{{who}} downloaded a copy of your details',
      exportSelf: 'You downloaded a copy of your data',
      create: '{{who}} added details about you',
      createSelf: 'You added new details',
      joined: 'You accepted an invitation and got your makker account',
      passkeyAdded: 'You made a passkey',
      update: '{{who}} changed your details',
      updateSelf: 'You changed your details',
      delete: '{{who}} deleted some of your details',
      deleteSelf: 'You deleted some of your details',
      passkeyRemoved: 'You deleted a passkey',
      erase: '{{who}} erased your details in a programme',
      login: 'You logged in',
      logout: 'You logged out',
      logoutIdle: 'You were logged out because you had not used makker for a while',
      logoutBy: '{{who}} logged you out',
      loginFailed: 'Someone tried to log in to your account, without success',
      loginFailedPassword: 'Someone tried to log in with your e-mail and a wrong password',
      roleChange: '{{who}} changed your roles',
      rolesJoined: 'You accepted an invitation and got a new role',
      consent: '{{who}} recorded your consent',
      consentSelf: 'You changed your consent',
      other: '{{who}} used your details',
      otherSelf: 'You used your details',
    },
  },
};

export const myDataMessages = { da, en };
