/**
 * Screening (visitation) over HTTP on a real database: the queue with its filters and search,
 * each read audited; status changes with who, when and why; decisions told to the applicant;
 * approval inviting them in; and another programme's staff seeing nothing.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer, type TestServer } from '../../../app/testing/test-server.ts';
import { queryRows } from '../../../server/db.ts';
import { listOutbox } from '../../../server/mail.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { appUser } from '../../accounts/server/index.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import { verifyAuditChain } from '../../audit/server/index.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';

describe('screening applications', () => {
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
  const queue = (query = '') =>
    call('GET', `/api/programmes/${programmeId}/applications${query}`, staff.cookie);
  const changeStatus = (payload: object) =>
    call('POST', `/api/programmes/${programmeId}/applications/status`, staff.cookie, payload);

  async function apply(name: string, email: string) {
    const started = await call(
      'POST',
      `/api/public/programmes/${DEMO_PROGRAMME_SLUG}/applications`,
      undefined,
      {
        role: 'peer',
      },
    );
    const token = started.json().token as string;
    await call('PUT', '/api/public/applications/answers', undefined, { token, answers: { name, email } });
    await call('POST', '/api/public/applications/submit', undefined, {
      token,
      noticeVersion: 1,
      consents: ['processing'],
    });
    const found = (await queue(`?q=${encodeURIComponent(email)}`)).json().applications;
    return { token, id: found[0].id as string };
  }

  it('shows the queue oldest first with status, age and eligibility, and audits each read', async () => {
    const res = await queue('?role=peer');
    expect(res.statusCode, res.body).toBe(200);
    const { applications, counts } = res.json();
    expect(applications.length).toBeGreaterThanOrEqual(8);
    expect(applications.every((a: { role: string }) => a.role === 'peer')).toBe(true);
    const ages = applications.map((a: { ageDays: number }) => a.ageDays);
    expect(ages).toEqual([...ages].sort((a, b) => b - a));
    expect(counts['waiting-list']).toBe(2);
    const reads = await s.t.db.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.actorId, staff.id), eq(auditEvent.action, 'read')));
    expect(reads.length).toBe(applications.length);
  });

  it('filters by status and eligibility and searches names with % and _ taken literally', async () => {
    const waiting = (await queue('?status=waiting-list')).json().applications;
    expect(waiting.map((a: { name: string }) => a.name).sort()).toEqual(['Camilla Bech', 'Peter Holm']);
    const notEligible = (await queue('?eligibility=not-eligible')).json().applications;
    expect(notEligible.map((a: { name: string }) => a.name)).toEqual(
      expect.arrayContaining(['Thomas Ravn', 'Nadia Østergaard']),
    );
    expect((await queue('?q=holm')).json().applications.map((a: { name: string }) => a.name)).toEqual([
      'Peter Holm',
    ]);
    expect((await queue(`?q=${encodeURIComponent('%')}`)).json().applications).toEqual([]);
    const bad = await queue('?status=pending');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
  });

  it('shows the funnel per role and month and the median days to a decision, in counts only', async () => {
    const res = await call('GET', `/api/programmes/${programmeId}/intake-funnel`, staff.cookie);
    expect(res.statusCode, res.body).toBe(200);
    const { months, medianDaysToDecision } = res.json();
    const total = (role: string, key: 'applied' | 'eligible' | 'interviewed' | 'approved') =>
      months
        .filter((m: { role: string }) => m.role === role)
        .reduce((n: number, m: Record<string, number>) => n + m[key]!, 0);
    const queueTotal = Object.values(
      (await queue('?role=peer')).json().counts as Record<string, number>,
    ).reduce((a, b) => a + b, 0);
    expect(total('peer', 'applied')).toBe(queueTotal);
    expect(total('peer', 'eligible')).toBeLessThanOrEqual(total('peer', 'applied'));
    expect(total('peer', 'interviewed')).toBeGreaterThanOrEqual(total('peer', 'approved') - 1);
    expect(total('mentor', 'approved')).toBeGreaterThanOrEqual(1);
    expect(medianDaysToDecision.peer).toBeGreaterThan(0);
    expect(JSON.stringify(res.json())).not.toMatch(/Holm|Lund|@/);
    const peer = await addPerson(s, { programmeId, roles: ['peer'] });
    expect((await call('GET', `/api/programmes/${programmeId}/intake-funnel`, peer.cookie)).statusCode).toBe(
      403,
    );
  });

  it('records each change with who, when and why, and refuses changes the flow does not allow', async () => {
    const { id } = await apply('Ida Interview', 'ida@makker.test');
    expect((await changeStatus({ applicationIds: [id], to: 'contacted' })).statusCode).toBe(200);
    const noReason = await changeStatus({ applicationIds: [id], to: 'declined' });
    expect(noReason.json().code).toBe('REASON_REQUIRED');
    const backwards = await changeStatus({ applicationIds: [id], to: 'new' });
    expect(backwards.statusCode).toBe(409);
    expect(backwards.json().code).toBe('STATUS_CHANGE_INVALID');
    await changeStatus({ applicationIds: [id], to: 'waiting-list', reason: 'Venter på en mentor' });
    const detail = (
      await call('GET', `/api/programmes/${programmeId}/applications/${id}`, staff.cookie)
    ).json();
    expect(detail.history.map((h: { to: string }) => h.to)).toEqual(['new', 'contacted', 'waiting-list']);
    expect(detail.history[2]).toMatchObject({ actorName: staff.name, reason: 'Venter på en mentor' });
    expect(detail.decidedAt).not.toBeNull();
    expect(detail.allowedTransitions).toContain('approved');
    const told = (await listOutbox(s.t.db, 10)).find((m) => m.toAddress === 'ida@makker.test');
    expect(told?.subject).toBe('Du er på ventelisten');
  });

  it('approves several at once, all or none, and invites each approved applicant to log in', async () => {
    const a = await apply('Anna Approve', 'anna@makker.test');
    const b = await apply('Bo Approve', 'bo@makker.test');
    const done = await call(
      'GET',
      `/api/programmes/${programmeId}/applications?status=approved`,
      staff.cookie,
    );
    const alreadyApproved = done.json().applications[0].id as string;
    const mixed = await changeStatus({
      applicationIds: [a.id, alreadyApproved],
      to: 'approved',
      reason: 'Egnet',
    });
    expect(mixed.statusCode).toBe(409);
    const stillNew = (
      await call('GET', `/api/programmes/${programmeId}/applications/${a.id}`, staff.cookie)
    ).json();
    expect(stillNew.status).toBe('new');

    const approved = await changeStatus({ applicationIds: [a.id, b.id], to: 'approved', reason: 'Egnet' });
    expect(approved.json().changed.sort()).toEqual([a.id, b.id].sort());
    const mails = await listOutbox(s.t.db, 20);
    for (const email of ['anna@makker.test', 'bo@makker.test']) {
      const subjects = mails.filter((m) => m.toAddress === email).map((m) => m.subject);
      expect(subjects).toEqual(
        expect.arrayContaining(['Du er optaget', expect.stringMatching(/^Invitation til/)]),
      );
    }
    const status = await call('POST', '/api/public/applications/open', undefined, { token: a.token });
    expect(status.json().status).toBe('approved');
  });

  it("shows another programme's staff nothing of these applications", async () => {
    const other = await createProgramme(s.t.db, 'Andet');
    const stranger = await addPerson(s, { programmeId: other.id, roles: ['staff'] });
    const theirs = await call('GET', `/api/programmes/${other.id}/applications`, stranger.cookie);
    expect(theirs.json().applications).toEqual([]);
    const ours = await call('GET', `/api/programmes/${programmeId}/applications`, stranger.cookie);
    expect(ours.statusCode).toBe(403);
    const { id } = await apply('Hemmelig Person', 'hemmelig@makker.test');
    const peek = await call('GET', `/api/programmes/${other.id}/applications/${id}`, stranger.cookie);
    expect(peek.statusCode).toBe(404);
  });

  it('erases an approved applicant with their account: no trace left, the counts stay right', async () => {
    const marker = `markoer${Date.now()}`;
    const email = `${marker}@makker.test`;
    const { id } = await apply(`${marker} Ansøger`, email);
    const interview = `/api/programmes/${programmeId}/applications/${id}/interview`;
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    expect(
      (await call('POST', interview, staff.cookie, { startsAt, place: `Café ${marker}` })).statusCode,
    ).toBe(200);
    const notes = { notes: `Noter ${marker}`, checklist: { motivation: true } };
    expect((await call('PUT', `${interview}/notes`, staff.cookie, notes)).statusCode).toBe(200);
    await changeStatus({ applicationIds: [id], to: 'approved', reason: `Egnet (${marker})` });
    const before = (await queue()).json().counts.approved as number;
    const invitation = (await listOutbox(s.t.db, 20)).find(
      (m) => m.toAddress === email && m.subject.startsWith('Invitation'),
    )!;
    const token = /\/invitation#(\S+)/.exec(invitation.textBody)![1]!;
    const accepted = await call('POST', '/api/invitations/accept', undefined, {
      token,
      name: `${marker} Ansøger`,
      email,
      password: 'en lang og god adgangskode',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const [user] = await s.t.db.db.select({ id: appUser.id }).from(appUser).where(eq(appUser.email, email));
    const erased = await call(
      'POST',
      `/api/programmes/${programmeId}/people/${user!.id}/erase`,
      staff.cookie,
    );
    expect(erased.statusCode, erased.body).toBe(200);

    const hits = await s.t.db.asOwner(async (tx) => {
      const tables = await queryRows<{ table_name: string }>(
        tx,
        sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
      );
      const found: string[] = [];
      for (const { table_name } of tables) {
        const rows = await queryRows<{ hit: boolean }>(
          tx,
          sql`select exists (select 1 from ${sql.identifier(table_name)} t where strpos(lower(t::text), ${marker}) > 0) as hit`,
        );
        if (rows[0]?.hit) found.push(table_name);
      }
      return found;
    });
    expect(hits).toEqual([]);
    // The application stays as a number in the funnel, and the audit chain still holds.
    expect((await queue()).json().counts.approved).toBe(before);
    expect((await verifyAuditChain(s.t.db)).ok).toBe(true);
  });
});
