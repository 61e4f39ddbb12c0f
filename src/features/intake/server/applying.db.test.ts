/**
 * Applying, end to end over HTTP on a real database: the form's settings, a draft saved as the
 * person goes, eligibility and postcode hints, consents, sending, the receipt, the continue link
 * and withdrawing a consent.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { listOutbox } from '../../../server/mail.ts';
import { listSmsOutbox } from '../../../server/sms.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import { addCalendarMonths } from '../eligibility.ts';
import { importPostcodes } from './import-postcodes.ts';
import { application } from './intake.table.ts';

describe('applying to a programme', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  const today = copenhagenDate();
  beforeAll(async () => {
    s = await createTestServer();
  });
  afterAll(() => s.close());

  const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, cookie?: string) =>
    s.app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: { origin: s.env.publicUrl, ...(cookie ? { cookie } : {}) },
    });
  const start = async (role: 'peer' | 'mentor') => {
    const res = await send('POST', `/api/public/programmes/${DEMO_PROGRAMME_SLUG}/applications`, { role });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().token as string;
  };
  const save = (token: string, answers: object) =>
    send('PUT', '/api/public/applications/answers', { token, answers });

  it("gives the form the role's rules, the programme's municipalities, the notice and other help", async () => {
    const peer = await send('GET', `/api/public/programmes/${DEMO_PROGRAMME_SLUG}/apply/peer`);
    expect(peer.statusCode).toBe(200);
    const form = peer.json();
    expect(form.rules.map((r: { kind: string }) => r.kind)).toEqual([
      'minimum-age',
      'residence',
      'abuse-experience',
      'abstinence',
    ]);
    expect(form.municipalityCodes).toEqual(['630']);
    expect(form.notice.version).toBe(1);
    expect(form.notice.consents.find((c: { key: string }) => c.key === 'processing').required).toBe(true);
    expect(form.otherHelp.length).toBeGreaterThan(0);
    expect(form.today).toBe(today);
    const english = await s.app.inject({
      url: `/api/public/programmes/${DEMO_PROGRAMME_SLUG}/apply/mentor`,
      headers: { cookie: 'makker_lang=en' },
    });
    expect(english.json().otherHelp[0].description).toMatch(/advice/i);
    const unknown = await send('GET', '/api/public/programmes/findes-ikke/apply/peer');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('PROGRAMME_NOT_FOUND');
  });

  it('saves a draft as the person goes and evaluates eligibility as they answer', async () => {
    const token = await start('peer');
    const empty = await send('POST', '/api/public/applications/open', { token });
    expect(empty.json()).toMatchObject({ status: 'draft', eligibility: { outcome: 'incomplete' } });

    const young = await save(token, {
      name: 'Kaj Kort',
      postcode: '7100',
      eligibility: { birthDate: addCalendarMonths(today, -(17 * 12 + 11)), municipalityCode: '630' },
    });
    expect(young.statusCode, young.body).toBe(200);
    const view = young.json();
    expect(view.answers.name).toBe('Kaj Kort');
    expect(view.eligibility.outcome).toBe('not-eligible');
    expect(view.eligibility.rules.find((r: { id: string }) => r.id === 'age').outcome).toBe('not-met');
    // The programme lists 7100 for its area: Vejle is pre-selected.
    expect(view.suggestedMunicipalityCode).toBe('630');

    const adult = await save(token, {
      name: 'Kaj Kort',
      phone: '20 30 40 50',
      postcode: '7100',
      hopes: 'En at gå ture med',
      eligibility: {
        birthDate: addCalendarMonths(today, -30 * 12),
        municipalityCode: '630',
        abuseHistory: 'yes',
        abuseFreeSince: addCalendarMonths(today, -2),
        substitution: 'never',
      },
    });
    expect(adult.json().eligibility.outcome).toBe('eligible');
    expect(adult.json().answers).toMatchObject({ phone: '+4520304050', hopes: 'En at gå ture med' });
    // The free text is stored encrypted, never as written.
    const demo = await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG);
    const [row] = await s.t.db.withProgramme(demo!.id, (tx) =>
      tx.select().from(application).where(eq(application.name, 'Kaj Kort')),
    );
    expect(row!.hopesSealed).toMatch(/^enc:v1:/);
  });

  it('asks which municipality when an imported postcode spans several', async () => {
    await importPostcodes(
      s.t.db,
      'postnr;postnrnavn;kommunekode\n7100;Vejle;0630\n9999;Prøveby (opdigtet);0849\n9999;Prøveby (opdigtet);0851\n',
    );
    const token = await start('peer');
    const overlap = (await save(token, { postcode: '9999' })).json();
    expect(overlap.suggestedMunicipalityCode).toBeNull();
    expect(overlap.postcodeMunicipalities.map((m: { code: string }) => m.code)).toEqual(['849', '851']);
    const known = (await save(token, { postcode: '7100' })).json();
    expect(known.suggestedMunicipalityCode).toBe('630');
    const refused = await save(token, { eligibility: { municipalityCode: '999' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('MUNICIPALITY_UNKNOWN');
  });

  it('sends only with contact details, the current notice and the required consents; then a receipt', async () => {
    const token = await start('peer');
    const submit = (body: object) => send('POST', '/api/public/applications/submit', { token, ...body });
    expect((await submit({ noticeVersion: 1, consents: ['processing'] })).json().code).toBe(
      'APPLICATION_CONTACT_MISSING',
    );
    await save(token, { name: 'Rikke Receipt', email: 'rikke@makker.test', phone: '+4531313131' });
    expect((await submit({ noticeVersion: 1, consents: [] })).json().code).toBe('CONSENT_REQUIRED');
    expect((await submit({ noticeVersion: 1, consents: ['processing', 'ukendt'] })).json().code).toBe(
      'CONSENT_UNKNOWN',
    );
    const stale = await submit({ noticeVersion: 2, consents: ['processing'] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'NOTICE_CHANGED',
      title: expect.stringContaining('Læs dem igen'),
    });

    const sent = await submit({ noticeVersion: 1, consents: ['processing', 'evaluation'] });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'new', history: [{ status: 'new' }] });
    expect(
      sent
        .json()
        .consents.map((c: { key: string }) => c.key)
        .sort(),
    ).toEqual(['evaluation', 'processing']);
    const mail = (await listOutbox(s.t.db, 5)).find((m) => m.toAddress === 'rikke@makker.test')!;
    expect(mail.subject).toBe('Vi har fået din ansøgning');
    expect(mail.textBody).toContain(`${s.env.publicUrl}/ansoegning#${token}`);
    expect((await listSmsOutbox(s.t.db, 5)).some((m) => m.toPhone === '+4531313131')).toBe(true);

    const again = await save(token, { name: 'Ændret' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('APPLICATION_SENT');
  });

  it('lets a mentor who is not yet 12 months out of substitution treatment send anyway', async () => {
    const token = await start('mentor');
    const answers = {
      name: 'Mona Mentor',
      email: 'mona@makker.test',
      ownWords: 'Jeg stoppede med medicin for 8 måneder siden og har det godt.',
      eligibility: {
        birthDate: addCalendarMonths(today, -40 * 12),
        municipalityCode: '630',
        abuseHistory: 'yes',
        abuseFreeSince: addCalendarMonths(today, -36),
        substitution: 'ended',
        substitutionSince: addCalendarMonths(today, -8),
      },
    };
    const view = (await save(token, answers)).json();
    expect(view.eligibility.outcome).toBe('not-eligible');
    const sent = await send('POST', '/api/public/applications/submit', {
      token,
      noticeVersion: 1,
      consents: ['processing'],
    });
    expect(sent.json()).toMatchObject({ status: 'new', eligibility: { outcome: 'not-eligible' } });
  });

  it("sends the continue link only to the draft's own address, and withdraws a consent", async () => {
    const token = await start('peer');
    const none = await send('POST', '/api/public/applications/continue-link', { token, channel: 'email' });
    expect(none.json().code).toBe('APPLICATION_CONTACT_MISSING');
    await save(token, { name: 'Carl Continue', email: 'carl@makker.test' });
    const link = await send('POST', '/api/public/applications/continue-link', { token, channel: 'email' });
    expect(link.statusCode).toBe(204);
    const mail = (await listOutbox(s.t.db, 5)).find((m) => m.toAddress === 'carl@makker.test')!;
    expect(mail.subject).toBe('Fortsæt din ansøgning');
    expect(mail.textBody).toContain(token);

    await send('POST', '/api/public/applications/submit', {
      token,
      noticeVersion: 1,
      consents: ['processing', 'evaluation'],
    });
    const withdrawn = await send('POST', '/api/public/applications/consents/withdraw', {
      token,
      key: 'evaluation',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const evaluation = withdrawn.json().consents.find((c: { key: string }) => c.key === 'evaluation');
    expect(evaluation.withdrawnAt).not.toBeNull();
    const twice = await send('POST', '/api/public/applications/consents/withdraw', {
      token,
      key: 'evaluation',
    });
    expect(twice.json().code).toBe('CONSENT_UNKNOWN');
    const audits = await s.t.db.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'consent'), eq(auditEvent.actorRole, 'applicant')));
    expect(audits.length).toBeGreaterThan(0);
  });

  it('answers an unknown or malformed token the same way', async () => {
    for (const token of ['x'.repeat(30), `${'0'.repeat(32)}.${'A'.repeat(43)}`]) {
      const res = await send('POST', '/api/public/applications/open', { token });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('APPLICATION_NOT_FOUND');
    }
  });
});
