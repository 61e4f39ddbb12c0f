import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, logIn, logInAgain, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer, type TestServer } from '../../../app/testing/test-server.ts';
import { queryRows } from '../../../server/db.ts';
import { listOutbox } from '../../../server/mail.ts';
import { listSmsOutbox } from '../../../server/sms.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { authSession } from './auth.table.ts';

describe('invitations, people, export and erasure', () => {
  let s: TestServer;
  let programme: { id: string };
  let staff: TestPerson;
  let admin: TestPerson;
  let peer: TestPerson;

  beforeAll(async () => {
    s = await createTestServer();
    programme = await createProgramme(s.t.db);
    staff = await addPerson(s, { programmeId: programme.id, roles: ['staff'] });
    admin = await addPerson(s, { programmeId: programme.id, roles: ['admin'] });
    peer = await addPerson(s, { programmeId: programme.id, roles: ['peer'] });
  });
  afterAll(() => s.close());

  const call: TestServer['call'] = (...args) => s.call(...args);

  const tokenFromText = (text: string) => /\/invitation#(\S+)/.exec(text)?.[1];

  it('lets staff invite a peer by e-mail, who accepts, chooses a password and logs in', async () => {
    const res = await call('POST', `/api/programmes/${programme.id}/invitations`, staff.cookie, {
      name: 'Kim Invitation',
      channel: 'email',
      email: 'Kim.Invitation@Makker.Test',
      roles: ['peer'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'pending',
      email: 'kim.invitation@makker.test',
      roles: ['peer'],
    });
    const mail = (await listOutbox(s.t.db)).find((m) => m.toAddress === 'kim.invitation@makker.test');
    const token = tokenFromText(mail!.textBody)!;
    expect(token).toBeTruthy();

    const preview = await call('POST', '/api/invitations/preview', undefined, { token });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ name: 'Kim Invitation', roles: ['peer'], accountExists: false });

    const weak = await call('POST', '/api/invitations/accept', undefined, {
      token,
      name: 'Kim',
      email: 'kim.invitation@makker.test',
      password: 'password1',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toMatch(/^PASSWORD_/);

    const accepted = await call('POST', '/api/invitations/accept', undefined, {
      token,
      name: 'Kim I.',
      email: 'someone-else@makker.test', // an e-mail invitation keeps the address it was sent to
      password: 'en lang og god adgangskode',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      email: 'kim.invitation@makker.test',
      joinedExistingAccount: false,
    });
    const cookie = await logIn(
      s.app,
      s.env.publicUrl,
      'kim.invitation@makker.test',
      'en lang og god adgangskode',
    );
    const me = await call('GET', '/api/me', cookie);
    expect(me.json().memberships).toEqual([expect.objectContaining({ roles: ['peer'] })]);

    const again = await call('POST', '/api/invitations/accept', undefined, {
      token,
      name: 'Kim',
      email: 'kim.invitation@makker.test',
    });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('INVITATION_INVALID');
    const list = await call('GET', `/api/programmes/${programme.id}/invitations`, staff.cookie);
    expect(list.json().invitations[0]).toMatchObject({ name: 'Kim Invitation', status: 'accepted' });
  });

  it('sends an SMS invitation to a Danish number and refuses numbers that cannot be one', async () => {
    const bad = await call('POST', `/api/programmes/${programme.id}/invitations`, staff.cookie, {
      name: 'Sanne',
      channel: 'sms',
      phone: '12-34',
      roles: ['mentor'],
    });
    expect(bad.statusCode).toBe(400);
    const res = await call('POST', `/api/programmes/${programme.id}/invitations`, staff.cookie, {
      name: 'Sanne SMS',
      channel: 'sms',
      phone: '20 30 40 50',
      roles: ['mentor'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ phone: '+4520304050', channel: 'sms' });
    const sms = (await listSmsOutbox(s.t.db)).find((m) => m.toPhone === '+4520304050');
    const token = tokenFromText(sms!.textBody)!;
    const accepted = await call('POST', '/api/invitations/accept', undefined, {
      token,
      name: 'Sanne',
      email: 'sanne.sms@makker.test',
    });
    expect(accepted.statusCode).toBe(200);
  });

  it('lets only admins invite staff, researchers and admins, and nobody without a role', async () => {
    const body = { name: 'Ny medarbejder', channel: 'email', email: 'ny@makker.test', roles: ['staff'] };
    const byStaff = await call('POST', `/api/programmes/${programme.id}/invitations`, staff.cookie, body);
    expect(byStaff.statusCode).toBe(403);
    expect(byStaff.json().code).toBe('ROLE_NOT_ALLOWED');
    const byPeer = await call('POST', `/api/programmes/${programme.id}/invitations`, peer.cookie, body);
    expect(byPeer.json().code).toBe('FORBIDDEN');
    const anonymous = await call('POST', `/api/programmes/${programme.id}/invitations`, undefined, body);
    expect(anonymous.statusCode).toBe(401);
    const byAdmin = await call('POST', `/api/programmes/${programme.id}/invitations`, admin.cookie, body);
    expect(byAdmin.statusCode).toBe(201);
    const revoke = await call(
      'DELETE',
      `/api/programmes/${programme.id}/invitations/${byAdmin.json().id}`,
      staff.cookie,
    );
    expect(revoke.json().code).toBe('ROLE_NOT_ALLOWED');
    expect(
      (await call('DELETE', `/api/programmes/${programme.id}/invitations/${byAdmin.json().id}`, admin.cookie))
        .statusCode,
    ).toBe(204);
  });

  it('asks an existing account to log in before accepting, then adds the roles to it', async () => {
    const res = await call('POST', `/api/programmes/${programme.id}/invitations`, admin.cookie, {
      name: peer.name,
      channel: 'email',
      email: peer.email,
      roles: ['mentor'],
    });
    expect(res.statusCode).toBe(201);
    const mails = (await listOutbox(s.t.db)).filter((m) => m.toAddress === peer.email);
    const token = tokenFromText(mails[0]!.textBody)!;
    const preview = await call('POST', '/api/invitations/preview', undefined, { token });
    expect(preview.json().accountExists).toBe(true);
    const anonymous = await call('POST', '/api/invitations/accept', undefined, {
      token,
      name: peer.name,
      email: peer.email,
    });
    expect(anonymous.statusCode).toBe(409);
    expect(anonymous.json().code).toBe('ACCOUNT_EXISTS_LOGIN_REQUIRED');
    const asPeer = await call('POST', '/api/invitations/accept', peer.cookie, {
      token,
      name: peer.name,
      email: peer.email,
    });
    expect(asPeer.statusCode).toBe(200);
    expect(asPeer.json().joinedExistingAccount).toBe(true);
    // New rights, new login: the old session has ended.
    expect((await call('GET', '/api/me', peer.cookie)).statusCode).toBe(401);
    peer.cookie = await logIn(s.app, s.env.publicUrl, peer.email, peer.password);
    const me = await call('GET', '/api/me', peer.cookie);
    expect(me.json().memberships[0].roles.sort()).toEqual(['mentor', 'peer']);
  });

  it('asks for a fresh login before role changes and exports', async () => {
    const target = await addPerson(s, { programmeId: programme.id, roles: ['peer'] });
    await s.t.db.db
      .update(authSession)
      .set({ createdAt: new Date(Date.now() - 20 * 60_000) })
      .where(sql`true`);
    const stale = await call(
      'PUT',
      `/api/programmes/${programme.id}/people/${target.id}/roles`,
      admin.cookie,
      {
        roles: ['mentor'],
      },
    );
    expect(stale.statusCode).toBe(403);
    expect(stale.json().code).toBe('REAUTHENTICATION_REQUIRED');
    const staleExport = await call(
      'GET',
      `/api/programmes/${programme.id}/people/${target.id}/export`,
      staff.cookie,
    );
    expect(staleExport.json().code).toBe('REAUTHENTICATION_REQUIRED');
    await logInAgain(s, admin);
    await logInAgain(s, staff);
    const fresh = await call(
      'PUT',
      `/api/programmes/${programme.id}/people/${target.id}/roles`,
      admin.cookie,
      {
        roles: ['mentor'],
      },
    );
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json().roles).toEqual(['mentor']);
    const lastAdmin = await call(
      'PUT',
      `/api/programmes/${programme.id}/people/${admin.id}/roles`,
      admin.cookie,
      {
        roles: ['staff'],
      },
    );
    expect(lastAdmin.json().code).toBe('LAST_ADMIN');
    const byStaff = await call(
      'PUT',
      `/api/programmes/${programme.id}/people/${admin.id}/roles`,
      staff.cookie,
      {
        roles: ['admin', 'peer'],
      },
    );
    expect(byStaff.json().code).toBe('ROLE_NOT_ALLOWED');
  });

  it('lists people with their roles and writes a read record for each of them', async () => {
    const res = await call('GET', `/api/programmes/${programme.id}/people`, staff.cookie);
    expect(res.statusCode).toBe(200);
    const people = res.json().people as { id: string; roles: string[] }[];
    expect(people.find((p) => p.id === staff.id)?.roles).toEqual(['staff']);
    const trail = await call('GET', '/api/me/audit', peer.cookie);
    expect(trail.json().events).toContainEqual(
      expect.objectContaining({
        action: 'read',
        actorName: staff.name,
        purpose: 'GET /api/programmes/:programmeId/people',
      }),
    );
  });

  it('gives a person their data as JSON and as a readable page', async () => {
    const json = await call('GET', '/api/me/export', peer.cookie);
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-disposition']).toContain('mine-data.json');
    const data = json.json();
    expect(data.subject.email).toBe(peer.email);
    expect(Object.keys(data.sections).sort()).toEqual([
      'accounts',
      'applications',
      'audit',
      'community',
      'evaluation',
      'group',
      'matching',
      'mentor-relapses',
      'mentorships',
      'messages',
      'messaging',
      'notifications',
      'training',
    ]);
    expect(JSON.stringify(data)).not.toMatch(/\$argon2|session_token|"token"/);
    const html = await call('GET', '/api/me/export?format=html', peer.cookie);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.body).toContain('<html lang="da">');
    expect(html.body).toContain('Hvem har set eller ændret dine data');
    const english = await s.app.inject({
      url: '/api/me/export?format=html',
      headers: { cookie: `${peer.cookie}; makker_lang=en` },
    });
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Who has seen or changed your data');
    // Every heading and label is English: none of the Danish labels is left in the page.
    for (const danish of ['Din konto', 'Hændelser', 'Tidspunkt', 'Handling', 'Formål', 'Oprettet'])
      expect(english.body).not.toContain(`>${danish}<`);
  });

  it('erases a person so that no trace of them is left in any table', async () => {
    const marker = `Markoer${Date.now()}`;
    const invite = await call('POST', `/api/programmes/${programme.id}/invitations`, staff.cookie, {
      name: `${marker} Navn Ærø`,
      channel: 'sms',
      phone: '+4571717171',
      roles: ['peer'],
    });
    const sms = (await listSmsOutbox(s.t.db)).find((m) => m.toPhone === '+4571717171');
    const email = `${marker.toLowerCase()}@makker.test`;
    await call('POST', '/api/invitations/accept', undefined, {
      token: tokenFromText(sms!.textBody),
      name: `${marker} Navn`,
      email,
      password: 'markørens lange adgangskode',
    });
    const cookie = await logIn(s.app, s.env.publicUrl, email, 'markørens lange adgangskode');
    await call('POST', '/api/auth/sign-in/magic-link', undefined, { email });
    const me = (await call('GET', '/api/me', cookie)).json();
    expect(invite.statusCode).toBe(201);

    const erased = await call(
      'POST',
      `/api/programmes/${programme.id}/people/${me.user.id}/erase`,
      staff.cookie,
    );
    expect(erased.statusCode).toBe(200);
    expect(erased.json()).toEqual({ erased: true, accountDeleted: true });

    // Every text value of every table, read as the owner (past row-level security).
    const hits = await s.t.db.asOwner(async (tx) => {
      const tables = await queryRows<{ table_name: string }>(
        tx,
        sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
      );
      const found: string[] = [];
      for (const { table_name } of tables) {
        const rows = await queryRows<{ hit: boolean }>(
          tx,
          sql`select exists (select 1 from ${sql.identifier(table_name)} t where strpos(lower(t::text), lower(${marker})) > 0 or strpos(t::text, '+4571717171') > 0) as hit`,
        );
        if (rows[0]?.hit) found.push(table_name);
      }
      return found;
    });
    expect(hits).toEqual([]);
    expect((await call('GET', '/api/me', cookie)).statusCode).toBe(401);
    // The audit trail keeps the erasure (ids only) and its chain still verifies.
    const erasure = await queryRows<{ action: string }>(
      s.t.db.db,
      sql`select action from audit_event where subject_id = ${me.user.id} and action = 'erase'`,
    );
    expect(erasure).toHaveLength(1);
  });
});
