/**
 * Questionnaires over HTTP on a real database: the battery is seeded once per programme with the
 * statuses of INSTRUMENTS.md; a respondent never sees a pending translation; staff send a
 * questionnaire; the peer answers one question at a time (raw codes encrypted, a skip stored as
 * missing), stops and continues, finishes and sees their scores; a low WHO-5 shows the support
 * contacts at once and tells staff only with the person's consent; nobody else sees the answers.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { application, applicationConsent } from '../../intake/server/intake.table.ts';
import { addDays } from '../instruments/wave-schedule.ts';
import type { Instrument, MyQuestionnaire, MyWellbeing, Wording } from '../questionnaire.contract.ts';
import { instrumentVersion, questionnaireAnswer } from './evaluation.table.ts';
import { seedInstruments } from './seed-instruments.ts';

describe('questionnaires', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let admin: TestPerson;
  let peer: TestPerson;
  let consenting: TestPerson;
  let mentor: TestPerson;
  const today = copenhagenDate();
  const api = (path: string) => `/api/programmes/${programmeId}${path}`;

  async function send(person: TestPerson, wave: string, role = 'peer') {
    const res = await s.call('POST', api('/questionnaires'), staff.cookie, {
      userId: person.id,
      wave,
      role,
      opensOn: addDays(today, -1),
      closesOn: addDays(today, 20),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  const view = async (person: TestPerson, id: string, language = 'da') => {
    const res = await s.call('GET', api(`/my-questionnaires/${id}?language=${language}`), person.cookie);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as MyQuestionnaire;
  };
  const answer = (person: TestPerson, id: string, instrument: string, item: number, value: number | null) =>
    s.call('PUT', api(`/my-questionnaires/${id}/answers`), person.cookie, {
      instrument,
      item,
      value,
      language: 'da',
    });
  const instruments = async () => {
    const res = await s.call('GET', api('/instruments'), staff.cookie);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().instruments as Instrument[];
  };

  async function consentToContact(person: TestPerson) {
    await s.t.db.withProgramme(programmeId, async (tx) => {
      const [row] = await tx
        .insert(application)
        .values({
          programmeId,
          role: 'peer',
          status: 'approved',
          tokenHash: randomBytes(16).toString('hex'),
          userId: person.id,
        })
        .returning({ id: application.id });
      await tx
        .insert(applicationConsent)
        .values({ programmeId, applicationId: row!.id, key: 'evaluation-contact', noticeVersion: 1 });
    });
  }

  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await createProgramme(s.t.db, 'Evaluering')).id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    admin = await addPerson(s, { programmeId, roles: ['admin'] });
    peer = await addPerson(s, { programmeId, roles: ['peer'], name: 'Pia Peer' });
    consenting = await addPerson(s, { programmeId, roles: ['peer'], name: 'Carl Samtykke' });
    mentor = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Mads Mentor' });
    await consentToContact(consenting);
  }, 60_000);
  afterAll(() => s.close());

  it('seeds the battery once, with the statuses of INSTRUMENTS.md', async () => {
    const first = await instruments();
    await s.t.db.withProgramme(programmeId, (tx) => seedInstruments(tx, programmeId));
    const again = await instruments();
    expect(again.map((i) => [i.key, i.versions.length])).toEqual(
      first.map((i) => [i.key, i.versions.length]),
    );
    const byKey = new Map(first.map((i) => [i.key, i]));
    expect(byKey.get('who-5')!.languages).toEqual({ da: 'verified', en: 'verified' });
    expect(byKey.get('t-ils')!.languages).toEqual({ da: 'translation-pending', en: 'verified' });
    expect(byKey.get('pearlin-mastery')!.languages).toEqual({ da: 'translation-pending', en: 'verified' });
    expect(byKey.get('important-people')!.languages).toEqual({ da: 'proposed', en: 'translation-pending' });
    expect(
      byKey
        .get('pearlin-mastery')!
        .items.filter((i) => i.reverse)
        .map((i) => i.number),
    ).toEqual([1, 2, 3, 5, 7]);
    expect(byKey.get('who-5')!.versions.every((v) => /^[0-9a-f]{64}$/.test(v.wordingHash))).toBe(true);
    expect([...byKey.keys()]).not.toContain('qpr-15');
  });

  it('is answered one question at a time: raw codes encrypted, a skip is missing, stop and continue', async () => {
    const id = await send(peer, 'T0');
    let form = await view(peer, id);
    expect(form.state).toBe('open');
    // T-ILS has no approved Danish version: the Danish respondent reads the English.
    const tils = form.questions.find((q) => q.instrument === 't-ils')!;
    expect(tils).toMatchObject({
      language: 'en',
      text: 'How often do you feel that you lack companionship?',
    });
    expect(form.questions.find((q) => q.instrument === 'who-5')).toMatchObject({ language: 'da' });
    expect(form.roster?.questions.map((q) => q.field)).toEqual(['role', 'contact', 'use', 'support']);

    for (const [item, value] of [
      [1, 4],
      [2, 3],
      [3, null],
      [4, 4],
      [5, 3],
    ] as const) {
      const res = await answer(peer, id, 'who-5', item, value);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().showSupport).toBe(false);
    }
    expect((await answer(peer, id, 'who-5', 1, 6)).json().code).toBe('ANSWER_INVALID');
    expect((await answer(peer, id, 'no-such', 1, 1)).statusCode).toBe(400);
    // Coming back: the answers so far, the skipped one as null.
    form = await view(peer, id);
    expect(form.state).toBe('in-progress');
    expect(form.questions.filter((q) => q.instrument === 'who-5').map((q) => q.answer)).toEqual([
      4,
      3,
      null,
      4,
      3,
    ]);
    expect(form.questions.find((q) => q.instrument === 't-ils')!.answer).toBeUndefined();

    const stored = await s.t.db.withProgramme(programmeId, (tx) =>
      tx.select().from(questionnaireAnswer).where(eq(questionnaireAnswer.questionnaireId, id)),
    );
    expect(stored).toHaveLength(5);
    expect(stored.find((a) => a.item === 3)).toMatchObject({ skipped: true, valueSealed: null });
    for (const a of stored.filter((r) => !r.skipped)) expect(a.valueSealed).not.toMatch(/^\d+$/);

    const roster = await s.call('PUT', api(`/my-questionnaires/${id}/important-people`), peer.cookie, {
      language: 'da',
      people: [
        { nickname: 'Mor', role: 2, contact: 4, use: 0, support: 2 },
        { nickname: 'K.', role: 3, contact: 2, use: 1, support: 0 },
      ],
    });
    expect(roster.statusCode, roster.body).toBe(200);
    const done = await s.call('POST', api(`/my-questionnaires/${id}/complete`), peer.cookie);
    expect(done.statusCode, done.body).toBe(200);
    expect((await answer(peer, id, 'who-5', 3, 2)).json().code).toBe('QUESTIONNAIRE_NOT_OPEN');

    const mine = (await s.call('GET', api('/my-wellbeing'), peer.cookie)).json() as MyWellbeing;
    // WHO-5 had a skipped item: complete-case total missing, never counted as zero.
    expect(mine.instruments.find((i) => i.key === 'who-5')!.points[0]!.scales).toEqual({
      total: null,
      percentage: null,
    });
    expect(mine.network[0]!.measures).toMatchObject({
      n_people: 2,
      n_nonusing: 1,
      n_using: 1,
      n_nonusing_weekly: 1,
    });
    expect(mine.showSupport).toBe(false);

    // The person's own copy of their data has every raw answer, with the wording it was given in.
    const data = (await s.call('GET', '/api/me/export', peer.cookie)).json();
    const exported = data.sections.evaluation.questionnaires.find((q: { wave: string }) => q.wave === 'T0');
    expect(exported.answers).toContainEqual(
      expect.objectContaining({ instrument: 'who-5', item: 1, value: 4, language: 'da', skipped: false }),
    );
    expect(exported.answers).toContainEqual(
      expect.objectContaining({ instrument: 'who-5', item: 3, value: null, skipped: true }),
    );
    expect(exported.importantPeople.map((p: { nickname: string }) => p.nickname)).toEqual(['Mor', 'K.']);
  });

  it('shows the support contacts at once on a low WHO-5, and tells staff only with consent', async () => {
    const without = await send(peer, 'T1');
    const withConsent = await send(consenting, 'T0');
    for (const id of [without, withConsent]) {
      const person = id === without ? peer : consenting;
      let last = false;
      for (const item of [1, 2, 3, 4, 5])
        last = (await answer(person, id, 'who-5', item, 2)).json().showSupport;
      expect(last).toBe(true);
      expect((await view(person, id)).showSupport).toBe(true);
    }
    const list = (await s.call('GET', api('/questionnaires'), staff.cookie)).json();
    expect(list.alerts).toEqual([
      expect.objectContaining({
        questionnaireId: withConsent,
        userId: consenting.id,
        reason: 'low-well-being',
      }),
    ]);
    // Staff see how far people are, never the answers.
    expect(JSON.stringify(list)).not.toMatch(/"answer"|"value"/);
    expect(list.questionnaires.find((q: { id: string }) => q.id === without)).toMatchObject({ answered: 5 });
  });

  it("keeps the answers away from everyone else: the partner, staff's own-routes, another peer", async () => {
    const id = await send(peer, 'T2');
    expect((await s.call('GET', api(`/my-questionnaires/${id}`), mentor.cookie)).statusCode).toBe(404);
    expect((await s.call('GET', api(`/my-questionnaires/${id}`), consenting.cookie)).statusCode).toBe(404);
    expect((await s.call('GET', api(`/my-questionnaires/${id}`), staff.cookie)).statusCode).toBe(403);
    expect(
      (
        await s.call('PUT', api(`/my-questionnaires/${id}/answers`), mentor.cookie, {
          instrument: 'who-5',
          item: 1,
          value: 0,
          language: 'da',
        })
      ).statusCode,
    ).toBe(404);
    expect((await s.call('GET', api('/my-wellbeing'), staff.cookie)).statusCode).toBe(403);
  });

  it('shows a translation only once approved; answers keep the version they were given in', async () => {
    const id = await send(peer, 'T3');
    expect((await answer(peer, id, 't-ils', 1, 2)).statusCode).toBe(200);
    const tils = (await instruments()).find((i) => i.key === 't-ils')!;
    const english = tils.versions.find((v) => v.language === 'en')!;
    const wording: Wording = {
      title: 'Ensomhed',
      items: [
        { number: 1, text: 'Hvor ofte føler du, at du savner nogen at være sammen med?' },
        { number: 2, text: 'Hvor ofte føler du dig holdt udenfor?' },
        { number: 3, text: 'Hvor ofte føler du dig isoleret fra andre?' },
      ],
      options: {
        answer: [
          { code: 1, label: 'Sjældent' },
          { code: 2, label: 'En gang imellem' },
          { code: 3, label: 'Ofte' },
        ],
      },
    };
    const log = { forward: ['A', 'B'], reconciliation: 'Enige', backTranslation: 'Matches' };
    const partial = { ...wording, items: wording.items.slice(0, 2) };
    const bad = await s.call('POST', api(`/instruments/${tils.id}/versions`), admin.cookie, {
      language: 'da',
      wording: partial,
      translationLog: log,
    });
    expect(bad.json().code).toBe('TRANSLATION_INCOMPLETE');
    expect(
      (
        await s.call('POST', api(`/instruments/${tils.id}/versions`), staff.cookie, {
          language: 'da',
          wording,
          translationLog: log,
        })
      ).statusCode,
    ).toBe(403);
    const added = await s.call('POST', api(`/instruments/${tils.id}/versions`), admin.cookie, {
      language: 'da',
      wording,
      translationLog: log,
    });
    expect(added.statusCode, added.body).toBe(201);
    const draft = (added.json() as Instrument).versions.find((v) => v.language === 'da' && v.version === 2)!;
    expect(draft).toMatchObject({ status: 'translation-pending', translationLog: log });
    expect((await view(peer, id)).questions.find((q) => q.instrument === 't-ils')!.language).toBe('en');

    const approved = await s.call(
      'POST',
      api(`/instruments/${tils.id}/versions/${draft.id}/approve`),
      admin.cookie,
      {
        status: 'proposed',
        source: 'Programme translation 2026',
      },
    );
    expect(approved.statusCode, approved.body).toBe(200);
    expect((approved.json() as Instrument).languages.da).toBe('proposed');
    const after = (await view(peer, id)).questions.filter((q) => q.instrument === 't-ils');
    expect(after[0]).toMatchObject({ language: 'da', text: wording.items[0]!.text, answer: 2 });
    expect((await answer(peer, id, 't-ils', 2, 1)).statusCode).toBe(200);

    const rows = await s.t.db.withProgramme(programmeId, (tx) =>
      tx
        .select({ item: questionnaireAnswer.item, language: instrumentVersion.language })
        .from(questionnaireAnswer)
        .innerJoin(instrumentVersion, eq(instrumentVersion.id, questionnaireAnswer.versionId))
        .where(eq(questionnaireAnswer.questionnaireId, id))
        .orderBy(questionnaireAnswer.item),
    );
    expect(rows).toEqual([
      { item: 1, language: english.language },
      { item: 2, language: 'da' },
    ]);
  });
});
