/**
 * The application follows the person (decision 036): approval invites the applicant, accepting
 * links the application to the new account, and the participant then finds what they wrote and
 * their consents on their own page, where a consent can be withdrawn. Nobody else sees it there.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, logIn, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer, type TestServer } from '../../../app/testing/test-server.ts';
import { listOutbox } from '../../../server/mail.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { membership } from '../../accounts/server/membership.table.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import { cohort, cohortMember } from '../../training/server/training.table.ts';
import { application } from './intake.table.ts';

describe('my applications', () => {
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

  /** Applies (as a peer unless told), is approved by staff, accepts the invitation, logs in. */
  async function applyAndJoin(
    name: string,
    email: string,
    options: { role?: 'peer' | 'mentor'; cohortId?: string } = {},
  ) {
    const started = await call(
      'POST',
      `/api/public/programmes/${DEMO_PROGRAMME_SLUG}/applications`,
      undefined,
      {
        role: options.role ?? 'peer',
      },
    );
    const token = started.json().token as string;
    const answers = {
      name,
      email,
      hopes: 'At have nogen at gå ture med om torsdagen.',
      interests: ['walk', 'cafe'],
      availability: { weekdays: [4], partsOfDay: ['afternoon'] },
      heardFrom: 'treatment',
    };
    const saved = await call('PUT', '/api/public/applications/answers', undefined, { token, answers });
    expect(saved.statusCode, saved.body).toBe(200);
    const sent = await call('POST', '/api/public/applications/submit', undefined, {
      token,
      noticeVersion: 1,
      consents: ['processing', 'evaluation'],
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const queue = await call(
      'GET',
      `/api/programmes/${programmeId}/applications?q=${encodeURIComponent(email)}`,
      staff.cookie,
    );
    const id = queue.json().applications[0].id as string;
    const approved = await call('POST', `/api/programmes/${programmeId}/applications/status`, staff.cookie, {
      applicationIds: [id],
      to: 'approved',
      reason: 'Egnet',
      ...(options.cohortId ? { cohortId: options.cohortId } : {}),
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const mails = await listOutbox(s.t.db);
    const invitation = mails.find((m) => m.toAddress === email && m.textBody.includes('/invitation#'));
    const invitationToken = /\/invitation#(\S+)/.exec(invitation!.textBody)![1]!;
    const password = `en-lang-adgangskode-${id.slice(0, 8)}`;
    const accepted = await call('POST', '/api/invitations/accept', undefined, {
      token: invitationToken,
      name,
      email,
      password,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    return { id, token, cookie: await logIn(s.app, s.env.publicUrl, email, password) };
  }

  /** The demo's cohorts by name, and one new cohort with room that has not started. */
  async function cohorts() {
    return s.t.db.withProgramme(programmeId, async (tx) => {
      const rows = await tx.select({ id: cohort.id, name: cohort.name }).from(cohort);
      const [roomy] = await tx
        .insert(cohort)
        .values({ programmeId, name: 'Hold 3 – forår', startMonth: '2099-02', capacity: 15 })
        .returning({ id: cohort.id });
      return {
        finished: rows.find((r) => r.name.startsWith('Hold 1'))!.id,
        full: rows.find((r) => r.name.startsWith('Hold 2'))!.id,
        roomy: roomy!.id,
      };
    });
  }
  const placeOf = (cohortId: string, userId: string) =>
    s.t.db.withProgramme(programmeId, async (tx) => {
      const [row] = await tx
        .select({ status: cohortMember.status })
        .from(cohortMember)
        .where(and(eq(cohortMember.cohortId, cohortId), eq(cohortMember.userId, userId)));
      return row?.status ?? null;
    });

  it('gives a mentor approved with an offer their place on the cohort when they accept: a seat, or the waiting list when full', async () => {
    const { roomy, full } = await cohorts();
    const seated = await applyAndJoin('Eva Holt', 'eva.holt@makker.test', {
      role: 'mentor',
      cohortId: roomy,
    });
    const eva = (await call('GET', '/api/me', seated.cookie)).json().user.id as string;
    expect(await placeOf(roomy, eva)).toBe('member');
    const waiting = await applyAndJoin('Bo Lynge', 'bo.lynge@makker.test', {
      role: 'mentor',
      cohortId: full,
    });
    const bo = (await call('GET', '/api/me', waiting.cookie)).json().user.id as string;
    expect(await placeOf(full, bo)).toBe('waiting');
  });

  it('offers cohort places only to mentors being approved, and only on a cohort still running', async () => {
    const { finished, roomy } = await cohorts();
    const started = await call(
      'POST',
      `/api/public/programmes/${DEMO_PROGRAMME_SLUG}/applications`,
      undefined,
      {
        role: 'peer',
      },
    );
    const token = started.json().token as string;
    await call('PUT', '/api/public/applications/answers', undefined, {
      token,
      answers: { name: 'Ida Peer', email: 'ida.peer@makker.test' },
    });
    await call('POST', '/api/public/applications/submit', undefined, {
      token,
      noticeVersion: 1,
      consents: ['processing'],
    });
    const queue = await call('GET', `/api/programmes/${programmeId}/applications?q=ida.peer`, staff.cookie);
    const id = queue.json().applications[0].id as string;
    const change = (body: object) =>
      call('POST', `/api/programmes/${programmeId}/applications/status`, staff.cookie, {
        applicationIds: [id],
        reason: 'Egnet',
        ...body,
      });
    const peer = await change({ to: 'approved', cohortId: roomy });
    expect([peer.statusCode, peer.json().code]).toEqual([400, 'COHORT_OFFER_ONLY_MENTORS']);
    const notApproval = await change({ to: 'waiting-list', cohortId: roomy });
    expect([notApproval.statusCode, notApproval.json().code]).toEqual([400, 'COHORT_OFFER_ONLY_MENTORS']);
    const over = await change({ to: 'approved', cohortId: finished });
    expect([over.statusCode, over.json().code]).toEqual([409, 'COHORT_FINISHED']);
    const unknown = await change({ to: 'approved', cohortId: randomUUID() });
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'COHORT_NOT_FOUND']);
    // Nothing changed by the refusals.
    const detail = await call('GET', `/api/programmes/${programmeId}/applications/${id}`, staff.cookie);
    expect(detail.json().status).toBe('new');
  });

  it('shows the participant what they wrote, where it stands and their consents', async () => {
    const { id, cookie } = await applyAndJoin('Mona Lind', 'mona.lind@makker.test');
    const res = await call('GET', '/api/me/applications', cookie);
    expect(res.statusCode, res.body).toBe(200);
    const [mine, ...others] = res.json().applications;
    expect(others).toEqual([]);
    expect(mine).toMatchObject({
      id,
      role: 'peer',
      status: 'approved',
      programme: { slug: DEMO_PROGRAMME_SLUG },
      answers: {
        name: 'Mona Lind',
        hopes: 'At have nogen at gå ture med om torsdagen.',
        interests: ['walk', 'cafe'],
        availability: { weekdays: [4], partsOfDay: ['afternoon'] },
      },
    });
    expect(mine.consents.map((c: { key: string }) => c.key).sort()).toEqual(['evaluation', 'processing']);
    expect(mine.history.map((h: { status: string }) => h.status)).toEqual(['new', 'approved']);
  });

  it('lets the participant withdraw a consent from their own page, audited as their own act', async () => {
    const { id, cookie } = await applyAndJoin('Ole Krog', 'ole.krog@makker.test');
    const me = (await call('GET', '/api/me', cookie)).json();
    const res = await call('POST', `/api/me/applications/${id}/consents/withdraw`, cookie, {
      key: 'evaluation',
    });
    expect(res.statusCode, res.body).toBe(200);
    const consent = res.json().applications[0].consents.find((c: { key: string }) => c.key === 'evaluation');
    expect(consent.withdrawnAt).not.toBeNull();
    const again = await call('POST', `/api/me/applications/${id}/consents/withdraw`, cookie, {
      key: 'evaluation',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('CONSENT_UNKNOWN');
    const audited = await s.t.db.db.select().from(auditEvent).where(eq(auditEvent.subjectId, id));
    const withdrawal = audited.find((a) => a.action === 'consent');
    expect(withdrawal).toMatchObject({ actorId: me.user.id, actorRole: 'self' });
  });

  it('lists in "who has seen my data" the screening of the application before the account existed', async () => {
    const { id, cookie } = await applyAndJoin('Per Birk', 'per.birk@makker.test');
    const trail = (await call('GET', '/api/me/audit', cookie)).json().events as {
      action: string;
      actorName: string | null;
      actorRole: string;
      self: boolean;
    }[];
    // Staff read it in the queue and changed its status; both were recorded against the application.
    expect(trail).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'search', actorName: staff.name }),
        expect.objectContaining({ action: 'update', actorName: staff.name }),
        // Sending it, with the link as the key, was the person's own act.
        expect.objectContaining({ action: 'update', actorRole: 'applicant', self: true }),
      ]),
    );
    const aboutApplication = await s.t.db.db.select().from(auditEvent).where(eq(auditEvent.subjectId, id));
    expect(trail.length).toBeGreaterThanOrEqual(aboutApplication.length);
  });

  it('gives the demo peer their own, approved application', async () => {
    const cookie = await logIn(s.app, s.env.publicUrl, 'peer@makker.example', 'demo-peer-makker');
    const { applications } = (await call('GET', '/api/me/applications', cookie)).json();
    expect(applications).toHaveLength(1);
    expect(applications[0]).toMatchObject({
      role: 'peer',
      status: 'approved',
      answers: { name: 'Jonas Hansen' },
    });
    expect(applications[0].answers.hopes).toContain('kaffe');
    // "Download my data" holds the same application.
    const exported = (await call('GET', '/api/me/export', cookie)).json();
    expect(exported.sections.applications.applications).toHaveLength(1);
    expect(exported.sections.applications.applications[0].answers.hopes).toContain('kaffe');
  });

  it('finds and exports the applications of a person in two programmes, each in its own programme', async () => {
    const { id } = await applyAndJoin('Kim Ege', 'kim.ege@makker.test');
    const cookieBefore = await logIn(
      s.app,
      s.env.publicUrl,
      'kim.ege@makker.test',
      `en-lang-adgangskode-${id.slice(0, 8)}`,
    );
    const me = (await call('GET', '/api/me', cookieBefore)).json();
    const other = await createProgramme(s.t.db, 'Makkerskab Fredericia');
    await s.t.db.withProgramme(other.id, async (tx) => {
      await tx.insert(membership).values({ programmeId: other.id, userId: me.user.id, role: 'mentor' });
      await tx.insert(application).values({
        programmeId: other.id,
        role: 'mentor',
        status: 'approved',
        tokenHash: randomUUID(),
        name: 'Kim Ege',
        userId: me.user.id,
      });
    });
    // Roles are read at login: log in again to act in both programmes.
    const cookie = await logIn(
      s.app,
      s.env.publicUrl,
      'kim.ege@makker.test',
      `en-lang-adgangskode-${id.slice(0, 8)}`,
    );
    const mine = (await call('GET', '/api/me/applications', cookie)).json().applications;
    expect(mine.map((a: { role: string }) => a.role).sort()).toEqual(['mentor', 'peer']);
    const exported = (await call('GET', '/api/me/export', cookie)).json();
    expect(exported.sections.applications.applications.map((a: { role: string }) => a.role).sort()).toEqual([
      'mentor',
      'peer',
    ]);
  });

  it('shows nobody else the application, and nothing to someone without one', async () => {
    const { id } = await applyAndJoin('Rita Dam', 'rita.dam@makker.test');
    const other = await addPerson(s, { programmeId, roles: ['peer'] });
    const list = await call('GET', '/api/me/applications', other.cookie);
    expect(list.statusCode).toBe(200);
    expect(list.json().applications).toEqual([]);
    const withdraw = await call('POST', `/api/me/applications/${id}/consents/withdraw`, other.cookie, {
      key: 'processing',
    });
    expect(withdraw.statusCode).toBe(404);
    expect(withdraw.json().code).toBe('APPLICATION_NOT_FOUND');
    const staffWithdraw = await call('POST', `/api/me/applications/${id}/consents/withdraw`, staff.cookie, {
      key: 'processing',
    });
    expect(staffWithdraw.statusCode).toBe(404);
    const anonymous = await call('GET', '/api/me/applications');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
  });
});
