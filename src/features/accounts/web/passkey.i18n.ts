/**
 * Texts of passkeys (adgangsnøgler), under `passkeys` in the `accounts` namespace. Many people have
 * never heard the word: the texts say what it is in everyday terms (the phone's own lock).
 */
const da = {
  login: {
    text: 'Har du lavet en adgangsnøgle? Så kan du logge ind med din telefons eller computerens lås: fingeraftryk, ansigt eller pinkode.',
    button: 'Log ind med adgangsnøgle',
    unknownHint: 'Log ind på en af de andre måder. Bagefter kan du lave en ny adgangsnøgle på Min side.',
  },
  section: {
    title: 'Adgangsnøgler',
    intro:
      'Med en adgangsnøgle logger du ind med din telefons eller computerens lås: fingeraftryk, ansigt eller pinkode. Du skal ikke huske nogen adgangskode, og nøglen virker kun hos makker, så ingen kan lokke den fra dig.',
    listTitle: 'Dine adgangsnøgler',
    none: 'Du har ingen adgangsnøgler endnu.',
    unnamed: 'Adgangsnøgle',
    addedOn: 'Lavet {{date}}',
    loading: 'Henter dine adgangsnøgler …',
    loadError: 'Dine adgangsnøgler kunne ikke hentes.',
    retry: 'Prøv igen',
    delete: 'Slet',
    confirmDelete: 'Vil du slette »{{name}}«? Så kan du ikke længere logge ind med den.',
    confirmYes: 'Ja, slet den',
    confirmNo: 'Nej, behold den',
    deleted: 'Adgangsnøglen »{{name}}« er slettet.',
  },
  add: {
    title: 'Lav en adgangsnøgle',
    intro: 'Din telefon eller computer beder dig bagefter om dit fingeraftryk, dit ansigt eller din pinkode.',
    nameLabel: 'Navn på adgangsnøglen',
    nameHint: 'Så du kan kende den igen, fx »Min telefon«.',
    nameRequired: 'Skriv et navn til adgangsnøglen, fx »Min telefon«.',
    nameTooLong: 'Navnet må højst være {{max}} tegn.',
    submit: 'Lav adgangsnøgle',
    added: 'Adgangsnøglen »{{name}}« er lavet. Næste gang kan du trykke på »Log ind med adgangsnøgle«.',
    unsupported:
      'Den browser, du bruger nu, kan ikke lave adgangsnøgler. Prøv på din telefon eller i en nyere browser.',
    logInAgain: 'Log ud, og log ind igen',
  },
  errors: {
    cancelled: 'Det blev afbrudt, eller tiden løb ud. Prøv igen.',
    alreadyAdded: 'Der er allerede en adgangsnøgle til makker på denne telefon eller computer.',
    deviceCannot:
      'Denne telefon eller computer kan ikke lave en adgangsnøgle med lås (fingeraftryk, ansigt eller pinkode).',
    failed: 'Det lykkedes ikke med adgangsnøglen. Prøv igen.',
  },
};

type PasskeyMessages = typeof da;

const en: PasskeyMessages = {
  login: {
    text: 'Have you made a passkey? Then you can log in with the lock of your phone or computer: fingerprint, face or PIN.',
    button: 'Log in with a passkey',
    unknownHint: 'Log in in one of the other ways. Afterwards you can make a new passkey on My page.',
  },
  section: {
    title: 'Passkeys',
    intro:
      'With a passkey you log in with the lock of your phone or computer: fingerprint, face or PIN. You do not need to remember a password, and the key only works at makker, so nobody can trick you into giving it away.',
    listTitle: 'Your passkeys',
    none: 'You have no passkeys yet.',
    unnamed: 'Passkey',
    addedOn: 'Made {{date}}',
    loading: 'Fetching your passkeys …',
    loadError: 'Your passkeys could not be fetched.',
    retry: 'Try again',
    delete: 'Delete',
    confirmDelete: 'Do you want to delete “{{name}}”? You can then no longer log in with it.',
    confirmYes: 'Yes, delete it',
    confirmNo: 'No, keep it',
    deleted: 'The passkey “{{name}}” has been deleted.',
  },
  add: {
    title: 'Make a passkey',
    intro: 'Your phone or computer will then ask for your fingerprint, your face or your PIN.',
    nameLabel: 'Name of the passkey',
    nameHint: 'So you can recognise it, e.g. “My phone”.',
    nameRequired: 'Enter a name for the passkey, e.g. “My phone”.',
    nameTooLong: 'The name can be at most {{max}} characters.',
    submit: 'Make passkey',
    added: 'The passkey “{{name}}” has been made. Next time you can tap “Log in with a passkey”.',
    unsupported:
      'The browser you are using now cannot make passkeys. Try on your phone or in a newer browser.',
    logInAgain: 'Log out and log in again',
  },
  errors: {
    cancelled: 'It was cancelled, or the time ran out. Please try again.',
    alreadyAdded: 'There is already a passkey for makker on this phone or computer.',
    deviceCannot: 'This phone or computer cannot make a passkey with a lock (fingerprint, face or PIN).',
    failed: 'The passkey did not work. Please try again.',
  },
};

export const passkeyMessages = { da, en };
