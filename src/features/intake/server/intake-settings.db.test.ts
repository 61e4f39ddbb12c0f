import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer, type TestServer } from '../../../app/testing/test-server.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';

describe('intake settings and the privacy notice', () => {
  let s: TestServer;
  let programmeId: string;
  let staff: TestPerson;
  let admin: TestPerson;
  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    admin = await addPerson(s, { programmeId, roles: ['admin'] });
  });
  afterAll(() => s.close());

  const call: TestServer['call'] = (...args) => s.call(...args);
  const settingsUrl = () => `/api/programmes/${programmeId}/intake-settings`;

  it('lets staff change the eligibility rules, which the public form then uses', async () => {
    const current = (await call('GET', settingsUrl(), staff.cookie)).json();
    expect(current.areaPostcodes).toContainEqual({ postcode: '7100', municipalityCode: '630' });
    const mentor = current.eligibilityRules.mentor.map((rule: { kind: string }) =>
      rule.kind === 'abstinence' ? { ...rule, minimumMonths: 6 } : rule,
    );
    const changed = await call('PUT', settingsUrl(), staff.cookie, {
      ...current,
      eligibilityRules: { ...current.eligibilityRules, mentor },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const form = (await call('GET', `/api/public/programmes/${DEMO_PROGRAMME_SLUG}/apply/mentor`)).json();
    expect(form.rules.find((r: { kind: string }) => r.kind === 'abstinence').minimumMonths).toBe(6);
  });

  it('refuses rules and postcodes that do not make sense, with the failing field', async () => {
    const current = (await call('GET', settingsUrl(), staff.cookie)).json();
    const duplicate = await call('PUT', settingsUrl(), staff.cookie, {
      ...current,
      eligibilityRules: {
        ...current.eligibilityRules,
        peer: [current.eligibilityRules.peer[0], current.eligibilityRules.peer[0]],
      },
    });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().code).toBe('VALIDATION_FAILED');
    const unknown = await call('PUT', settingsUrl(), staff.cookie, {
      ...current,
      areaPostcodes: [{ postcode: '7100', municipalityCode: '999' }],
    });
    expect(unknown.json()).toMatchObject({ code: 'MUNICIPALITY_UNKNOWN' });
    const researcher = await addPerson(s, { programmeId, roles: ['researcher'] });
    expect((await call('GET', settingsUrl(), researcher.cookie)).statusCode).toBe(403);
  });

  it('publishes a new notice version (admins only); an applicant who read the old one is asked to read it again', async () => {
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
      answers: { name: 'Nora Notice', email: 'nora@makker.test' },
    });
    const notice = {
      text: { da: 'Ny tekst om dine data.', en: 'New text about your data.' },
      consents: [{ key: 'processing', required: true, label: { da: 'Ja tak', en: 'Yes please' } }],
    };
    expect(
      (await call('POST', `/api/programmes/${programmeId}/privacy-notices`, staff.cookie, notice)).statusCode,
    ).toBe(403);
    const published = await call(
      'POST',
      `/api/programmes/${programmeId}/privacy-notices`,
      admin.cookie,
      notice,
    );
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json().version).toBe(2);
    const old = await call('POST', '/api/public/applications/submit', undefined, {
      token,
      noticeVersion: 1,
      consents: ['processing'],
    });
    expect(old.json().code).toBe('NOTICE_CHANGED');
    const fresh = await call('POST', '/api/public/applications/submit', undefined, {
      token,
      noticeVersion: 2,
      consents: ['processing'],
    });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json().consents[0]).toMatchObject({ noticeVersion: 2, label: { da: 'Ja tak' } });
    const versions = (
      await call('GET', `/api/programmes/${programmeId}/privacy-notices`, staff.cookie)
    ).json();
    expect(versions.notices.map((n: { version: number }) => n.version)).toEqual([2, 1]);
  });
});
