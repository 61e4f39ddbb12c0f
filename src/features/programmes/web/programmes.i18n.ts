/** Texts of the public programme pages, namespace `programmes`. Plain, warm Danish first. */
const da = {
  loading: 'Henter siden …',
  loadError: 'Siden kunne ikke hentes. Prøv igen om lidt.',
  networkError: 'Der er ingen forbindelse. Tjek din internetforbindelse, og prøv igen.',
  retry: 'Prøv igen',
  loadErrorTitle: 'Siden kunne ikke vises',
  notFoundTitle: 'Projektet findes ikke',
  notFoundText:
    'Måske er adressen skrevet forkert, eller projektet er slut. Se de projekter, der findes, på forsiden.',
  backToFront: 'Gå til forsiden',
  otherLanguage: 'Denne side findes endnu ikke på dansk, så den vises på {{language}}.',
  languageNames: { da: 'dansk', en: 'engelsk' },
  helpNow: {
    title: 'Brug for hjælp nu?',
    intro: 'Du kan ringe med det samme. Du behøver ikke at være med i projektet.',
    call: 'Ring {{phone}}',
  },
  sections: {
    what: 'Hvad er det?',
    who: 'Hvem kan være med?',
    how: 'Sådan kommer du med',
    cafe: 'Kom i caféen',
    contacts: 'Kontakt os',
  },
  apply: {
    title: 'Søg om at komme med',
    peer: 'Jeg vil gerne have en peer-mentor',
    mentor: 'Jeg vil gerne være peer-mentor',
  },
  cafe: {
    intro: 'Kig forbi, når det passer dig. Du skal ikke melde dig til, og der er altid en medarbejder.',
    time: '{{weekday}} {{start}}–{{end}}',
  },
  contacts: { call: 'Ring {{phone}}', write: 'Skriv til {{email}}' },
  list: {
    title: 'Vælg et projekt',
    intro: 'Her er de makkerordninger, du kan læse om.',
    empty: 'Der er ingen projekter endnu.',
  },
};

type ProgrammesMessages = typeof da;

const en: ProgrammesMessages = {
  loading: 'Fetching the page …',
  loadError: 'The page could not be fetched. Please try again in a moment.',
  networkError: 'There is no connection. Check your internet connection and try again.',
  retry: 'Try again',
  loadErrorTitle: 'The page could not be shown',
  notFoundTitle: 'The programme does not exist',
  notFoundText:
    'The address may be mistyped, or the programme may have ended. See the programmes there are on the front page.',
  backToFront: 'Go to the front page',
  otherLanguage: 'This page is not available in English yet, so it is shown in {{language}}.',
  languageNames: { da: 'Danish', en: 'English' },
  helpNow: {
    title: 'Need help now?',
    intro: 'You can call right away. You do not need to be part of the programme.',
    call: 'Call {{phone}}',
  },
  sections: {
    what: 'What is it?',
    who: 'Who can join?',
    how: 'How to join',
    cafe: 'Come to the café',
    contacts: 'Contact us',
  },
  apply: {
    title: 'Apply to join',
    peer: 'I would like a peer mentor',
    mentor: 'I would like to be a peer mentor',
  },
  cafe: {
    intro: 'Drop in when it suits you. You do not need to sign up, and a staff member is always there.',
    time: '{{weekday}} {{start}}–{{end}}',
  },
  contacts: { call: 'Call {{phone}}', write: 'Write to {{email}}' },
  list: {
    title: 'Choose a programme',
    intro: 'These are the buddy programmes you can read about.',
    empty: 'There are no programmes yet.',
  },
};

export const programmesMessages = { da, en };
