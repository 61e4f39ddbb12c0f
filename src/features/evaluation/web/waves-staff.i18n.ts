/** Texts of the waves on /evaluering (namespace `evaluation`, key `waves`). */
const da = {
  rates: {
    title: 'Svarprocent pr. måling',
    intro:
      'Hvor mange der har fået hver måling, og hvad der er blevet af dem. Tal under {{n}} vises som "< {{n}}", så ingen kan genkendes.',
    wave: 'Måling',
    role: 'Rolle',
    sent: 'Sendt',
    answered: 'Besvaret',
    partly: 'Delvist besvaret',
    open: 'Åbne',
    expired: 'Udløbet',
    answeredRate: 'Svarprocent',
    anyAnswerRate: 'Svar i alt',
    few: '< {{n}}',
    none: 'Ingen målinger er sendt endnu.',
    roles: { peer: 'Peers', mentor: 'Peer-mentorer' },
  },
  settings: {
    title: 'Målinger og påmindelser',
    intro:
      'Målingerne sendes af sig selv til både peer og peer-mentor i hvert forløb. Flytter slutningen sig (pause, forlængelse, tidlig afslutning), følger T2 og T3 med. Ændringer gælder målinger, der sendes herefter.',
    t0: 'T0 sendes den dag, forløbet starter.',
    months: '{{wave}}: antal måneder',
    from: '{{wave}}: regnet fra',
    fromStart: 'forløbets start',
    fromEnd: 'forløbets slutning',
    windowDays: 'Dage til at svare',
    windowHint: 'Mellem 7 og 90 dage.',
    reminderDays: 'Påmindelse på dag',
    reminderHint:
      'Dage efter åbning, adskilt af komma, fx 3, 20 (dag 20 er dagen før, den lukker, ved 21 dage). Mailen siger kun "Du har et spørgeskema i makker".',
    reminderInvalid: 'Skriv hele tal adskilt af komma, fx 3, 20.',
    save: 'Gem målingerne',
    saved: 'Målingerne er gemt.',
  },
};

const en: typeof da = {
  rates: {
    title: 'Response rates per wave',
    intro:
      'How many received each wave and what became of them. Counts under {{n}} are shown as "< {{n}}" so that nobody can be recognised.',
    wave: 'Wave',
    role: 'Role',
    sent: 'Sent',
    answered: 'Answered',
    partly: 'Partly answered',
    open: 'Open',
    expired: 'Expired',
    answeredRate: 'Response rate',
    anyAnswerRate: 'Any answer',
    few: '< {{n}}',
    none: 'No waves have been sent yet.',
    roles: { peer: 'Peers', mentor: 'Mentors' },
  },
  settings: {
    title: 'Waves and reminders',
    intro:
      'The waves go out by themselves to both the peer and the mentor of every mentorship. When the end moves (a pause, an extension, an early end), T2 and T3 follow. Changes apply to waves sent from now on.',
    t0: 'T0 is sent on the day the mentorship starts.',
    months: '{{wave}}: number of months',
    from: '{{wave}}: counted from',
    fromStart: 'the start',
    fromEnd: 'the end',
    windowDays: 'Days to answer',
    windowHint: 'Between 7 and 90 days.',
    reminderDays: 'Reminder on day',
    reminderHint:
      'Days after opening, separated by commas, e.g. 3, 20 (day 20 is the day before it closes with 21 days). The e-mail only says "You have a questionnaire in makker".',
    reminderInvalid: 'Write whole numbers separated by commas, e.g. 3, 20.',
    save: 'Save the waves',
    saved: 'The waves are saved.',
  },
};

export const wavesStaffMessages = { da, en };
