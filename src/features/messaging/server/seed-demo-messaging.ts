/**
 * The demo programme's pair messages (once), dated relative to now: the demo peer and mentor
 * arrange their walks; two other pairs write a little, one closed pair's thread is read-only, and
 * one message about borrowing money was reported, so staff's queue has something in it.
 */
import { count } from 'drizzle-orm';
import { type Database, lockTransaction, type Tx } from '../../../server/db.ts';
import { findPairs, type PairFacts } from '../../mentorships/server/index.ts';
import { sealMessage, sealReason } from './message-text.ts';
import { pairMessage, pairMessageReport } from './messaging.table.ts';

type Line = { by: 'peer' | 'mentor'; hoursAgo: number; text: string };

const DEMO_PAIR: Line[] = [
  { by: 'mentor', hoursAgo: 74, text: 'Hej Jonas! Skal vi gå en tur på torsdag?' },
  { by: 'peer', hoursAgo: 73, text: 'Ja gerne. Kl. 10 ved havnen?' },
  { by: 'mentor', hoursAgo: 72, text: 'Perfekt, vi ses ved bænken ved fjorden.' },
  { by: 'peer', hoursAgo: 20, text: 'Tak for turen. Det var godt at snakke.' },
];
const OTHERS: Line[][] = [
  [
    { by: 'peer', hoursAgo: 50, text: 'Jeg kommer lidt senere i morgen, er det ok?' },
    { by: 'mentor', hoursAgo: 49, text: 'Helt fint. Skriv når du er på vej.' },
  ],
  [
    { by: 'mentor', hoursAgo: 30, text: 'Ses vi i caféen tirsdag?' },
    { by: 'peer', hoursAgo: 28, text: 'Kan du låne mig 500 kr? Jeg betaler tilbage.' },
    { by: 'mentor', hoursAgo: 27, text: 'Det kan jeg ikke, men lad os tale om det tirsdag.' },
  ],
];
const CLOSED: Line[] = [
  { by: 'mentor', hoursAgo: 24 * 20, text: 'Tak for et godt forløb. Pas godt på dig selv.' },
  { by: 'peer', hoursAgo: 24 * 20 - 2, text: 'I lige måde. Vi ses i caféen.' },
];

async function write(tx: Tx, pair: PairFacts, lines: Line[], now: Date) {
  const ids: string[] = [];
  for (const line of lines) {
    const senderId = line.by === 'peer' ? pair.peerId : pair.mentorId;
    if (!senderId) continue;
    const id = crypto.randomUUID();
    ids.push(id);
    await tx.insert(pairMessage).values({
      id,
      programmeId: pair.programmeId,
      mentorshipId: pair.id,
      senderId,
      textSealed: sealMessage(id, line.text),
      sentAt: new Date(now.getTime() - line.hoursAgo * 3_600_000),
    });
  }
  return ids;
}

/** Seeds the demo threads unless the programme has messages already. */
export async function seedDemoMessaging(
  db: Database,
  programmeId: string,
  demo: { peerId: string | null; mentorId: string | null },
  now = new Date(),
): Promise<void> {
  await db.withProgramme(programmeId, async (tx) => {
    await lockTransaction(tx, 'makker.seed-demo.messaging');
    const [existing] = await tx.select({ n: count() }).from(pairMessage);
    if (Number(existing?.n ?? 0) > 0) return;
    const pairs = await findPairs(tx);
    const demoPair = pairs.find((p) => p.peerId === demo.peerId && p.mentorId === demo.mentorId);
    if (demoPair) await write(tx, demoPair, DEMO_PAIR, now);
    const others = pairs.filter(
      (p) => p !== demoPair && ['active', 'paused'].includes(p.state) && p.peerId && p.mentorId,
    );
    for (const [i, lines] of OTHERS.entries()) {
      const pair = others[i];
      if (!pair) break;
      const ids = await write(tx, pair, lines, now);
      if (i === 1 && ids[1]) {
        const reportId = crypto.randomUUID();
        await tx.insert(pairMessageReport).values({
          id: reportId,
          programmeId,
          messageId: ids[1],
          reporterId: pair.mentorId,
          reasonSealed: sealReason(reportId, 'Jeg bliver utryg, når der bliver spurgt om penge.'),
          reportedAt: new Date(now.getTime() - 26 * 3_600_000),
        });
      }
    }
    const closed = pairs.find((p) => p.state === 'closed' && p.peerId && p.mentorId);
    if (closed) await write(tx, closed, CLOSED, now);
  });
}
