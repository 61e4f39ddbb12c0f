/**
 * After the sessions, over HTTP on a real database: a mentor who completed downloads their course
 * certificate (the PDF's text read back), staff reissue it and their downloads are audited; a
 * member who did not complete gets none; group supervision themes are encrypted; a member who
 * leaves is counted as a drop-out, not at risk; the cohort in numbers.
 */
import { and, eq, sql } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import { startMentorship } from '../../mentorships/server/index.ts';
import { mentorship } from '../../mentorships/server/mentorships.table.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import { addMonths } from '../course-plan.ts';
import type { CohortDetail, CohortStats, CourseSession, MyTraining } from '../training.contract.ts';
import { courseCertificate } from './training.table.ts';

async function pdfText(body: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('certificates, supervision themes, drop-outs and numbers', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let ada: TestPerson;
  let bo: TestPerson;
  let cy: TestPerson;
  let cohort: CohortDetail;

  function call(method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, cookie?: string, payload?: object) {
    return s.app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: { origin: s.env.publicUrl, ...(cookie ? { cookie } : {}) },
    });
  }
  const cohortUrl = () => `/api/programmes/${programmeId}/cohorts/${cohort.id}`;
  const ownCertificate = (person: TestPerson) =>
    call('GET', `/api/programmes/${programmeId}/my-training/cohorts/${cohort.id}/certificate`, person.cookie);
  const mark = (session: CourseSession, person: TestPerson, m: 'present' | 'absent') =>
    call('PUT', `${cohortUrl()}/sessions/${session.id}/attendance/${person.id}`, staff.cookie, { mark: m });

  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
    staff = await addPerson(s, { programmeId, roles: ['staff'], name: 'Lene Leder' });
    ada = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Ada Æblerød' });
    bo = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Bo Bøgh' });
    cy = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Cy Carlsen' });
    const res = await call('POST', `/api/programmes/${programmeId}/cohorts`, staff.cookie, {
      name: 'Hold Ø – bevis',
      startMonth: addMonths(copenhagenDate().slice(0, 7), -10),
      capacity: 12,
      leadIds: [staff.id],
      memberIds: [ada.id, bo.id, cy.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    cohort = res.json();
    const first = cohort.sessions.find((x) => x.kind === 'teaching' && x.number === 1)!;
    const topic = await call('PUT', `${cohortUrl()}/sessions/${first.id}`, staff.cookie, {
      startsAt: first.startsAt,
      endsAt: first.endsAt,
      place: '',
      topic: 'Rollen som peer-mentor',
      teacher: '',
      materials: '',
      links: [],
    });
    expect(topic.statusCode, topic.body).toBe(200);
    for (const session of cohort.sessions) {
      expect((await mark(session, ada, 'present')).statusCode).toBe(200);
      // Bo misses the last three teaching days: not complete.
      const boMark = session.kind === 'teaching' && session.number >= 5 ? 'absent' : 'present';
      expect((await mark(session, bo, boMark)).statusCode).toBe(200);
      if (session.number <= 2) expect((await mark(session, cy, 'absent')).statusCode).toBe(200);
    }
  }, 120_000);
  afterAll(() => s.close());

  it('gives a mentor who completed a Danish, tagged PDF with names, topics and hours', async () => {
    const mine = (
      await call('GET', `/api/programmes/${programmeId}/my-training`, ada.cookie)
    ).json() as MyTraining;
    expect(mine.cohorts[0]!.certificate).toEqual({ issuedAt: null });
    const res = await ownCertificate(ada);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('kursusbevis.pdf');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Kursusbevis');
    expect(text).toContain('Ada Æblerød');
    expect(text).toContain('Hold Ø – bevis');
    expect(text).toContain('Undervisningsdag 1');
    expect(text).toContain('Rollen som peer-mentor (5,5 timer)');
    expect(text).toContain('Gruppesparring 7');
    // 7 teaching days of 5.5 hours and 7 supervisions of 2.
    expect(text).toContain('14 undervisningsgange, i alt 52,5 timer');
    expect(text).toMatch(/Udstedt \d+\. \w+ \d{4}/);
    const raw = res.rawPayload.toString('latin1');
    expect(raw).toContain('/Lang (da-DK)');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/DisplayDocTitle true');
    const after = (
      await call('GET', `/api/programmes/${programmeId}/my-training`, ada.cookie)
    ).json() as MyTraining;
    expect(after.cohorts[0]!.certificate?.issuedAt).toEqual(expect.any(String));
  });

  it('gives none to a member who did not complete, and none to staff as their own', async () => {
    const res = await ownCertificate(bo);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CERTIFICATE_NOT_EARNED');
    expect(res.json().title).toBe(
      'Der er kun kursusbevis til deltagere, der har gennemført holdets uddannelse.',
    );
    const issue = await call('POST', `${cohortUrl()}/members/${bo.id}/certificate`, staff.cookie);
    expect(issue.statusCode).toBe(409);
    expect((await ownCertificate(staff)).statusCode).toBe(403);
    const none = await call('GET', `${cohortUrl()}/members/${bo.id}/certificate`, staff.cookie);
    expect(none.statusCode).toBe(404);
    expect(none.json().code).toBe('CERTIFICATE_NOT_ISSUED');
  });

  it('is reissued by staff (a new issue, recorded by whom); downloads give the latest, audited', async () => {
    const first = cohort.sessions.find((x) => x.kind === 'teaching' && x.number === 1)!;
    await call('PUT', `${cohortUrl()}/sessions/${first.id}`, staff.cookie, {
      startsAt: first.startsAt,
      endsAt: first.endsAt,
      place: '',
      topic: 'Rollen som peer-mentor og egne erfaringer',
      teacher: '',
      materials: '',
      links: [],
    });
    // The issued certificate says what it said when issued.
    expect(await pdfText((await ownCertificate(ada)).rawPayload)).not.toContain('egne erfaringer');
    const issue = await call('POST', `${cohortUrl()}/members/${ada.id}/certificate`, staff.cookie);
    expect(issue.statusCode, issue.body).toBe(201);
    expect(issue.json()).toMatchObject({ userId: ada.id, issuedBy: { id: staff.id, name: 'Lene Leder' } });
    const detail = (await call('GET', cohortUrl(), staff.cookie)).json() as CohortDetail;
    expect(detail.certificates).toEqual([issue.json()]);
    const issues = await s.t.db.withProgramme(programmeId, (tx) =>
      tx.select().from(courseCertificate).where(eq(courseCertificate.userId, ada.id)),
    );
    expect(issues.map((i) => i.issuedBy)).toEqual(expect.arrayContaining([null, staff.id]));
    const staffCopy = await call('GET', `${cohortUrl()}/members/${ada.id}/certificate`, staff.cookie);
    expect(staffCopy.statusCode).toBe(200);
    expect(await pdfText(staffCopy.rawPayload)).toContain('Rollen som peer-mentor og egne erfaringer');
    expect(await pdfText((await ownCertificate(ada)).rawPayload)).toContain('egne erfaringer');
    const reads = await s.t.db.db
      .select({ purpose: auditEvent.purpose })
      .from(auditEvent)
      .where(
        and(
          eq(auditEvent.subjectId, ada.id),
          eq(auditEvent.actorId, staff.id),
          eq(auditEvent.action, 'read'),
        ),
      );
    expect(reads.map((r) => r.purpose)).toContain(
      'GET /api/programmes/:programmeId/cohorts/:cohortId/members/:userId/certificate',
    );
  });

  it('keeps a shared, encrypted log of themes for group supervisions only', async () => {
    const supervision = cohort.sessions.find((x) => x.kind === 'supervision')!;
    const teaching = cohort.sessions.find((x) => x.kind === 'teaching')!;
    const url = `${cohortUrl()}/sessions/${supervision.id}/themes`;
    const added = await call('POST', url, staff.cookie, { text: 'At sige fra over for gamle venner' });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().themes).toEqual([
      expect.objectContaining({
        text: 'At sige fra over for gamle venner',
        writtenBy: { id: staff.id, name: 'Lene Leder' },
      }),
    ]);
    const stored = await s.t.db.db.execute(sql`select text_sealed from supervision_theme`);
    expect(JSON.stringify(stored)).not.toContain('gamle venner');
    const wrongKind = await call('POST', `${cohortUrl()}/sessions/${teaching.id}/themes`, staff.cookie, {
      text: 'x',
    });
    expect(wrongKind.json().code).toBe('THEME_ONLY_SUPERVISION');
    expect((await call('GET', url, ada.cookie)).statusCode).toBe(403);
    const themeId = added.json().themes[0].id;
    const removed = await call('DELETE', `${url}/${themeId}`, staff.cookie);
    expect(removed.json().themes).toEqual([]);
  });

  it('counts a member who left as a drop-out with the reason, not at risk, and gives the numbers', async () => {
    const before = (await call('GET', cohortUrl(), staff.cookie)).json() as CohortDetail;
    expect(before.progress.find((p) => p.userId === cy.id)?.state).not.toBe('complete');
    const left = await call('POST', `${cohortUrl()}/members/${cy.id}/departure`, staff.cookie, {
      reason: 'work-or-study',
      note: 'Har fået fuldtidsjob',
    });
    expect(left.statusCode, left.body).toBe(201);
    const again = await call('POST', `${cohortUrl()}/members/${cy.id}/departure`, staff.cookie, {
      reason: 'other',
    });
    expect(again.statusCode).toBe(404);
    const bad = await call('POST', `${cohortUrl()}/members/${bo.id}/departure`, staff.cookie, {
      reason: 'bored',
    });
    expect(bad.statusCode).toBe(400);
    const after = (await call('GET', cohortUrl(), staff.cookie)).json() as CohortDetail;
    expect(after.progress.map((p) => p.userId).sort()).toEqual([ada.id, bo.id].sort());

    const res = await call('GET', `${cohortUrl()}/stats`, staff.cookie);
    expect(res.statusCode, res.body).toBe(200);
    const stats = res.json() as CohortStats;
    expect(stats.completion).toEqual({ members: 2, complete: 1, ready: 2 });
    expect(stats.departures).toEqual([
      expect.objectContaining({
        id: cy.id,
        name: 'Cy Carlsen',
        reason: 'work-or-study',
        note: 'Har fået fuldtidsjob',
      }),
    ]);
    expect(stats.afterCourse).toEqual({ waiting: 1, matched: 0, paused: 0 });
    // Ada, who completed, is matched with a peer: she counts as matched, then as paused.
    const peer = await addPerson(s, { programmeId, roles: ['peer'] });
    const pairId = await s.t.db.withProgramme(programmeId, (tx) =>
      startMentorship(tx, {
        programmeId,
        peerId: peer.id,
        mentorId: ada.id,
        startDate: copenhagenDate(new Date()),
        rhythm: 'weekly',
        by: 'staff',
        actorId: null,
      }),
    );
    const matched = (await call('GET', `${cohortUrl()}/stats`, staff.cookie)).json() as CohortStats;
    expect(matched.afterCourse).toEqual({ waiting: 0, matched: 1, paused: 0 });
    await s.t.db.withProgramme(programmeId, (tx) =>
      tx.update(mentorship).set({ state: 'paused' }).where(eq(mentorship.id, pairId)),
    );
    const paused = (await call('GET', `${cohortUrl()}/stats`, staff.cookie)).json() as CohortStats;
    expect(paused.afterCourse).toEqual({ waiting: 0, matched: 0, paused: 1 });
    const t1 = stats.sessions.find((x) => x.kind === 'teaching' && x.number === 1)!;
    const t7 = stats.sessions.find((x) => x.kind === 'teaching' && x.number === 7)!;
    // Cy left after every session was over, so counts at each; Bo missed teaching day 7.
    expect(t1).toMatchObject({ expected: 3, attended: 2 });
    expect(t7).toMatchObject({ expected: 3, attended: 1 });
    expect(stats.people.find((p) => p.id === ada.id)).toMatchObject({
      held: 14,
      attended: 14,
      state: 'complete',
    });
    expect(stats.people.find((p) => p.id === bo.id)).toMatchObject({ held: 14, attended: 11 });
    expect(stats.people.find((p) => p.id === cy.id)).toMatchObject({ state: 'left' });
    expect((await call('GET', `${cohortUrl()}/stats`, ada.cookie)).statusCode).toBe(403);
  });
});
