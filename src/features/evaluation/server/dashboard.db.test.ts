/**
 * The dashboard, the report and the research export over HTTP on a real database: six peers
 * answered T0 and T2, three also T1; staff and researchers see T2 with its numbers and T1
 * suppressed (fewer than 5), nobody else sees anything; the PDF's text says what the page says;
 * the researcher's CSV has keyed pseudonyms, no names or nicknames, birth-year bands, and every
 * included person's trail gets an "export"; a stale login must log in again.
 */
import { and, eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { requireUser } from '../../../server/access.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import type { Dashboard } from '../dashboard.contract.ts';
import { addDays } from '../instruments/wave-schedule.ts';
import type { Wave } from '../questionnaire.contract.ts';
import { exportResearchData, pseudonymOf } from './export-research.ts';
import { answerDemo } from './seed-demo-evaluation.ts';
import { seedInstruments } from './seed-instruments.ts';

describe('evaluation dashboard, report and export', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let researcher: TestPerson;
  let admin: TestPerson;
  let peers: TestPerson[];
  const today = copenhagenDate();
  const api = (path: string) => `/api/programmes/${programmeId}${path}`;

  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await createProgramme(s.t.db, 'Evaluering')).id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    researcher = await addPerson(s, { programmeId, roles: ['researcher'] });
    admin = await addPerson(s, { programmeId, roles: ['admin'] });
    peers = [];
    for (let i = 0; i < 6; i++)
      peers.push(await addPerson(s, { programmeId, roles: ['peer'], name: `Navnemarkør${i} Peer` }));
    await s.t.db.withProgramme(programmeId, async (tx) => {
      await seedInstruments(tx, programmeId);
      let seed = 1;
      for (const [i, p] of peers.entries()) {
        const plan: [Wave, number, number][] = [
          ['T0', -200, 0.3],
          ['T2', -20, 0.6 + i * 0.05],
          ...(i < 3 ? [['T1', -100, 0.45] as [Wave, number, number]] : []),
        ];
        for (const [wave, opens, level] of plan)
          await answerDemo(
            tx,
            programmeId,
            {
              userId: p.id,
              request: {
                wave,
                role: 'peer',
                opensOn: addDays(today, opens),
                closesOn: addDays(today, opens + 21),
              },
              level,
              roster: [{ nickname: 'Kælenavnmarkør', role: 2, contact: 3, use: 0, support: 2 }],
            },
            seed++,
            today,
            null,
          );
      }
    });
  }, 90_000);
  afterAll(() => s.close());

  it('shows T2 vs T0 for the peers with its numbers and suppresses T1 (3 pairs)', async () => {
    const res = await s.call('GET', api('/evaluation/dashboard?role=peer'), staff.cookie);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json() as Dashboard;
    expect(d.people).toBe(6);
    const who5 = d.outcomes.find((o) => o.key === 'who-5')!;
    const t2 = who5.comparisons.find((c) => c.comparison === 'T2')!;
    expect(t2).toMatchObject({ nPairs: 6, suppressed: false, primary: false, pMethod: 'exact' });
    expect(t2.improved! + t2.unchanged! + t2.worsened!).toBe(6);
    expect(t2.pairs).toHaveLength(6);
    expect(t2.pHolm).toBeGreaterThanOrEqual(t2.p!);
    const t1 = who5.comparisons.find((c) => c.comparison === 'T1')!;
    expect(t1).toMatchObject({
      nPairs: 3,
      nMissing: 3,
      suppressed: true,
      p: null,
      pairs: null,
      medianBefore: null,
    });
    const loneliness = d.outcomes.find((o) => o.key === 't-ils')!;
    expect(loneliness.comparisons.find((c) => c.comparison === 'T2')!.primary).toBe(true);
    expect(loneliness.comparisons.find((c) => c.comparison === 'T2')!.pHolm).toBeNull();
    expect(d.responseRates.find((r) => r.wave === 'T1')).toMatchObject({
      sent: 3,
      suppressed: true,
      answered: null,
    });
    expect(d.responseRates.find((r) => r.wave === 'T0')).toMatchObject({ sent: 6, answered: 6, rate: 1 });
    expect(d.relapse.find((r) => r.wave === 'T2')!.answered).toBe(6);
    expect(res.body).not.toContain('Navnemarkør');
    const [audit] = await s.t.db.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.actorId, staff.id), eq(auditEvent.action, 'read')));
    expect(audit).toMatchObject({ subjectId: null, programmeId });
    // Mentors: nobody answered, everything suppressed.
    const mentors = (
      await s.call('GET', api('/evaluation/dashboard?role=mentor'), staff.cookie)
    ).json() as Dashboard;
    expect(mentors.peopleSuppressed).toBe(true);
    expect(mentors.outcomes.every((o) => o.comparisons.every((c) => c.suppressed))).toBe(true);
  });

  it('is for staff and researchers only; the export for researchers only', async () => {
    expect((await s.call('GET', api('/evaluation/dashboard'), researcher.cookie)).statusCode).toBe(200);
    expect((await s.call('GET', api('/evaluation/dashboard'), admin.cookie)).statusCode).toBe(403);
    expect((await s.call('GET', api('/evaluation/dashboard'), peers[0]!.cookie)).statusCode).toBe(403);
    expect((await s.call('GET', api('/evaluation/export?format=csv'), staff.cookie)).statusCode).toBe(403);
    expect((await s.call('GET', api('/evaluation/report.pdf'), peers[0]!.cookie)).statusCode).toBe(403);
  });

  it('writes a Danish PDF report with the tables', async () => {
    const res = await s.call('GET', api('/evaluation/report.pdf'), staff.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), {
      mergePages: true,
    });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Evalueringsrapport – Evaluering');
    expect(flat).toContain('Deltagelse og svarprocent');
    expect(flat).toContain('Resultater – peers');
    expect(flat).toContain('T2 vs T0 (primær)');
    expect(flat).toContain('Færre end 5');
    expect(flat).toContain('Metode');
    expect(flat).toContain('Forbehold');
    expect(flat).not.toContain('Navnemarkør');
  });

  it('exports pseudonymised long-format CSV and a codebook, audited per person', async () => {
    const res = await s.call('GET', api('/evaluation/export?format=csv'), researcher.cookie);
    expect(res.statusCode, res.body).toBe(200);
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'pseudonym,role,birth_year_band,wave,completed,instrument,instrument_version,language,wording_hash,item,value,missing',
    );
    const pseudonym = pseudonymOf(s.env.pseudonymKey, programmeId, peers[0]!.id);
    expect(pseudonym).toMatch(/^P-[0-9a-f]{16}$/);
    expect(lines.some((l) => l.startsWith(`${pseudonym},peer,,T0,1,who-5,`))).toBe(true);
    expect(lines.some((l) => l.includes(',important-people,') && l.includes('person1.use,0,0'))).toBe(true);
    expect(lines.some((l) => l.includes(',who-5,,,,score,'))).toBe(true);
    expect(res.body).not.toContain('Navnemarkør');
    expect(res.body).not.toContain('Kælenavnmarkør');
    expect(res.body).not.toContain(peers[0]!.id);
    // Stable: the same pseudonym on a second download.
    expect((await s.call('GET', api('/evaluation/export?format=csv'), researcher.cookie)).body).toContain(
      pseudonym,
    );
    const trail = await s.t.db.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, peers[0]!.id), eq(auditEvent.action, 'export')));
    expect(trail.length).toBe(2);

    const json = await s.call('GET', api('/evaluation/export?format=codebook-json'), researcher.cookie);
    const book = json.json();
    const who5 = book.instruments.find((i: { key: string }) => i.key === 'who-5');
    expect(who5.versions[0].wordingHash).toMatch(/^[0-9a-f]{64}$/);
    const md = await s.call('GET', api('/evaluation/export?format=codebook-md'), researcher.cookie);
    expect(md.body).toContain('| pseudonym |');
    expect(md.body).toContain(who5.versions[0].wordingHash);
  });

  it('asks for a fresh login before exporting', async () => {
    const actor = {
      type: 'user' as const,
      userId: researcher.id,
      roles: { [programmeId]: ['researcher' as const] },
      twoFactorEnabled: true,
      loggedInAt: new Date(Date.now() - 11 * 60_000),
    };
    requireUser(actor);
    await expect(
      exportResearchData({ db: s.t.db, actor, programmeId, pseudonymKey: 'k'.repeat(32) }),
    ).rejects.toMatchObject({ code: 'REAUTHENTICATION_REQUIRED' });
  });
});
