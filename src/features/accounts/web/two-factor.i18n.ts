/**
 * Texts of two-factor login: the code step of logging in, set-up on /to-faktor and the notice on
 * Min side. Merged into the `accounts` namespace as `twoFactor`. "Totrinslogin" and "reservekode"
 * rather than "2FA" and "backup code": words a nervous first-time user can read aloud.
 */
const da = {
  login: {
    documentTitle: 'Skriv koden fra din app',
    title: 'Skriv koden fra din app',
    intro:
      'Din konto er beskyttet med totrinslogin. Åbn kode-appen på din telefon, og skriv den kode på 6 cifre, som den viser for makker lige nu.',
    codeLabel: 'Kode fra appen',
    codeHint: '6 cifre. Koden skifter hvert 30. sekund.',
    submit: 'Log ind',
    useRecoveryCode: 'Brug en reservekode i stedet',
    recoveryTitle: 'Skriv en reservekode',
    recoveryIntro:
      'Har du ikke din telefon? Brug en af de reservekoder, du fik, da du slog totrinslogin til. Hver kode virker kun én gang.',
    recoveryLabel: 'Reservekode',
    recoveryHint: 'Fx k7mq2-w9xhd',
    useApp: 'Brug koden fra appen i stedet',
    startOver: 'Start forfra',
    noAccess:
      'Har du hverken din telefon eller dine reservekoder? Kontakt en administrator, så hjælper vi dig.',
  },
  errors: {
    codeRequired: 'Skriv koden fra din app.',
    codeFormat: 'Koden skal være 6 cifre, fx 123456.',
    codeWrong: 'Koden passer ikke. Prøv igen med den kode, appen viser nu.',
    recoveryRequired: 'Skriv en reservekode.',
    recoveryWrong: 'Reservekoden passer ikke, eller den er brugt. Tjek, at du har skrevet den rigtigt.',
    tooManyAttempts: 'Du har prøvet for mange gange. Start forfra med din adgangskode.',
    expired: 'Der gik for lang tid. Start forfra med din adgangskode.',
    passwordRequired: 'Skriv din adgangskode.',
    passwordWrong: 'Adgangskoden er forkert.',
  },
  page: {
    documentTitle: 'Totrinslogin',
    loading: 'Henter dine oplysninger …',
    backToMyPage: 'Tilbage til Min side',
  },
  setup: {
    title: 'Slå totrinslogin til',
    intro:
      'Med totrinslogin skal du bruge både din adgangskode og en kode fra en app på din telefon, når du logger ind. Så kan ingen andre logge ind som dig, heller ikke hvis de kender din adgangskode.',
    needApp:
      'Du skal bruge en kode-app på din telefon, fx Microsoft Authenticator, Google Authenticator eller 2FAS. De er gratis.',
    linkWarning:
      'Når totrinslogin er slået til, kan du ikke længere logge ind med et link på e-mail. Du logger ind med adgangskode og en kode fra appen.',
    passwordTitle: 'Trin 1 af 3: Bekræft, at det er dig',
    passwordLabel: 'Din adgangskode',
    continue: 'Fortsæt',
    noPassword: 'Har du ingen adgangskode, fordi du plejer at logge ind på en anden måde?',
    choosePassword: 'Vælg en adgangskode først',
    scanTitle: 'Trin 2 af 3: Forbind appen',
    scan: 'Åbn kode-appen, vælg at tilføje en konto, og scan QR-koden.',
    qrLabel: 'QR-kode til kode-appen',
    manualTitle: 'Kan du ikke scanne QR-koden?',
    manual: 'Vælg i appen at skrive en nøgle i stedet, og skriv denne nøgle:',
    openInApp: 'Er appen på denne telefon? Åbn nøglen i appen',
    copy: 'Kopiér nøglen',
    copied: 'Nøglen er kopieret.',
    copyFailed: 'Nøglen kunne ikke kopieres. Markér den, og kopiér den selv.',
    confirmIntro: 'Skriv så den kode på 6 cifre, som appen nu viser for makker.',
    confirmLabel: 'Kode fra appen',
    confirm: 'Slå totrinslogin til',
    cancel: 'Fortryd',
    codesTitle: 'Trin 3 af 3: Gem dine reservekoder',
    done: 'Totrinslogin er slået til.',
    otherSessions: 'Er du logget ind på andre computere eller telefoner, er du nu logget ud der.',
    finish: 'Jeg har gemt koderne',
  },
  recoveryCodes: {
    intro:
      'Mister du din telefon, kan du logge ind med en af disse reservekoder i stedet for en kode fra appen. Hver kode virker kun én gang.',
    keep: 'Udskriv dem, eller gem dem et sikkert sted, fx i en adgangskode-app. Du kan ikke se dem igen her.',
    listLabel: 'Dine reservekoder',
    download: 'Hent som tekstfil',
    print: 'Udskriv',
    fileName: 'makker-reservekoder.txt',
    fileHeading: 'Reservekoder til makker ({{email}})',
    fileNote: 'Hver kode virker kun én gang. Gem dem et sikkert sted.',
  },
  manage: {
    title: 'Totrinslogin',
    on: 'Totrinslogin er slået til. Når du logger ind, skal du bruge både din adgangskode og en kode fra appen på din telefon.',
    newCodesTitle: 'Nye reservekoder',
    newCodesIntro:
      'Har du brugt eller mistet dine reservekoder, kan du lave nye. De gamle holder så op med at virke.',
    newCodesSubmit: 'Lav nye reservekoder',
    newCodesDone: 'Dine nye reservekoder',
    offTitle: 'Slå totrinslogin fra',
    offIntro: 'Så skal du kun bruge din adgangskode, når du logger ind.',
    offPrivileged: 'Du kan ikke se oplysninger om andre, mens totrinslogin er slået fra.',
    offSubmit: 'Slå totrinslogin fra',
    offDone: 'Totrinslogin er slået fra',
    offDoneText: 'Du logger nu ind med din adgangskode alene.',
    setUpAgain: 'Slå totrinslogin til igen',
  },
  myPage: {
    title: 'Totrinslogin',
    required: 'Du skal slå totrinslogin til, før du kan se oplysninger om andre.',
    off: 'Totrinslogin er ikke slået til. Slår du det til, er din konto bedre beskyttet.',
    on: 'Totrinslogin er slået til.',
    setUp: 'Slå totrinslogin til',
    manage: 'Totrinslogin og reservekoder',
  },
};

type TwoFactorMessages = typeof da;

const en: TwoFactorMessages = {
  login: {
    documentTitle: 'Enter the code from your app',
    title: 'Enter the code from your app',
    intro:
      'Your account is protected by two-step login. Open the code app on your phone and enter the 6-digit code it shows for makker right now.',
    codeLabel: 'Code from the app',
    codeHint: '6 digits. The code changes every 30 seconds.',
    submit: 'Log in',
    useRecoveryCode: 'Use a recovery code instead',
    recoveryTitle: 'Enter a recovery code',
    recoveryIntro:
      'Do not have your phone? Use one of the recovery codes you got when you turned on two-step login. Each code works only once.',
    recoveryLabel: 'Recovery code',
    recoveryHint: 'E.g. k7mq2-w9xhd',
    useApp: 'Use the code from the app instead',
    startOver: 'Start over',
    noAccess:
      'Have neither your phone nor your recovery codes? Contact an administrator and we will help you.',
  },
  errors: {
    codeRequired: 'Enter the code from your app.',
    codeFormat: 'The code must be 6 digits, e.g. 123456.',
    codeWrong: 'The code is not right. Try again with the code the app shows now.',
    recoveryRequired: 'Enter a recovery code.',
    recoveryWrong: 'The recovery code is not right, or it has been used. Check that you typed it correctly.',
    tooManyAttempts: 'You have tried too many times. Start over with your password.',
    expired: 'Too much time has passed. Start over with your password.',
    passwordRequired: 'Enter your password.',
    passwordWrong: 'The password is wrong.',
  },
  page: {
    documentTitle: 'Two-step login',
    loading: 'Fetching your details …',
    backToMyPage: 'Back to My page',
  },
  setup: {
    title: 'Turn on two-step login',
    intro:
      'With two-step login you need both your password and a code from an app on your phone when you log in. Then nobody else can log in as you, even if they know your password.',
    needApp:
      'You need a code app on your phone, e.g. Microsoft Authenticator, Google Authenticator or 2FAS. They are free.',
    linkWarning:
      'Once two-step login is on, you can no longer log in with a link by e-mail. You log in with your password and a code from the app.',
    passwordTitle: 'Step 1 of 3: Confirm it is you',
    passwordLabel: 'Your password',
    continue: 'Continue',
    noPassword: 'No password, because you usually log in another way?',
    choosePassword: 'Choose a password first',
    scanTitle: 'Step 2 of 3: Connect the app',
    scan: 'Open the code app, choose to add an account, and scan the QR code.',
    qrLabel: 'QR code for the code app',
    manualTitle: 'Cannot scan the QR code?',
    manual: 'Choose to enter a key in the app instead, and enter this key:',
    openInApp: 'Is the app on this phone? Open the key in the app',
    copy: 'Copy the key',
    copied: 'The key has been copied.',
    copyFailed: 'The key could not be copied. Select it and copy it yourself.',
    confirmIntro: 'Then enter the 6-digit code the app now shows for makker.',
    confirmLabel: 'Code from the app',
    confirm: 'Turn on two-step login',
    cancel: 'Cancel',
    codesTitle: 'Step 3 of 3: Keep your recovery codes',
    done: 'Two-step login is on.',
    otherSessions: 'If you were logged in on other computers or phones, you are now logged out there.',
    finish: 'I have saved the codes',
  },
  recoveryCodes: {
    intro:
      'If you lose your phone, you can log in with one of these recovery codes instead of a code from the app. Each code works only once.',
    keep: 'Print them or keep them somewhere safe, e.g. in a password app. You cannot see them here again.',
    listLabel: 'Your recovery codes',
    download: 'Download as a text file',
    print: 'Print',
    fileName: 'makker-recovery-codes.txt',
    fileHeading: 'Recovery codes for makker ({{email}})',
    fileNote: 'Each code works only once. Keep them somewhere safe.',
  },
  manage: {
    title: 'Two-step login',
    on: 'Two-step login is on. When you log in, you need both your password and a code from the app on your phone.',
    newCodesTitle: 'New recovery codes',
    newCodesIntro:
      'If you have used or lost your recovery codes, you can make new ones. The old ones then stop working.',
    newCodesSubmit: 'Make new recovery codes',
    newCodesDone: 'Your new recovery codes',
    offTitle: 'Turn off two-step login',
    offIntro: 'Then you only need your password when you log in.',
    offPrivileged: 'You cannot see information about other people while two-step login is off.',
    offSubmit: 'Turn off two-step login',
    offDone: 'Two-step login is off',
    offDoneText: 'You now log in with your password alone.',
    setUpAgain: 'Turn two-step login on again',
  },
  myPage: {
    title: 'Two-step login',
    required: 'You need to turn on two-step login before you can see information about other people.',
    off: 'Two-step login is not on. Turning it on protects your account better.',
    on: 'Two-step login is on.',
    setUp: 'Turn on two-step login',
    manage: 'Two-step login and recovery codes',
  },
};

export const twoFactorMessages = { da, en };
