/**
 * Texts of the questionnaire pages, namespace `evaluation`. A peer may read them on a small phone
 * on a hard day: short sentences, one thing at a time, and never a score without what it means.
 * The questions themselves come from the instruments' approved language versions, not from here.
 */
import { evaluationStaffMessages } from './evaluation-staff.i18n.ts';
import { wavesStaffMessages } from './waves-staff.i18n.ts';

const da = {
  documentTitle: 'Din trivsel',
  title: 'Din trivsel',
  intro:
    'Her kan du svare på projektets spørgeskemaer og se, hvordan det går for dig over tid. Dine svar er kun dine: din makker ser dem aldrig, og medarbejderne ser kun, om du har svaret.',
  loading: 'Henter …',
  retry: 'Prøv igen',
  none: 'Du har ingen spørgeskemaer endnu.',
  notForYou: 'Spørgeskemaerne er for peers og peer-mentorer i et projekt.',
  backToMyPage: 'Gå til Min side',
  wave: { T0: 'Start', T1: 'Efter 3 måneder', T2: 'Slut', T3: '3 måneder efter' },
  role: { peer: 'som peer', mentor: 'som peer-mentor' },
  state: {
    upcoming: 'Åbner {{date}}',
    open: 'Klar til dig – lukker {{date}}',
    'in-progress': 'Du er i gang – lukker {{date}}',
    completed: 'Besvaret',
    closed: 'Lukket',
  },
  questionnaires: {
    title: 'Dine spørgeskemaer',
    answer: 'Svar nu',
    continue: 'Fortsæt',
    progress: '{{answered}} af {{questions}} spørgsmål',
  },
  support: {
    title: 'Har du det svært lige nu?',
    text: 'Dine svar tyder på, at du har det hårdt. Du er ikke alene. Ring til en af dem her, eller tal med din kontaktperson i projektet.',
    told: 'Du har sagt ja til, at en medarbejder må kontakte dig, så de får besked om, at du kan have brug for en snak.',
  },
  results: {
    title: 'Dine resultater',
    show: 'Vis mine resultater',
    hide: 'Skjul mine resultater',
    intro: 'Kun du kan se dette. Tallene kommer fra dine egne svar ved hver måling.',
    none: 'Når du har besvaret et spørgeskema, kan du se dine resultater her.',
    wave: 'Måling',
    score: 'Resultat',
    outOf: '{{value}} (fra {{min}} til {{max}})',
    missing: 'Ikke beregnet – et spørgsmål blev sprunget over',
    higherIsBetter: 'Et højere tal er bedre.',
    higherIsWorse: 'Et lavere tal er bedre.',
    explain: {
      'who-5':
        'Trivsel de sidste 2 uger, fra 0 til 100. Over 50 er godt; 50 eller derunder betyder, at du har haft det svært.',
      't-ils': 'Hvor ofte du føler dig ensom, fra 3 til 9. 7 eller derover er meget ensomt.',
      'life-satisfaction': 'Hvor tilfreds du er med dit liv, fra 0 til 10.',
      'pearlin-mastery': 'Hvor meget du selv har styr på dit liv, fra 7 til 28.',
      'state-hope': 'Håb: om du ser veje frem og har kræfter til at gå dem, fra 6 til 48.',
      'barc-10': 'Det, der hjælper dig til at holde fast: mennesker, energi, et sted at bo, fra 10 til 60.',
      'lsns-6': 'Hvor mange i familien og blandt vennerne du kan regne med, fra 0 til 30.',
      swls: 'Hvor tilfreds du er med dit liv, fra 5 til 35.',
      'adult-hope': 'Håb om fremtiden, fra 8 til 64.',
    },
  },
  network: {
    title: 'Dit netværk',
    intro:
      'Billedet viser de vigtige mennesker, du har skrevet op. Jo tættere på dig, jo oftere har I kontakt. Grøn: bruger ikke stoffer og drikker ikke for meget. Orange: bruger. Grå: ved ikke.',
    you: 'Dig',
    figure_one: 'Dit netværk ved målingen {{wave}}: {{count}} person',
    figure_other: 'Dit netværk ved målingen {{wave}}: {{count}} personer',
    measures:
      '{{nonusing}} uden stoffer eller for meget alkohol, heraf {{weekly}}, du ser hver uge. {{supportive}} støtter, at du er stoffri.',
    tableCaption: 'Dit netværk ved målingen {{wave}}, som tabel',
    nickname: 'Kaldenavn',
  },
  answer: {
    documentTitle: 'Spørgeskema',
    progress: 'Spørgsmål {{n}} af {{total}}',
    progressLabel: 'Hvor langt du er',
    next: 'Gem og videre',
    skip: 'Spring over',
    skipHint: 'Du kan springe et spørgsmål over, hvis du ikke vil svare. Det tæller ikke som et nul.',
    back: 'Tilbage',
    stop: 'Stop og fortsæt senere',
    stopHint: 'Dine svar er gemt. Du kan fortsætte, når du vil, indtil spørgeskemaet lukker.',
    saved: 'Gemt',
    count: 'Antal dage (0–30)',
    date: 'Dato',
    shownInEnglish: 'Dette spørgsmål findes endnu ikke på dansk, så det står på engelsk.',
    shownInDanish: 'This question is not yet available in English, so it is shown in Danish.',
    done: {
      title: 'Du er igennem alle spørgsmål',
      text: 'Tryk på Afslut, når du er klar. Spørgsmål, du sprang over, bliver ikke talt med.',
      finish: 'Afslut',
      skipped_one: 'Du sprang {{count}} spørgsmål over.',
      skipped_other: 'Du sprang {{count}} spørgsmål over.',
    },
    thanks: 'Tak for dine svar.',
    closed: 'Spørgeskemaet kan ikke besvares nu.',
  },
  roster: {
    add: 'Tilføj en person',
    remove: 'Fjern {{nickname}}',
    person: 'Person {{n}}',
    nickname: 'Kaldenavn eller forbogstaver',
    max: 'Du kan skrive op til 10 personer.',
    empty: 'Du har ikke skrevet nogen op. Det er også et svar.',
    nicknameMissing: 'Skriv et kaldenavn eller forbogstaver',
  },
};

type Messages = typeof da;

const en: Messages = {
  documentTitle: 'Your well-being',
  title: 'Your well-being',
  intro:
    "Here you can answer the programme's questionnaires and see how you are doing over time. Your answers are yours alone: your partner never sees them, and staff only see whether you have answered.",
  loading: 'Loading …',
  retry: 'Try again',
  none: 'You have no questionnaires yet.',
  notForYou: 'The questionnaires are for peers and mentors in a programme.',
  backToMyPage: 'Go to My page',
  wave: { T0: 'Start', T1: 'After 3 months', T2: 'End', T3: '3 months after' },
  role: { peer: 'as a peer', mentor: 'as a mentor' },
  state: {
    upcoming: 'Opens {{date}}',
    open: 'Ready for you – closes {{date}}',
    'in-progress': 'You have started – closes {{date}}',
    completed: 'Answered',
    closed: 'Closed',
  },
  questionnaires: {
    title: 'Your questionnaires',
    answer: 'Answer now',
    continue: 'Continue',
    progress: '{{answered}} of {{questions}} questions',
  },
  support: {
    title: 'Having a hard time right now?',
    text: 'Your answers suggest you are having a hard time. You are not alone. Call one of these, or talk to your contact person in the programme.',
    told: 'You agreed that a member of staff may contact you, so they are told you may need a talk.',
  },
  results: {
    title: 'Your results',
    show: 'Show my results',
    hide: 'Hide my results',
    intro: 'Only you can see this. The numbers come from your own answers at each wave.',
    none: 'Once you have answered a questionnaire, you can see your results here.',
    wave: 'Wave',
    score: 'Result',
    outOf: '{{value}} (from {{min}} to {{max}})',
    missing: 'Not calculated – a question was skipped',
    higherIsBetter: 'A higher number is better.',
    higherIsWorse: 'A lower number is better.',
    explain: {
      'who-5':
        'Well-being over the last 2 weeks, from 0 to 100. Above 50 is good; 50 or below means you have had a hard time.',
      't-ils': 'How often you feel lonely, from 3 to 9. 7 or more is very lonely.',
      'life-satisfaction': 'How satisfied you are with your life, from 0 to 10.',
      'pearlin-mastery': 'How much you feel in charge of your own life, from 7 to 28.',
      'state-hope': 'Hope: whether you see ways forward and have the energy to take them, from 6 to 48.',
      'barc-10': 'What helps you stay on track: people, energy, a place to live, from 10 to 60.',
      'lsns-6': 'How many relatives and friends you can count on, from 0 to 30.',
      swls: 'How satisfied you are with your life, from 5 to 35.',
      'adult-hope': 'Hope for the future, from 8 to 64.',
    },
  },
  network: {
    title: 'Your network',
    intro:
      'The picture shows the important people you listed. The closer to you, the more often you are in touch. Green: does not use drugs or drink too much. Orange: uses. Grey: don’t know.',
    you: 'You',
    figure_one: 'Your network at the wave {{wave}}: {{count}} person',
    figure_other: 'Your network at the wave {{wave}}: {{count}} people',
    measures:
      '{{nonusing}} without drugs or too much alcohol, {{weekly}} of them you see every week. {{supportive}} support you being drug-free.',
    tableCaption: 'Your network at the wave {{wave}}, as a table',
    nickname: 'Nickname',
  },
  answer: {
    documentTitle: 'Questionnaire',
    progress: 'Question {{n}} of {{total}}',
    progressLabel: 'How far you are',
    next: 'Save and continue',
    skip: 'Skip',
    skipHint: 'You can skip a question if you would rather not answer. It does not count as a zero.',
    back: 'Back',
    stop: 'Stop and continue later',
    stopHint: 'Your answers are saved. You can continue whenever you like until the questionnaire closes.',
    saved: 'Saved',
    count: 'Number of days (0–30)',
    date: 'Date',
    shownInEnglish: 'Dette spørgsmål findes endnu ikke på dansk, så det står på engelsk.',
    shownInDanish: 'This question is not yet available in English, so it is shown in Danish.',
    done: {
      title: 'You have been through all the questions',
      text: 'Press Finish when you are ready. Questions you skipped are not counted.',
      finish: 'Finish',
      skipped_one: 'You skipped {{count}} question.',
      skipped_other: 'You skipped {{count}} questions.',
    },
    thanks: 'Thank you for your answers.',
    closed: 'The questionnaire cannot be answered now.',
  },
  roster: {
    add: 'Add a person',
    remove: 'Remove {{nickname}}',
    person: 'Person {{n}}',
    nickname: 'Nickname or initials',
    max: 'You can list up to 10 people.',
    empty: 'You have not listed anyone. That is an answer too.',
    nicknameMissing: 'Write a nickname or initials',
  },
};

export const evaluationMessages = {
  da: { ...da, staff: evaluationStaffMessages.da, waves: wavesStaffMessages.da },
  en: { ...en, staff: evaluationStaffMessages.en, waves: wavesStaffMessages.en },
};
