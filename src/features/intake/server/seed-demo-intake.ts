/**
 * The demo programme's intake: Vejle's rules, its area's postcodes, other places to get help, a
 * privacy notice with two consents, and applications in every screening state (peers waiting,
 * a mentor applicant who is not yet 12 months out of substitution treatment and sent anyway).
 * Over 400 lines because most of it is the demo applicants themselves, written out as data so a
 * reader sees every state of screening; the insert code is the last hundred lines.
 */
import { randomUUID } from 'node:crypto';
import { type Database, lockTransaction, type Tx } from '../../../server/db.ts';
import { fieldContext, sealText } from '../../../server/field-encryption.ts';
import { newProgrammeToken } from '../../../server/programme-token.ts';
import { copenhagenDate, copenhagenInstant } from '../../../shared/calendar-date.ts';
import type { ApplicantRole, EligibilityAnswers } from '../eligibility.contract.ts';
import { addCalendarMonths, evaluateEligibility } from '../eligibility.ts';
import type { ApplicationAnswers, ApplicationStatus } from '../intake.contract.ts';
import { VEJLE_ELIGIBILITY_RULES } from '../vejle-eligibility-rules.ts';
import {
  application,
  applicationConsent,
  applicationEvent,
  intakeSettings,
  interview,
  privacyNotice,
} from './intake.table.ts';
import { notesContext } from './interview-view.ts';

/** Postcodes in Vejle Kommune that the programme lists for its area (each pre-selects 630). */
const VEJLE_AREA_POSTCODES = ['6040', '7080', '7100', '7120', '7173', '7182', '7183', '7300', '7321', '7323'];

export const DEMO_NOTICE = {
  da: [
    'Når du søger, gemmer vi de oplysninger, du giver os: navn, kontakt, fødselsdato, bopæl og dine svar om misbrug og behandling. Svarene om misbrug er helbredsoplysninger, og vi passer ekstra godt på dem.',
    'Kun medarbejderne i Peer-fællesskabet kan se din ansøgning, og hver gang nogen ser den, bliver det skrevet ned. Du kan altid se, hvem der har set dine data.',
    'Får du ikke en plads, sletter vi din ansøgning efter et halvt år. Du kan trække et samtykke tilbage når som helst.',
  ].join('\n\n'),
  en: [
    'When you apply, we keep the information you give us: name, contact, date of birth, where you live and your answers about abuse and treatment. The answers about abuse are health data, and we take extra care of them.',
    'Only the staff of Peer-fællesskabet can see your application, and every time someone looks at it, it is recorded. You can always see who has seen your data.',
    'If you do not get a place, we delete your application after half a year. You can withdraw a consent at any time.',
  ].join('\n\n'),
};

export const DEMO_CONSENTS = [
  {
    key: 'processing',
    required: true,
    label: {
      da: 'Jeg giver samtykke til, at Peer-fællesskabet behandler mine oplysninger, også om misbrug, for at vurdere min ansøgning.',
      en: 'I consent to Peer-fællesskabet processing my information, including about abuse, to assess my application.',
    },
  },
  {
    key: 'evaluation',
    required: false,
    label: {
      da: 'Jeg vil gerne spørges, om jeg vil være med i evalueringen (spørgeskemaer undervejs).',
      en: 'I would like to be asked to take part in the evaluation (questionnaires along the way).',
    },
  },
  {
    // The evaluation tells staff about a low well-being score or a relapse only with this one.
    key: 'evaluation-contact',
    required: false,
    label: {
      da: 'Hvis mine svar i et spørgeskema viser, at jeg har det svært, må en medarbejder kontakte mig.',
      en: 'If my answers in a questionnaire show that I am having a hard time, a member of staff may contact me.',
    },
  },
];

interface DemoApplicant {
  role: ApplicantRole;
  name: string;
  email?: string;
  phone?: string;
  postcode: string;
  /** Birth year offset etc. are expressed as dates relative to today. */
  eligibility: (today: string) => EligibilityAnswers;
  hopes: string;
  interests: ApplicationAnswers['interests'];
  ownWords?: string;
  /** Days since sent, and the path through screening: [status, reason?][]. */
  daysAgo: number;
  path: [ApplicationStatus, string?][];
  /** The demo login this application became (approved, invitation accepted). */
  account?: DemoAccountRole;
  /** The screening interview: days from today (negative: held), its time, notes and checklist. */
  interview?: {
    inDays: number;
    time: string;
    place: string;
    notes?: string;
    checklist?: Record<string, boolean>;
  };
}

type DemoAccountRole = 'peer' | 'mentor';

const ago = (today: string, months: number) => addCalendarMonths(today, -months);
const peerAnswers =
  (years: number, freeMonths: number) =>
  (today: string): EligibilityAnswers => ({
    birthDate: ago(today, years * 12 + 3),
    municipalityCode: '630',
    abuseHistory: 'yes',
    abuseFreeSince: ago(today, freeMonths),
    substitution: 'never',
  });

const APPLICANTS: DemoApplicant[] = [
  {
    role: 'peer',
    name: 'Sofie Lund',
    phone: '+4520304050',
    postcode: '7100',
    eligibility: peerAnswers(34, 3),
    hopes: 'En at gå ture med og snakke med om hverdagen.',
    interests: ['walk', 'coffee'],
    daysAgo: 2,
    path: [],
  },
  {
    role: 'peer',
    name: 'Mads Kristensen',
    email: 'mads.k@makker.example',
    postcode: '7120',
    eligibility: peerAnswers(41, 5),
    hopes: 'Komme ud blandt folk igen. Jeg kan godt lide fodbold.',
    interests: ['football', 'sport'],
    daysAgo: 6,
    path: [['contacted']],
  },
  {
    role: 'peer',
    name: 'Line Mortensen',
    phone: '+4521314151',
    postcode: '7080',
    eligibility: (today) => ({
      ...peerAnswers(29, 0)(today),
      abuseFreeSince: undefined,
      substitution: 'current',
      substitutionSince: ago(today, 14),
    }),
    hopes: 'Nogen der forstår, hvordan det er.',
    interests: ['cafe', 'culture'],
    daysAgo: 9,
    path: [['contacted'], ['interview-booked']],
    interview: { inDays: 3, time: '10:00', place: 'Caféen, Vestergade 8, Vejle' },
  },
  {
    role: 'peer',
    name: 'Peter Holm',
    email: 'peter.holm@makker.example',
    postcode: '7300',
    eligibility: peerAnswers(52, 8),
    hopes: 'Få en fast aftale hver uge.',
    interests: ['nature', 'walk'],
    daysAgo: 40,
    path: [
      ['contacted'],
      ['interview-booked'],
      ['waiting-list', 'Egnet; venter på en ledig mentor med interesse for naturen.'],
    ],
  },
  {
    role: 'peer',
    name: 'Camilla Bech',
    phone: '+4522324252',
    postcode: '7100',
    eligibility: peerAnswers(23, 4),
    hopes: 'Lære at lave mad og spise sammen med andre.',
    interests: ['cooking', 'cafe'],
    daysAgo: 33,
    path: [['contacted'], ['waiting-list', 'Egnet; venter på næste match-runde.']],
  },
  {
    role: 'peer',
    name: 'Anders Vestergaard',
    email: 'anders.v@makker.example',
    postcode: '7100',
    eligibility: peerAnswers(45, 10),
    hopes: 'En makker til træning.',
    interests: ['training', 'sport'],
    daysAgo: 70,
    path: [
      ['contacted'],
      ['interview-booked'],
      ['approved', 'Motiveret, stabil i 10 måneder; passer godt til en af mentorerne fra hold 1.'],
    ],
    interview: {
      inDays: -40,
      time: '09:30',
      place: 'Caféen, Vestergade 8, Vejle',
      notes: 'Vil gerne træne sammen med en mentor; ønsker en mand.',
      checklist: { motivation: true, 'wishes-discussed': true },
    },
  },
  {
    role: 'peer',
    name: 'Jesper Dam',
    phone: '+4523334353',
    postcode: '7000',
    eligibility: (today) => ({ ...peerAnswers(38, 6)(today), municipalityCode: '607' }),
    hopes: 'Jeg vil gerne have en at tale med.',
    interests: ['coffee'],
    ownWords: 'Jeg bor i Fredericia, men arbejder i Vejle hver dag.',
    daysAgo: 12,
    path: [
      ['contacted'],
      ['declined', 'Bor uden for Vejle Kommune; henvist til Fredericias tilbud og Alkolinjen.'],
    ],
  },
  {
    role: 'peer',
    name: 'Nadia Østergaard',
    email: 'nadia.o@makker.example',
    postcode: '7182',
    eligibility: (today) => ({
      ...peerAnswers(19, 1)(today),
      birthDate: addCalendarMonths(today, -(17 * 12 + 11)),
    }),
    hopes: 'At finde nogen i min alder.',
    interests: ['games', 'cafe'],
    ownWords: 'Jeg bliver 18 om en måned.',
    daysAgo: 1,
    path: [],
  },
  {
    role: 'mentor',
    name: 'Henrik Poulsen',
    email: 'henrik.p@makker.example',
    postcode: '7100',
    eligibility: (today) => ({
      birthDate: ago(today, 48 * 12),
      municipalityCode: '630',
      abuseHistory: 'yes',
      abuseFreeSince: ago(today, 60),
      substitution: 'never',
    }),
    hopes: 'Give noget videre af det, jeg selv fik.',
    interests: ['walk', 'football'],
    daysAgo: 4,
    path: [],
  },
  {
    role: 'mentor',
    name: 'Birgitte Mikkelsen',
    phone: '+4524344454',
    postcode: '7323',
    eligibility: (today) => ({
      birthDate: ago(today, 39 * 12),
      municipalityCode: '630',
      abuseHistory: 'yes',
      abuseFreeSince: ago(today, 36),
      substitution: 'ended',
      substitutionSince: ago(today, 30),
    }),
    hopes: 'Være der for en, der står, hvor jeg stod.',
    interests: ['coffee', 'nature'],
    daysAgo: 15,
    path: [['contacted'], ['interview-booked']],
    interview: {
      inDays: -1,
      time: '13:30',
      place: 'Mødelokale 2, Rusmiddelcentret',
      notes: 'Tydelig motivation, har selv haft en mentor. Referencer mangler endnu.',
      checklist: { motivation: true, 'recovery-stability': true },
    },
  },
  {
    role: 'mentor',
    name: 'Thomas Ravn',
    email: 'thomas.r@makker.example',
    postcode: '6040',
    eligibility: (today) => ({
      birthDate: ago(today, 44 * 12),
      municipalityCode: '630',
      abuseHistory: 'yes',
      abuseFreeSince: ago(today, 30),
      substitution: 'ended',
      substitutionSince: ago(today, 8),
    }),
    hopes: 'Bruge min erfaring til noget godt.',
    interests: ['sport', 'training'],
    ownWords:
      'Jeg har været stoffri i over to år og stoppede helt med medicin for 8 måneder siden. Jeg føler mig klar.',
    daysAgo: 3,
    path: [],
  },
  {
    role: 'mentor',
    name: 'Lene Skov',
    email: 'lene.s@makker.example',
    postcode: '7120',
    eligibility: (today) => ({
      birthDate: ago(today, 55 * 12),
      municipalityCode: '630',
      abuseHistory: 'yes',
      abuseFreeSince: ago(today, 96),
      substitution: 'never',
    }),
    hopes: 'Jeg vil gerne være mentor og lære af hold-undervisningen.',
    interests: ['culture', 'cafe'],
    daysAgo: 120,
    path: [
      ['contacted'],
      ['interview-booked'],
      ['approved', 'Stærk motivation, referencer kontaktet; tilbudt plads på hold 2.'],
    ],
  },
  // The demo peer's and mentor's own applications, long since approved: Min side shows them.
  {
    role: 'peer',
    name: 'Jonas Hansen',
    email: 'peer@makker.example',
    postcode: '7100',
    eligibility: peerAnswers(29, 14),
    hopes: 'En at drikke kaffe og gå til fodbold med, som ved, hvordan det er at starte forfra.',
    interests: ['coffee', 'football', 'walk'],
    daysAgo: 150,
    path: [['contacted'], ['interview-booked'], ['approved', 'Klar til at blive matchet.']],
    account: 'peer',
  },
  {
    role: 'mentor',
    name: 'Mette Nielsen',
    email: 'mentor@makker.example',
    postcode: '7100',
    eligibility: (today) => ({
      birthDate: ago(today, 47 * 12),
      municipalityCode: '630',
      abuseHistory: 'yes',
      abuseFreeSince: ago(today, 72),
      substitution: 'never',
    }),
    hopes: 'At give noget videre af det, jeg selv fik, da jeg var på vej ud af det.',
    interests: ['walk', 'nature', 'cooking'],
    daysAgo: 400,
    path: [['contacted'], ['interview-booked'], ['approved', 'Stabil i mange år, gode referencer.']],
    account: 'mentor',
  },
];

async function insertApplicant(
  tx: Tx,
  programmeId: string,
  a: DemoApplicant,
  now: Date,
  staffId: string | null,
  accounts: Partial<Record<DemoAccountRole, string>>,
) {
  const id = randomUUID();
  const today = copenhagenDate(now);
  const sentAt = new Date(now.getTime() - a.daysAgo * 86_400_000);
  const eligibilityAnswers = a.eligibility(today);
  const eligibility = evaluateEligibility(VEJLE_ELIGIBILITY_RULES[a.role], eligibilityAnswers, {
    today,
    municipalityCodes: ['630'],
  });
  const { token, hash } = newProgrammeToken(programmeId);
  const status = a.path.at(-1)?.[0] ?? 'new';
  const decided = ['approved', 'waiting-list', 'declined', 'withdrawn'].includes(status);
  const seal = (text: string | undefined, column: string) =>
    text ? sealText(text, fieldContext('application', column, id)) : null;
  await tx.insert(application).values({
    id,
    programmeId,
    role: a.role,
    status,
    tokenHash: hash,
    tokenSealed: seal(token, 'token_sealed'),
    name: a.name,
    email: a.email ?? null,
    phone: a.phone ?? null,
    municipalityCode: eligibilityAnswers.municipalityCode ?? null,
    answers: {
      postcode: a.postcode,
      eligibility: eligibilityAnswers,
      interests: a.interests,
      availability: { weekdays: [2, 4], partsOfDay: ['afternoon'] },
      heardFrom: 'treatment',
    },
    hopesSealed: seal(a.hopes, 'hopes_sealed'),
    ownWordsSealed: seal(a.ownWords, 'own_words_sealed'),
    eligibility,
    eligibilityOutcome: eligibility.outcome,
    noticeVersion: 1,
    submittedAt: sentAt,
    decidedAt: decided ? new Date(sentAt.getTime() + (a.daysAgo / 2) * 86_400_000) : null,
    userId: a.account ? (accounts[a.account] ?? null) : null,
    createdAt: new Date(sentAt.getTime() - 20 * 60_000),
    updatedAt: sentAt,
  });
  await tx
    .insert(applicationConsent)
    .values({ programmeId, applicationId: id, key: 'processing', noticeVersion: 1, givenAt: sentAt });
  if (a.account) {
    // The demo peer and mentor take part in the evaluation and agreed to be contacted.
    for (const key of ['evaluation', 'evaluation-contact']) {
      await tx
        .insert(applicationConsent)
        .values({ programmeId, applicationId: id, key, noticeVersion: 1, givenAt: sentAt });
    }
  }
  if (a.interview) {
    const day = copenhagenDate(new Date(now.getTime() + a.interview.inDays * 86_400_000));
    const startsAt = copenhagenInstant(day, a.interview.time);
    await tx.insert(interview).values({
      programmeId,
      applicationId: id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 45 * 60_000),
      place: a.interview.place,
      notesSealed: a.interview.notes ? sealText(a.interview.notes, notesContext(id)) : null,
      checklist: a.interview.checklist ?? {},
      bookedBy: staffId,
    });
  }
  const steps: [ApplicationStatus, string?][] = [['new'], ...a.path];
  for (let i = 0; i < steps.length; i++) {
    const [to, reason] = steps[i]!;
    const eventId = randomUUID();
    const at = new Date(sentAt.getTime() + (i * a.daysAgo * 86_400_000) / (2 * steps.length));
    await tx.insert(applicationEvent).values({
      id: eventId,
      programmeId,
      applicationId: id,
      fromStatus: i === 0 ? 'draft' : steps[i - 1]![0],
      toStatus: to,
      actorId: i === 0 ? null : staffId,
      reasonSealed: reason
        ? sealText(reason, fieldContext('application_event', 'reason_sealed', eventId))
        : null,
      at,
    });
  }
}

/** Seeds the intake of the demo programme (once: a second call changes nothing). */
export async function seedDemoIntake(
  db: Database,
  programmeId: string,
  staffId: string | null,
  now = new Date(),
  /** The demo peer's and mentor's accounts, to which their own applications belong. */
  accounts: Partial<Record<DemoAccountRole, string>> = {},
) {
  await db.withProgramme(programmeId, async (tx) => {
    // Two instances may start at once on one PostgreSQL database: they take turns.
    await lockTransaction(tx, 'makker.seed-demo.intake');
    const existing = await tx.select({ id: intakeSettings.programmeId }).from(intakeSettings);
    if (existing.length > 0) return;
    await tx.insert(intakeSettings).values({
      programmeId,
      eligibilityRules: VEJLE_ELIGIBILITY_RULES,
      areaPostcodes: VEJLE_AREA_POSTCODES.map((postcode) => ({ postcode, municipalityCode: '630' })),
      otherHelp: {
        da: [
          { name: 'Alkolinjen', phone: '80 200 500', description: 'Anonym og gratis rådgivning om alkohol.' },
          {
            name: 'RusmiddelCenter Vejle',
            phone: '76 81 00 00',
            description: 'Behandling og rådgivning i Vejle Kommune.',
          },
          {
            name: 'Stofrådgivningen',
            description: 'Rådgivning om stoffer, også til pårørende (find dem på nettet).',
          },
        ],
        en: [
          { name: 'Alkolinjen', phone: '80 200 500', description: 'Anonymous, free advice about alcohol.' },
          {
            name: 'RusmiddelCenter Vejle',
            phone: '76 81 00 00',
            description: 'Treatment and advice in Vejle Municipality.',
          },
          {
            name: 'Stofrådgivningen',
            description: 'Advice about drugs, also for relatives (find them online).',
          },
        ],
      },
    });
    await tx
      .insert(privacyNotice)
      .values({ programmeId, version: 1, text: DEMO_NOTICE, consents: DEMO_CONSENTS, publishedBy: null });
    for (const applicant of APPLICANTS) {
      await insertApplicant(tx, programmeId, applicant, now, staffId, accounts);
    }
  });
}
