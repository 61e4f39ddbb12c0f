import { eq } from 'drizzle-orm';
import { type Database, lockTransaction, setProgramme } from '../../../server/db.ts';
import type { ProgrammePageContent } from '../programmes.contract.ts';
import { organisation, programme, programmePage } from './programme.table.ts';
import { seedDemoImages } from './seed-demo-images.ts';

export const DEMO_PROGRAMME_SLUG = 'peer-faellesskabet-vejle';

const cafe = [
  { weekday: 2, start: '13:00', end: '16:00', place: 'Caféen, Havnegade 1, 7100 Vejle' },
  { weekday: 4, start: '09:30', end: '12:00', place: 'Caféen, Havnegade 1, 7100 Vejle' },
];

const da: ProgrammePageContent = {
  title: 'Peer-fællesskabet Vejle',
  tagline:
    'En makker, der selv har været der. Til dig, der er kommet ud af et misbrug af alkohol eller stoffer.',
  what: [
    'Peer-fællesskabet er et tilbud fra Vejle Kommune i samarbejde med frivillige. Du får en peer-mentor: en frivillig, der selv har erfaring med misbrug og er kommet videre.',
    'I mødes hver uge eller hver 14. dag i 6 måneder – og 3 måneder mere, hvis I begge vil. I finder selv på, hvad I vil lave: gå en tur, drikke kaffe, træne, se en fodboldkamp. I mødes aldrig hjemme hos hinanden.',
    'Der er også en café to gange om ugen, fælles arrangementer som sommerudflugt og julefrokost og en lukket gruppe på nettet for deltagere og medarbejdere.',
  ],
  who: [
    'Du er 18 år eller ældre og bor i Vejle Kommune.',
    'Du har haft et misbrug af alkohol eller stoffer, eller du er i efterbehandling.',
    'Du er stoffri eller alkoholfri nu – eller stabil i substitutionsbehandling i en længere periode.',
    'Vil du være peer-mentor? Så har du selv erfaring med misbrug og har været ude af misbrug og substitutionsbehandling i mindst 12 måneder. Du får 7 måneders uddannelse og sparring undervejs.',
  ],
  how: [
    'Udfyld en ansøgning her på siden eller ring til os.',
    'Vi inviterer dig til en samtale, hvor vi taler om, hvad du ønsker dig.',
    'Vi finder en makker ud fra jeres egne ønsker. I siger begge ja, før I starter.',
  ],
  contacts: [
    {
      name: 'Projektleder',
      role: 'Peer-fællesskabet, RusmiddelCenter Vejle',
      phone: '76 81 00 00',
      email: 'peer@vejle.example',
    },
    {
      name: 'Projektmedarbejder',
      role: 'Visitation og caféen',
      phone: '76 81 00 01',
      email: 'peer-cafe@vejle.example',
    },
  ],
  cafe,
  support: [
    {
      name: 'Alkolinjen',
      phone: '80 200 500',
      description: 'Anonym rådgivning om alkohol',
      hours: 'Hverdage',
    },
    {
      name: 'Livslinien',
      phone: '70 201 201',
      description: 'Hvis du har tanker om selvmord',
      hours: 'Hver dag 11–05',
    },
    { name: 'Akut: ring 112', phone: '112', description: 'Ved fare for liv', hours: 'Døgnet rundt' },
  ],
};

const en: ProgrammePageContent = {
  title: 'Peer community Vejle',
  tagline: 'A buddy who has been there. For you who have left alcohol or drug abuse behind.',
  what: [
    'The peer community is run by Vejle Municipality together with volunteers. You get a peer mentor: a volunteer with their own experience of abuse who has moved on.',
    'You meet every week or every other week for 6 months – and 3 more months if you both want to. You decide together what to do: a walk, a coffee, training, a football match. You never meet in either person’s home.',
    'There is also a café twice a week, joint events such as a summer trip and a Christmas lunch, and a closed online group for participants and staff.',
  ],
  who: [
    'You are 18 or older and live in Vejle Municipality.',
    'You have had an alcohol or drug problem, or you are in aftercare.',
    'You are free of drugs or alcohol now – or stable on substitution treatment for a longer period.',
    'Want to be a peer mentor? You have your own experience of abuse and have been out of abuse and substitution treatment for at least 12 months. You get 7 months of training and supervision along the way.',
  ],
  how: [
    'Fill in an application on this site or give us a call.',
    'We invite you to a conversation about what you wish for.',
    'We find a buddy based on what you both wish for. You both say yes before you start.',
  ],
  contacts: [
    {
      name: 'Programme lead',
      role: 'Peer community, RusmiddelCenter Vejle',
      phone: '76 81 00 00',
      email: 'peer@vejle.example',
    },
    {
      name: 'Programme worker',
      role: 'Screening and the café',
      phone: '76 81 00 01',
      email: 'peer-cafe@vejle.example',
    },
  ],
  cafe,
  support: [
    {
      name: 'Alkolinjen',
      phone: '80 200 500',
      description: 'Anonymous advice about alcohol (in Danish)',
      hours: 'Weekdays',
    },
    {
      name: 'Livslinien',
      phone: '70 201 201',
      description: 'If you have thoughts of suicide',
      hours: 'Every day 11–05',
    },
    {
      name: 'Emergency: call 112',
      phone: '112',
      description: 'When a life is in danger',
      hours: 'Around the clock',
    },
  ],
};

/** Creates the Vejle-like demo organisation, programme and public page with its images. Returns the programme id. */
export async function seedDemoProgramme(db: Database): Promise<string> {
  return db.transaction(async (tx) => {
    // Instances starting together on one database take turns; the second finds the programme.
    await lockTransaction(tx, 'makker.seed-demo.programmes');
    const existing = await tx
      .select({ id: programme.id })
      .from(programme)
      .where(eq(programme.slug, DEMO_PROGRAMME_SLUG));
    if (existing[0]) return existing[0].id;
    const [org] = await tx
      .insert(organisation)
      .values({ slug: 'vejle-kommune', name: 'Vejle Kommune' })
      .onConflictDoUpdate({ target: organisation.slug, set: { name: 'Vejle Kommune' } })
      .returning({ id: organisation.id });
    const [created] = await tx
      .insert(programme)
      .values({
        organisationId: org!.id,
        slug: DEMO_PROGRAMME_SLUG,
        name: 'Peer-fællesskabet Vejle',
        municipalityCodes: ['630'],
        defaultLocale: 'da',
      })
      .returning({ id: programme.id });
    const programmeId = created!.id;
    await setProgramme(tx, programmeId);
    await tx.insert(programmePage).values([
      { programmeId, locale: 'da', content: da },
      { programmeId, locale: 'en', content: en },
    ]);
    await seedDemoImages(tx, programmeId);
    return programmeId;
  });
}
