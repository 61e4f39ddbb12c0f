/**
 * The screening interview over HTTP on a real database: booking moves the status, records an
 * event and an audit record and invites the applicant (e-mail with an .ics file, SMS); notes are
 * encrypted, audited and shown to staff only; the checklist takes only its role's keys.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer, type TestServer } from '../../../app/testing/test-server.ts';
import { listOutbox } from '../../../server/mail.ts';
import { listSmsOutbox } from '../../../server/sms.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import { applicationEvent, interview } from './intake.table.ts';

describe('the screening interview', () => {
  let s: TestServer;
  let programmeId: string;
  let staff: TestPerson;
  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
  });
  afterAll(() => s.close());

  const call: TestServer['call'] = (...args) => s.call(...args);
  const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000);

  async function apply(role: 'peer' | 'mentor', name: string, email: string, phone: string) {
    const started = await call(
      'POST',
      `/api/public/programmes/${DEMO_PROGRAMME_SLUG}/applications`,
      undefined,
      {
        role,
      },
    );
    const token = started.json().token as string;
    await call('PUT', '/api/public/applications/answers', undefined, {
      token,
      answers: { name, email, phone },
    });
    await call('POST', '/api/public/applications/submit', undefined, {
      token,
      noticeVersion: 1,
      consents: ['processing'],
    });
    const found = await call(
      'GET',
      `/api/programmes/${programmeId}/applications?q=${encodeURIComponent(email)}`,
      staff.cookie,
    );
    return { token, id: found.json().applications[0].id as string };
  }

  it('books the interview: status, event, audit, e-mail with an .ics file and an SMS', async () => {
    const { id } = await apply('mentor', 'Ida Interview', 'ida.interview@makker.test', '+4522334455');
    const startsAt = inFuture(7);
    startsAt.setUTCHours(9, 0, 0, 0);
    const res = await call(
      'POST',
      `/api/programmes/${programmeId}/applications/${id}/interview`,
      staff.cookie,
      {
        startsAt: startsAt.toISOString(),
        place: 'Caféen, Vejle Bibliotek',
      },
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ place: 'Caféen, Vejle Bibliotek', notes: null, checklist: {} });
    expect(new Date(res.json().endsAt).getTime() - startsAt.getTime()).toBe(3_600_000);

    const detail = (
      await call('GET', `/api/programmes/${programmeId}/applications/${id}`, staff.cookie)
    ).json();
    expect(detail.status).toBe('interview-booked');
    expect(detail.interview.bookedByName).toBe(staff.name);
    const events = await s.t.db.withProgramme(programmeId, (tx) =>
      tx.select().from(applicationEvent).where(eq(applicationEvent.applicationId, id)),
    );
    expect(events.map((e) => e.toStatus)).toEqual(['new', 'interview-booked']);
    const audits = await s.t.db.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, id), eq(auditEvent.actorId, staff.id)));
    expect(
      audits
        .filter((a) => a.purpose.endsWith('/interview'))
        .map((a) => a.action)
        .sort(),
    ).toEqual(['create', 'update']);

    const mail = (await listOutbox(s.t.db, 20)).find((m) => m.toAddress === 'ida.interview@makker.test')!;
    expect(mail.subject).toBe('Invitation til samtale');
    expect(mail.textBody).toContain('Sted: Caféen, Vejle Bibliotek');
    expect(mail.textBody).toMatch(/Tid: \w+dag den \d+\. \w+ \d{4} kl\. 10\.00/);
    const [ics] = mail.attachments;
    expect(ics?.filename).toBe('samtale.ics');
    expect(ics?.content.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const unfolded = ics!.content.replace(/\r\n /g, '');
    expect(unfolded).toMatch(/\r\nDTSTART:\d{8}T090000Z\r\n/);
    expect(unfolded).toContain('SUMMARY:Samtale – ');
    expect(unfolded).toContain('LOCATION:Caféen\\, Vejle Bibliotek');
    expect(unfolded).not.toMatch(/misbrug|alkohol|stof/i);
    const sms = (await listSmsOutbox(s.t.db, 20)).find((m) => m.toPhone === '+4522334455')!;
    expect(sms.textBody).toContain('Sted: Caféen, Vejle Bibliotek');
    expect(sms.textBody).toMatch(/\/ansoegning#\S+/);

    // Moving it keeps one interview and one status event.
    const moved = await call(
      'POST',
      `/api/programmes/${programmeId}/applications/${id}/interview`,
      staff.cookie,
      {
        startsAt: inFuture(8).toISOString(),
        place: 'Mødelokale 2',
      },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    const rows = await s.t.db.withProgramme(programmeId, (tx) =>
      tx.select().from(interview).where(eq(interview.applicationId, id)),
    );
    expect(rows.map((r) => r.place)).toEqual(['Mødelokale 2']);
  });

  it('refuses a time in the past, an end before the start and a decided application', async () => {
    const { id } = await apply('peer', 'Per Fortid', 'per.fortid@makker.test', '+4522334466');
    const url = `/api/programmes/${programmeId}/applications/${id}/interview`;
    const past = await call('POST', url, staff.cookie, {
      startsAt: inFuture(-1).toISOString(),
      place: 'Caféen',
    });
    expect(past.json().code).toBe('INTERVIEW_IN_PAST');
    const backwards = await call('POST', url, staff.cookie, {
      startsAt: inFuture(2).toISOString(),
      endsAt: inFuture(1).toISOString(),
      place: 'Caféen',
    });
    expect(backwards.json().code).toBe('INTERVIEW_ENDS_BEFORE_START');
    const empty = await call('POST', url, staff.cookie, { startsAt: inFuture(2).toISOString(), place: '  ' });
    expect(empty.statusCode).toBe(400);
    const notes = await call('PUT', `${url}/notes`, staff.cookie, { checklist: {} });
    expect(notes.json().code).toBe('INTERVIEW_NOT_BOOKED');
    await call('POST', `/api/programmes/${programmeId}/applications/status`, staff.cookie, {
      applicationIds: [id],
      to: 'declined',
      reason: 'Ikke nu',
    });
    const decided = await call('POST', url, staff.cookie, {
      startsAt: inFuture(2).toISOString(),
      place: 'Caféen',
    });
    expect(decided.statusCode).toBe(409);
  });

  it('keeps notes encrypted, shows them to staff only, audits them and refuses unknown checklist keys', async () => {
    const { id, token } = await apply('mentor', 'Mads Noter', 'mads.noter@makker.test', '+4522334477');
    const url = `/api/programmes/${programmeId}/applications/${id}/interview`;
    await call('POST', url, staff.cookie, { startsAt: inFuture(3).toISOString(), place: 'Caféen' });
    const unknown = await call('PUT', `${url}/notes`, staff.cookie, {
      checklist: { 'wishes-discussed': true },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('CHECKLIST_KEY_UNKNOWN');
    const saved = await call('PUT', `${url}/notes`, staff.cookie, {
      notes: 'Stabil i to år, stærk motivation.',
      checklist: { motivation: true, 'recovery-stability': true, 'references-contacted': false },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const [row] = await s.t.db.withProgramme(programmeId, (tx) =>
      tx.select().from(interview).where(eq(interview.applicationId, id)),
    );
    expect(row!.notesSealed).toMatch(/^enc:v1:/);
    const detail = (
      await call('GET', `/api/programmes/${programmeId}/applications/${id}`, staff.cookie)
    ).json();
    expect(detail.interview).toMatchObject({
      notes: 'Stabil i to år, stærk motivation.',
      checklist: { motivation: true, 'recovery-stability': true, 'references-contacted': false },
    });
    const audited = await s.t.db.db
      .select()
      .from(auditEvent)
      .where(
        and(
          eq(auditEvent.subjectId, id),
          eq(
            auditEvent.purpose,
            `PUT ${'/api/programmes/:programmeId/applications/:applicationId/interview/notes'}`,
          ),
        ),
      );
    expect(audited).toHaveLength(1);

    const view = await call('POST', '/api/public/applications/open', undefined, { token });
    expect(view.json().interview).toMatchObject({ place: 'Caféen' });
    expect(view.body).not.toContain('Stabil i to år');
    expect(view.body).not.toContain('recovery-stability');
  });

  it("lets another programme's staff neither book nor write notes", async () => {
    const { id } = await apply('peer', 'Sara Skjult', 'sara.skjult@makker.test', '+4522334488');
    const other = await createProgramme(s.t.db, 'Andet program');
    const stranger = await addPerson(s, { programmeId: other.id, roles: ['staff'] });
    const body = { startsAt: inFuture(2).toISOString(), place: 'Caféen' };
    const ours = await call(
      'POST',
      `/api/programmes/${programmeId}/applications/${id}/interview`,
      stranger.cookie,
      body,
    );
    expect(ours.statusCode).toBe(403);
    const theirs = await call(
      'POST',
      `/api/programmes/${other.id}/applications/${id}/interview`,
      stranger.cookie,
      body,
    );
    expect(theirs.statusCode).toBe(404);
    const notes = await call(
      'PUT',
      `/api/programmes/${other.id}/applications/${id}/interview/notes`,
      stranger.cookie,
      {
        checklist: {},
      },
    );
    expect(notes.statusCode).toBe(404);
  });
});
