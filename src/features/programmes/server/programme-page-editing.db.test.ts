import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer, type TestServer } from '../../../app/testing/test-server.ts';
import type { Role } from '../../../server/access.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import type { ProgrammePageContent } from '../programmes.contract.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from './index.ts';

const PURPOSE = 'PUT /api/programmes/:programmeId/page/:locale';

describe("editing a programme's public page", () => {
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
  const pageUrl = (locale = 'da', id = programmeId) => `/api/programmes/${id}/page/${locale}`;
  const publicPage = async (locale = 'da') =>
    (await call('GET', `/api/public/programmes/${DEMO_PROGRAMME_SLUG}/page?locale=${locale}`)).json();

  it('shows what staff save on the public page at once on this instance, and audits it', async () => {
    const stored = await call('GET', pageUrl(), staff.cookie);
    expect(stored.statusCode, stored.body).toBe(200);
    const content = stored.json().content as ProgrammePageContent;
    // The public page is read (and cached) before the change.
    expect((await publicPage()).content.tagline).toBe(content.tagline);
    const changed = await call('PUT', pageUrl(), staff.cookie, { ...content, tagline: 'Ny undertitel' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ locale: 'da', content: { tagline: 'Ny undertitel' } });
    expect((await publicPage()).content.tagline).toBe('Ny undertitel');
    expect((await publicPage('en')).content.tagline).not.toBe('Ny undertitel');
    const audits = await s.t.db.db.select().from(auditEvent).where(eq(auditEvent.purpose, PURPOSE));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: staff.id, subjectId: null, programmeId, action: 'update' });
  });

  it('creates a page in a language the programme did not have yet', async () => {
    const other = await createProgramme(s.t.db, 'Nyt');
    const admin = await addPerson(s, { programmeId: other.id, roles: ['admin'] });
    const missing = await call('GET', pageUrl('en', other.id), admin.cookie);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('PROGRAMME_PAGE_NOT_FOUND');
    const content = {
      title: 'New',
      tagline: '',
      what: [],
      who: [],
      how: [],
      contacts: [],
      cafe: [],
      support: [],
    };
    expect((await call('PUT', pageUrl('en', other.id), admin.cookie, content)).statusCode).toBe(200);
    expect((await call('GET', pageUrl('en', other.id), admin.cookie)).json().content).toEqual(content);
  });

  it.each<Role>(['peer', 'mentor', 'researcher'])('refuses a %s', async (role) => {
    const person = await addPerson(s, { programmeId, roles: [role] });
    const content = (await call('GET', pageUrl(), staff.cookie)).json().content;
    expect((await call('PUT', pageUrl(), person.cookie, content)).statusCode).toBe(403);
    expect((await call('GET', pageUrl(), person.cookie)).statusCode).toBe(403);
  });

  it("refuses another programme's staff and visitors", async () => {
    const other = await createProgramme(s.t.db, 'Andet');
    const otherStaff = await addPerson(s, { programmeId: other.id, roles: ['staff'] });
    const content = (await call('GET', pageUrl(), staff.cookie)).json().content;
    expect((await call('PUT', pageUrl(), otherStaff.cookie, content)).statusCode).toBe(403);
    expect((await call('GET', pageUrl(), otherStaff.cookie)).statusCode).toBe(403);
    expect((await call('PUT', pageUrl(), undefined, content)).statusCode).toBe(401);
  });

  it('refuses invalid content with the failing fields, and changes nothing', async () => {
    const content = (await call('GET', pageUrl(), staff.cookie)).json().content as ProgrammePageContent;
    const res = await call('PUT', pageUrl(), staff.cookie, {
      ...content,
      title: '',
      contacts: [{ name: 'Anne', email: 'ikke-en-mail' }],
      cafe: [{ weekday: 8, start: '25:00', end: '12:00', place: 'Caféen' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json() as { code: string; errors: { path: string }[] };
    expect(body.code).toBe('VALIDATION_FAILED');
    const paths = body.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.title',
        'body.contacts.0.email',
        'body.cafe.0.weekday',
        'body.cafe.0.start',
      ]),
    );
    expect((await call('GET', pageUrl(), staff.cookie)).json().content.title).toBe(content.title);
    expect((await call('PUT', pageUrl('fr'), staff.cookie, content)).statusCode).toBe(400);
  });
});
