/**
 * The authorization matrix, generated from the route table: every operation in the OpenAPI
 * document × every role (and a visitor) × three resources — the caller's own, another person's
 * in the same programme, and one in another programme. Each cell checks the answer against the
 * operation's declared `x-makker-access`:
 *
 * - a cell the declaration denies must answer 401 (visitor) or 403, and
 * - no answer, allowed or not, may carry a marker planted in the data of people the caller must
 *   not see: peers in the caller's programme (visible to staff and admins only) and everyone in
 *   the other programme (visible to nobody here).
 *
 * A cell the declaration allows may still be refused by a finer rule of the feature's policy
 * (e.g. staff may not change an admin's roles); those codes are listed and counted. A new route
 * needs nothing here unless it has a path parameter or body the matrix cannot fill: then this
 * test fails and says what to add.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAMME_WAVES } from '../features/evaluation/waves.contract.ts';
import { DEFAULT_INTAKE_SETTINGS } from '../features/intake/server/intake-settings.ts';
import { DEFAULT_MATCHING_SETTINGS, EMPTY_WISHES } from '../features/matching/matching.contract.ts';
import { matchingRound, matchProposal } from '../features/matching/server/matching.table.ts';
import { askAboutExtensions, startMentorship } from '../features/mentorships/server/index.ts';
import { DEFAULT_TRAINING_SETTINGS } from '../features/training/training.contract.ts';
import { type Access, ROLES, type Role } from '../server/access.ts';
import { createProgramme } from '../server/testing/factories.ts';
import { addPerson, type TestPerson } from './testing/people.ts';
import { createTestServer } from './testing/test-server.ts';

type Scope = 'own' | 'same-programme' | 'other-programme';
type Caller = Role | 'visitor';
const SCOPES: Scope[] = ['own', 'same-programme', 'other-programme'];
const CALLERS: Caller[] = ['visitor', ...ROLES];

/** Codes a feature's policy may answer in a cell its declared access allows. */
const FINER_RULE_CODES = new Set(['ROLE_NOT_ALLOWED', 'LAST_ADMIN']);

/**
 * Operations the matrix does not call, with the reason. Everything else in the OpenAPI document
 * is called in every cell.
 */
const NOT_IN_MATRIX: Record<string, string> = {
  'get /api/auth/{*}':
    "better-auth's own endpoints act only on the caller's session or on a secret token; covered by the login, two-factor, passkey and OIDC tests and by the fuzzer",
  'post /api/auth/{*}': 'as above',
  'get /api/dev/mail': 'development only: never registered when NODE_ENV=production',
  'get /api/dev/sms': 'development only: never registered when NODE_ENV=production',
  'post /api/dev/jobs': 'development only: never registered when NODE_ENV=production',
};

/** A 1×1 PNG, base64: the smallest image the upload takes. */
const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAADElEQVQImWMwTlsFAAITAURrwL3KAAAAAElFTkSuQmCC';

/** An event for everyone, a month ahead (the matrix signs people up for it and cancels). */
const MATRIX_EVENT = {
  title: 'Matrix',
  description: '',
  place: 'Matrix',
  startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  endsAt: new Date(Date.now() + 30 * 86_400_000 + 3_600_000).toISOString(),
  capacity: 10,
  costKr: 0,
  signUpDeadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
  audience: 'both',
  guestAllowed: false,
};
/** An id no row has. */
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/** The applicant's own operations: the token in the body is the key. */
const APPLICANT_PATH = /^\/api\/public\/applications\//;

interface OpenApiOperation {
  'x-makker-access'?: 'public' | { roles: Role[]; own?: boolean };
  requestBody?: { required?: boolean };
}

describe('authorization matrix', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let home: { id: string };
  let elsewhere: { id: string };
  let homeSlug = '';
  let elsewhereSlug = '';
  const callers = new Map<Role, TestPerson>();
  /** Markers in the names and e-mails of peers, by programme: only its staff and admins may see them. */
  const secretMarkers = new Map<string, 'home' | 'elsewhere'>();
  let otherHere: TestPerson;
  let otherThere: TestPerson;
  /** A mentor no caller is: the pair staff start by hand in a cell is theirs. */
  let spareMentor: TestPerson;
  let operations: { key: string; method: string; path: string; op: OpenApiOperation }[] = [];

  const marker = (label: string) => `mx${label}${randomBytes(4).toString('hex')}`.toLowerCase();

  async function plantPeer(programmeId: string, label: string): Promise<TestPerson> {
    const m = marker(label);
    secretMarkers.set(m, programmeId === home.id ? 'home' : 'elsewhere');
    return addPerson(s, { programmeId, roles: ['peer'], name: `Peer ${m}` });
  }

  beforeAll(async () => {
    s = await createTestServer({
      RATE_LIMIT_PER_MINUTE: String(Number.MAX_SAFE_INTEGER),
      APPLICATIONS_PER_HOUR: String(Number.MAX_SAFE_INTEGER),
    });
    home = await createProgramme(s.t.db, 'Hjemme');
    elsewhere = await createProgramme(s.t.db, 'Andetsteds');
    homeSlug = (home as { slug?: string }).slug ?? '';
    elsewhereSlug = (elsewhere as { slug?: string }).slug ?? '';
    for (const role of ROLES) callers.set(role, await addPerson(s, { programmeId: home.id, roles: [role] }));
    // A second admin in each programme, so that no cell trips over "the last admin".
    await addPerson(s, { programmeId: home.id, roles: ['admin'] });
    await addPerson(s, { programmeId: elsewhere.id, roles: ['admin'] });
    otherHere = await plantPeer(home.id, 'here');
    otherThere = await plantPeer(elsewhere.id, 'there');
    spareMentor = await addPerson(s, { programmeId: home.id, roles: ['mentor'] });
    const doc = (await s.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, OpenApiOperation>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, op]) => ({ key: `${method} ${path}`, method, path, op })),
    );
  });
  afterAll(() => s.close());

  /** A pending invitation in a programme, made by its admin; returns its id and token. */
  async function invitationIn(programmeId: string) {
    const inviter =
      programmeId === home.id ? callers.get('admin')! : await addPerson(s, { programmeId, roles: ['admin'] });
    const email = `${marker('inv')}@makker.test`;
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/programmes/${programmeId}/invitations`,
      payload: { name: `Inviteret ${email}`, channel: 'email', email, roles: ['peer'] },
      headers: { origin: s.env.publicUrl, cookie: inviter.cookie },
    });
    expect(res.statusCode, res.body).toBe(201);
    const inviteMarker = email.split('@')[0]!;
    secretMarkers.set(inviteMarker, programmeId === home.id ? 'home' : 'elsewhere');
    const mails = (await s.app.inject({ url: '/api/dev/mail' })).json().messages as {
      to: string;
      text: string;
    }[];
    const token = /\/invitation#(\S+)/.exec(mails.find((m) => m.to === email)!.text)![1]!;
    return { id: res.json().id as string, token, marker: inviteMarker };
  }

  /** A sent application in a programme with a marker as the applicant's name; returns its id and token. */
  async function applicationIn(programmeId: string) {
    const slug = programmeId === home.id ? homeSlug : elsewhereSlug;
    const post = (method: 'POST' | 'PUT', url: string, payload: object) =>
      s.app.inject({ method, url, payload, headers: { origin: s.env.publicUrl } });
    const started = await post('POST', `/api/public/programmes/${slug}/applications`, { role: 'peer' });
    expect(started.statusCode, started.body).toBe(201);
    const token = started.json().token as string;
    const applicantMarker = marker('app');
    secretMarkers.set(applicantMarker, programmeId === home.id ? 'home' : 'elsewhere');
    const answers = { name: `Ansøger ${applicantMarker}`, email: `${applicantMarker}@makker.test` };
    expect((await post('PUT', '/api/public/applications/answers', { token, answers })).statusCode).toBe(200);
    // The matrix itself publishes notices (the privacy-notices cell): send with the current one
    // and its required consents.
    const form = await s.app.inject({ url: `/api/public/programmes/${slug}/apply/peer` });
    const notice = form.json().notice as {
      version: number;
      consents: { key: string; required: boolean }[];
    } | null;
    const sent = await post('POST', '/api/public/applications/submit', {
      token,
      noticeVersion: notice?.version ?? 1,
      consents: (notice?.consents ?? []).filter((c) => c.required).map((c) => c.key),
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const list = await s.app.inject({
      url: `/api/programmes/${programmeId}/applications?q=${applicantMarker}`,
      headers: {
        cookie: (programmeId === home.id
          ? callers.get('staff')!
          : await addPerson(s, { programmeId, roles: ['staff'] })
        ).cookie,
      },
    });
    const id = list.json().applications[0].id as string;
    return { id, token, marker: applicantMarker };
  }

  /** A cohort with one session plan in a programme, made by its staff; returns its and a session's id. */
  async function cohortIn(programmeId: string) {
    const lead =
      programmeId === home.id ? callers.get('staff')! : await addPerson(s, { programmeId, roles: ['staff'] });
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/programmes/${programmeId}/cohorts`,
      payload: { name: 'Matrix', startMonth: '2030-09', capacity: 12, leadIds: [], memberIds: [] },
      headers: { origin: s.env.publicUrl, cookie: lead.cookie },
    });
    expect(res.statusCode, res.body).toBe(201);
    return { id: res.json().id as string, sessionId: res.json().sessions[0].id as string };
  }

  /** An open matching round in a programme (one per call: a cell may close it by opening another). */
  async function roundIn(programmeId: string) {
    const opener =
      programmeId === home.id ? callers.get('staff')! : await addPerson(s, { programmeId, roles: ['staff'] });
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/programmes/${programmeId}/matching-rounds`,
      headers: { origin: s.env.publicUrl, cookie: opener.cookie },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }

  /** A pair in each scope (the callers' own, of the planted peers), each with a meeting two days ago. */
  const pairs = new Map<Scope, { id: string; meetingId: string; messageId: string }>();
  async function pairIn(scope: Scope) {
    const made = pairs.get(scope);
    if (made) return made;
    const programmeId = scope === 'other-programme' ? elsewhere.id : home.id;
    // A planted peer of its own: the cell that starts a pair by hand takes `otherHere`.
    const peer = scope === 'own' ? callers.get('peer')! : await plantPeer(programmeId, 'pair');
    const mentor =
      scope === 'own' ? callers.get('mentor')! : await addPerson(s, { programmeId, roles: ['mentor'] });
    const id = await s.t.db.withProgramme(programmeId, (tx) =>
      startMentorship(tx, {
        programmeId,
        peerId: peer.id,
        mentorId: mentor.id,
        startDate: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
        rhythm: 'weekly',
        by: 'staff',
        actorId: null,
      }),
    );
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/programmes/${programmeId}/mentorships/${id}/meetings`,
      payload: {
        date: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
        time: '10:00',
        placeType: 'walk',
      },
      headers: { origin: s.env.publicUrl, cookie: mentor.cookie },
    });
    expect(res.statusCode, res.body).toBe(201);
    // A message from the mentor in the pair's thread (the peer may report it).
    const sent = await s.app.inject({
      method: 'POST',
      url: `/api/programmes/${programmeId}/mentorships/${id}/messages`,
      payload: { text: 'Matrix' },
      headers: { origin: s.env.publicUrl, cookie: mentor.cookie },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const pair = { id, meetingId: res.json().id as string, messageId: sent.json().id as string };
    pairs.set(scope, pair);
    return pair;
  }

  /** A café session (from a new weekly time) and an event in a programme, made by its staff. */
  async function communityIn(programmeId: string) {
    const host =
      programmeId === home.id ? callers.get('staff')! : await addPerson(s, { programmeId, roles: ['staff'] });
    const post = (url: string, payload: object) =>
      s.app.inject({
        method: 'POST',
        url,
        payload,
        headers: { origin: s.env.publicUrl, cookie: host.cookie },
      });
    const slot = await post(`/api/programmes/${programmeId}/cafe/slots`, {
      weekday: 3,
      start: '13:00',
      end: '16:00',
      place: 'Matrix',
    });
    expect(slot.statusCode, slot.body).toBe(201);
    const cafe = await s.app.inject({
      url: `/api/programmes/${programmeId}/cafe`,
      headers: { cookie: host.cookie },
    });
    const event = await post(`/api/programmes/${programmeId}/events`, MATRIX_EVENT);
    expect(event.statusCode, event.body).toBe(201);
    return {
      cafeSessionId: cafe.json().sessions.at(-1).id as string,
      eventId: event.json().id as string,
      slotId: slot.json().id as string,
    };
  }

  /** A post in a programme's closed group, by its staff (who accept the house rules first). */
  const groupPosts = new Map<string, string>();
  async function groupPostIn(programmeId: string) {
    const made = groupPosts.get(programmeId);
    if (made) return made;
    const author =
      programmeId === home.id ? callers.get('staff')! : await addPerson(s, { programmeId, roles: ['staff'] });
    const post = (url: string, payload?: object) =>
      s.app.inject({
        method: 'POST',
        url: `/api/programmes/${programmeId}/group${url}`,
        ...(payload ? { payload } : {}),
        headers: { origin: s.env.publicUrl, cookie: author.cookie },
      });
    expect((await post('/house-rules')).statusCode).toBe(200);
    const res = await post('/posts', { body: 'Matrix' });
    expect(res.statusCode, res.body).toBe(201);
    groupPosts.set(programmeId, res.json().id);
    return res.json().id as string;
  }

  /**
   * A questionnaire sent (by the programme's staff) to a peer or mentor, so the cells call the
   * answering routes with a real one: the caller's own, or another person's (which must stay
   * "not found" to them). Others get an id nobody has.
   */
  const questionnaires = new Map<string, string>();
  async function questionnaireOf(programmeId: string, person: TestPerson | null, role: Caller) {
    const respondentRole = person === otherHere || person === otherThere ? 'peer' : role;
    if (!person || (respondentRole !== 'peer' && respondentRole !== 'mentor')) return NO_SUCH_ID;
    const known = questionnaires.get(person.id);
    if (known) return known;
    const sender =
      programmeId === home.id ? callers.get('staff')! : await addPerson(s, { programmeId, roles: ['staff'] });
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/programmes/${programmeId}/questionnaires`,
      payload: {
        userId: person.id,
        wave: 'T3',
        role: respondentRole,
        opensOn: '2020-01-01',
        closesOn: '2099-12-31',
      },
      headers: { origin: s.env.publicUrl, cookie: sender.cookie },
    });
    expect(res.statusCode, res.body).toBe(201);
    questionnaires.set(person.id, res.json().id);
    return res.json().id as string;
  }

  /** An offered proposal in each scope (the callers' peer and mentor, or a planted peer's), made directly. */
  const proposals = new Map<Scope, string>();
  async function proposalIn(scope: Scope) {
    const made = proposals.get(scope);
    if (made) return made;
    const programmeId = scope === 'other-programme' ? elsewhere.id : home.id;
    const peer = scope === 'own' ? callers.get('peer')! : await plantPeer(programmeId, 'offer');
    const mentor =
      scope === 'own' ? callers.get('mentor')! : await addPerson(s, { programmeId, roles: ['mentor'] });
    const id = await s.t.db.withProgramme(programmeId, async (tx) => {
      const [round] = await tx.insert(matchingRound).values({ programmeId, status: 'closed' }).returning();
      const [row] = await tx
        .insert(matchProposal)
        .values({
          programmeId,
          roundId: round!.id,
          peerId: peer.id,
          mentorId: mentor.id,
          score: 50,
          status: 'offered',
          offeredAt: new Date(),
        })
        .returning();
      return row!.id;
    });
    proposals.set(scope, id);
    return id;
  }

  /** Fills the path and body of one cell; destructive operations get a target of their own. */
  async function buildRequest(key: string, path: string, caller: TestPerson | null, scope: Scope) {
    const programmeId = scope === 'other-programme' ? elsewhere.id : home.id;
    const destructive = /\/erase$|\/roles$/.test(path);
    let person: TestPerson | null;
    if (scope === 'own') person = caller;
    else if (destructive) person = await plantPeer(programmeId, 'target');
    else person = scope === 'same-programme' ? otherHere : otherThere;
    if (scope === 'own' && destructive && caller) {
      // Acting on oneself destructively would end the caller; a twin with the same roles stands in.
      const [role] = [...callers.entries()].find(([, p]) => p === caller) ?? [];
      person = await addPerson(s, { programmeId: home.id, roles: [role!] });
      caller = person;
    }
    const needsInvitation = path.includes('{invitationId}') || /\/api\/invitations\//.test(path);
    const invitation = needsInvitation ? await invitationIn(programmeId) : null;
    const needsApplication =
      path.includes('{applicationId}') || path.endsWith('/applications/status') || APPLICANT_PATH.test(path);
    const applicationCase = needsApplication ? await applicationIn(programmeId) : null;
    const cohortCase = path.includes('{cohortId}') ? await cohortIn(programmeId) : null;
    const roundId = path.includes('{roundId}') ? await roundIn(programmeId) : undefined;
    const pairCase = path.includes('{mentorshipId}') ? await pairIn(scope) : null;
    const communityCase = /\{(cafeSessionId|eventId|slotId)\}/.test(path)
      ? await communityIn(programmeId)
      : null;
    const callerRole = ([...callers.entries()].find(([, p]) => p === caller)?.[0] ?? 'visitor') as Caller;
    const questionnaireId = path.includes('{questionnaireId}')
      ? await questionnaireOf(programmeId, person, callerRole)
      : undefined;
    const proposalId = path.includes('{proposalId}') ? await proposalIn(scope) : undefined;
    const postId =
      path.includes('{postId}') || path.endsWith('/group/moderation')
        ? await groupPostIn(programmeId)
        : undefined;
    const params: Record<string, string | undefined> = {
      programmeId,
      userId: person?.id ?? otherHere.id,
      invitationId: invitation?.id,
      slug: scope === 'other-programme' ? elsewhereSlug : homeSlug,
      role: 'peer',
      applicationId: applicationCase?.id,
      cohortId: cohortCase?.id,
      sessionId: cohortCase?.sessionId,
      mentorshipId: pairCase?.id,
      meetingId: pairCase?.meetingId,
      messageId: pairCase?.messageId,
      // No report of that id: an allowed cell answers MESSAGE_REPORT_NOT_FOUND.
      reportId: NO_SUCH_ID,
      cafeSessionId: communityCase?.cafeSessionId,
      eventId: communityCase?.eventId,
      slotId: communityCase?.slotId,
      locale: 'da',
      // No image of that id: an allowed cell answers IMAGE_NOT_FOUND, a denied one 401/403.
      imageId: '00000000-0000-4000-8000-000000000000',
      // No feed with that token: the public calendar answers NOT_FOUND to everyone.
      token: 'unknown.ics',
      roundId,
      proposalId,
      // Nobody of that id: an allowed cell answers WISHES_NOT_IN_POOL or removes nothing.
      otherUserId: '00000000-0000-4000-8000-000000000001',
      peerId: '00000000-0000-4000-8000-000000000002',
      mentorId: '00000000-0000-4000-8000-000000000003',
      // No theme of that id: an allowed cell answers THEME_ONLY_SUPERVISION or THEME_NOT_FOUND.
      themeId: '00000000-0000-4000-8000-000000000001',
      // No instrument or version of that id: allowed cells answer NOT_FOUND.
      instrumentId: NO_SUCH_ID,
      versionId: NO_SUCH_ID,
      questionnaireId,
      postId,
      // No task of that id: an allowed cell answers MENTORSHIP_TASK_NOT_OPEN.
      taskId: NO_SUCH_ID,
    };
    const url = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = params[name];
      if (!value)
        throw new Error(`${key}: the matrix cannot fill path parameter {${name}}; add it to buildRequest`);
      return value;
    });
    const bodies: Record<string, unknown> = {
      'post /api/programmes/{programmeId}/invitations': {
        name: 'Matrix',
        channel: 'email',
        email: `${marker('new')}@makker.test`,
        roles: ['peer'],
      },
      'put /api/programmes/{programmeId}/people/{userId}/roles': { roles: ['peer', 'mentor'] },
      'post /api/invitations/preview': { token: invitation?.token },
      'post /api/public/programmes/{slug}/applications': { role: 'peer' },
      'post /api/public/applications/open': { token: applicationCase?.token },
      'put /api/public/applications/answers': { token: applicationCase?.token, answers: { name: 'Matrix' } },
      'post /api/public/applications/submit': {
        token: applicationCase?.token,
        noticeVersion: 1,
        consents: [],
      },
      'post /api/public/applications/continue-link': { token: applicationCase?.token, channel: 'email' },
      'post /api/public/applications/consents/withdraw': { token: applicationCase?.token, key: 'evaluation' },
      'post /api/me/applications/{applicationId}/consents/withdraw': { key: 'evaluation' },
      'post /api/programmes/{programmeId}/applications/status': {
        applicationIds: [applicationCase?.id],
        to: 'contacted',
      },
      'post /api/programmes/{programmeId}/applications/{applicationId}/interview': {
        startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        place: 'Caféen, Vejle',
      },
      'put /api/programmes/{programmeId}/applications/{applicationId}/interview/notes': {
        notes: 'Matrix',
        checklist: { motivation: true },
      },
      'put /api/programmes/{programmeId}/intake-settings': DEFAULT_INTAKE_SETTINGS,
      'put /api/programmes/{programmeId}/training-settings': DEFAULT_TRAINING_SETTINGS,
      'post /api/programmes/{programmeId}/cohorts': {
        name: 'Matrix',
        startMonth: '2031-09',
        capacity: 12,
        leadIds: [],
        memberIds: [],
      },
      'post /api/programmes/{programmeId}/my-training/cohorts/{cohortId}/sessions/{sessionId}/absence': {
        reason: 'Matrix',
      },
      'put /api/programmes/{programmeId}/cohorts/{cohortId}/sessions/{sessionId}/attendance/{userId}': {
        mark: 'present',
      },
      'post /api/programmes/{programmeId}/cohorts/{cohortId}/members/{userId}/departure': { reason: 'other' },
      'post /api/programmes/{programmeId}/cohorts/{cohortId}/members': { userId: person?.id ?? otherHere.id },
      'post /api/programmes/{programmeId}/cohorts/{cohortId}/sessions/{sessionId}/themes': { text: 'Matrix' },
      'put /api/programmes/{programmeId}/cohorts/{cohortId}/sessions/{sessionId}': {
        startsAt: '2030-09-12T09:30:00+02:00',
        endsAt: '2030-09-12T15:00:00+02:00',
        place: 'Matrix',
        topic: '',
        teacher: '',
        materials: '',
        links: [],
      },
      'put /api/programmes/{programmeId}/mentorship-settings': {
        months: 6,
        extensionMonths: 3,
        pauseMovesEnd: true,
      },
      'post /api/programmes/{programmeId}/mentorships': {
        peerId: otherHere.id,
        mentorId: spareMentor.id,
        startDate: '2030-01-07',
        rhythm: 'weekly',
      },
      'post /api/programmes/{programmeId}/mentorships/{mentorshipId}/meetings': {
        date: '2030-01-08',
        time: '10:00',
        placeType: 'cafe',
        note: '',
      },
      'put /api/programmes/{programmeId}/mentorships/{mentorshipId}/meetings/{meetingId}': {
        outcome: 'happened',
        rating: 4,
      },
      'put /api/programmes/{programmeId}/mentorships/{mentorshipId}/meetings/{meetingId}/my-rating': {
        rating: 3,
      },
      'post /api/programmes/{programmeId}/mentorships/{mentorshipId}/pause': { reason: 'Matrix' },
      'post /api/programmes/{programmeId}/mentorships/{mentorshipId}/end': {
        reason: 'other',
        note: 'Matrix',
      },
      'post /api/programmes/{programmeId}/mentorships/{mentorshipId}/rhythm': { rhythm: 'fortnightly' },
      'post /api/programmes/{programmeId}/mentorships/{mentorshipId}/messages': { text: 'Matrix' },
      'post /api/programmes/{programmeId}/mentorships/{mentorshipId}/messages/{messageId}/report': {
        reason: 'Matrix',
      },
      'post /api/programmes/{programmeId}/cafe/slots': {
        weekday: 2,
        start: '13:00',
        end: '16:00',
        place: 'Matrix',
      },
      'put /api/programmes/{programmeId}/cafe/slots/{slotId}': {
        weekday: 4,
        start: '14:00',
        end: '16:00',
        place: 'Matrix',
      },
      'put /api/programmes/{programmeId}/cafe/sessions/{cafeSessionId}/host': { hostId: null },
      'post /api/programmes/{programmeId}/cafe/sessions/{cafeSessionId}/cancel': { reason: 'Matrix' },
      'put /api/programmes/{programmeId}/cafe/sessions/{cafeSessionId}/visits/{userId}': { came: true },
      'post /api/programmes/{programmeId}/my-community/check-in': { code: '000000' },
      'post /api/programmes/{programmeId}/my-community/events/{eventId}/sign-up': { guest: false },
      'post /api/programmes/{programmeId}/events': MATRIX_EVENT,
      'put /api/programmes/{programmeId}/events/{eventId}/attendance/{userId}': { attended: true },
      'put /api/programmes/{programmeId}/events/{eventId}': MATRIX_EVENT,
      'post /api/programmes/{programmeId}/events/{eventId}/cancel': { reason: 'Matrix' },
      'post /api/programmes/{programmeId}/mentorships/{mentorshipId}/extension': { wantsToContinue: true },
      'post /api/programmes/{programmeId}/my-notifications/read': {},
      'put /api/programmes/{programmeId}/my-notification-settings': {
        kinds: [{ kind: 'group.post', channels: { 'in-app': true, email: false, sms: false } }],
        quietHours: { from: '22:00', to: '08:00' },
        digest: false,
        phone: null,
      },
      // Not a signed token: every caller is told the link is invalid.
      'post /api/public/notifications/stop': { token: 'matrix.invalid' },
      'post /api/programmes/{programmeId}/mentorships/{mentorshipId}/tasks': { text: 'Matrix' },
      'post /api/programmes/{programmeId}/mentorships/{mentorshipId}/notes': { text: 'Matrix' },
      'put /api/programmes/{programmeId}/page/{locale}': {
        title: 'Matrix',
        tagline: '',
        what: [],
        who: [],
        how: [],
        contacts: [],
        cafe: [],
        support: [],
      },
      'post /api/programmes/{programmeId}/images': {
        decorative: false,
        alt: { da: 'Et blåt felt', en: '' },
        data: TINY_PNG,
      },
      'put /api/programmes/{programmeId}/images/order': { ids: [] },
      'put /api/programmes/{programmeId}/images/{imageId}': { decorative: true, alt: { da: '', en: '' } },
      'post /api/programmes/{programmeId}/privacy-notices': {
        text: { da: 'Sådan passer vi på dine data.', en: 'How we take care of your data.' },
        consents: [{ key: 'processing', required: true, label: { da: 'Ja', en: 'Yes' } }],
      },
      'put /api/programmes/{programmeId}/matching-settings': DEFAULT_MATCHING_SETTINGS,
      'put /api/programmes/{programmeId}/wave-settings': DEFAULT_PROGRAMME_WAVES,
      'put /api/programmes/{programmeId}/my-wishes': { wishes: EMPTY_WISHES },
      'put /api/programmes/{programmeId}/wishes/{userId}': { wishes: EMPTY_WISHES, paused: false },
      'post /api/programmes/{programmeId}/wishes/{userId}/must-not-match': {
        otherUserId: '00000000-0000-4000-8000-000000000001',
      },
      'post /api/programmes/{programmeId}/matching-rounds/{roundId}/preview': {
        weights: DEFAULT_MATCHING_SETTINGS.weights,
      },
      'post /api/programmes/{programmeId}/matching-rounds/{roundId}/pins': {
        peerId: '00000000-0000-4000-8000-000000000002',
        mentorId: '00000000-0000-4000-8000-000000000003',
        kind: 'forbid',
      },
      'post /api/programmes/{programmeId}/matching-rounds/{roundId}/approve': {
        pairs: [
          {
            peerId: '00000000-0000-4000-8000-000000000002',
            mentorId: '00000000-0000-4000-8000-000000000003',
          },
        ],
      },
      'post /api/programmes/{programmeId}/instruments/{instrumentId}/versions': {
        language: 'da',
        wording: { title: 'Matrix', items: [{ number: 1, text: 'Matrix?' }], options: {} },
        translationLog: { forward: ['Matrix'], reconciliation: 'Matrix', backTranslation: 'Matrix' },
      },
      'post /api/programmes/{programmeId}/instruments/{instrumentId}/versions/{versionId}/approve': {
        status: 'proposed',
        source: 'Matrix',
      },
      'post /api/programmes/{programmeId}/questionnaires': {
        userId: person?.id ?? otherHere.id,
        wave: 'T0',
        role: 'peer',
        opensOn: '2030-01-01',
        closesOn: '2030-01-21',
      },
      'put /api/programmes/{programmeId}/my-questionnaires/{questionnaireId}/answers': {
        instrument: 'who-5',
        item: 1,
        value: 3,
        language: 'da',
      },
      'put /api/programmes/{programmeId}/my-questionnaires/{questionnaireId}/important-people': {
        language: 'da',
        people: [{ nickname: 'Matrix', role: 3, contact: 2, use: 0, support: 2 }],
      },
      'put /api/programmes/{programmeId}/match-proposals/{proposalId}/meeting': {
        at: '2030-01-08T10:00:00.000Z',
        place: 'cafe',
        note: 'Matrix',
      },
      'put /api/programmes/{programmeId}/my-share': {
        choices: { firstName: true, activities: true, background: false },
        words: 'Matrix',
      },
      // A decline: the offer ends for both, so later cells answer PROPOSAL_WRONG_STATUS.
      'post /api/programmes/{programmeId}/my-offers/{proposalId}/answer': { accept: false, reason: 'Matrix' },
      'put /api/programmes/{programmeId}/group/me': { sharesFullName: false },
      'post /api/programmes/{programmeId}/group/posts': { body: 'Matrix' },
      'post /api/programmes/{programmeId}/group/posts/{postId}/comments': { body: 'Matrix' },
      'put /api/programmes/{programmeId}/group/posts/{postId}/reaction': { kind: 'heart' },
      'post /api/programmes/{programmeId}/group/posts/{postId}/report': { reason: 'Matrix' },
      'post /api/programmes/{programmeId}/group/moderation': {
        target: 'post',
        id: postId,
        action: 'approve',
      },
      'post /api/programmes/{programmeId}/group/moderation/members': {
        userId: person?.id ?? otherHere.id,
        action: 'lift',
      },
      'put /api/programmes/{programmeId}/group/words': { words: ['matrix'] },
      'post /api/invitations/accept': {
        token: invitation?.token,
        name: 'Matrix',
        email: `${marker('acc')}@makker.test`,
      },
    };
    // Whoever holds an invitation's or application's token is the person it is about: what it
    // shows is their own.
    const ownMarker = /\/api\/invitations\//.test(path)
      ? invitation?.marker
      : APPLICANT_PATH.test(path)
        ? applicationCase?.marker
        : undefined;
    return { url, body: bodies[key], caller, ownMarker };
  }

  function declaredAllows(access: Access, caller: Caller, scope: Scope): boolean {
    if (access === 'public') return true;
    if (caller === 'visitor') return false;
    if (access.own && scope === 'own') return true;
    return scope !== 'other-programme' && access.roles.includes(caller);
  }

  it('lets nobody past their declared access and leaks no marker in any cell', async () => {
    const tally = { cells: 0, allowed: 0, denied: 0, finerRule: 0 };
    const failures: string[] = [];
    const inMatrix = operations.filter((o) => !(o.key in NOT_IN_MATRIX));
    expect(inMatrix.length).toBeGreaterThan(5);
    for (const { key, method, path, op } of inMatrix) {
      const access = op['x-makker-access'];
      expect(access, `${key} declares x-makker-access`).toBeDefined();
      // An operation without a resource in its path acts on the caller alone: one column, "own".
      const scopes: Scope[] =
        /\{(programmeId|userId|slug|invitationId)\}|\/api\/invitations\//.test(path) ||
        APPLICANT_PATH.test(path)
          ? SCOPES
          : ['own'];
      for (const callerRole of CALLERS) {
        for (const scope of scopes) {
          const callerPerson = callerRole === 'visitor' ? null : callers.get(callerRole)!;
          const { url, body, caller, ownMarker } = await buildRequest(key, path, callerPerson, scope);
          if (op.requestBody?.required && body === undefined) {
            throw new Error(`${key} needs a request body: add an example to buildRequest's bodies`);
          }
          const res = await s.app.inject({
            method: method.toUpperCase() as 'GET',
            url,
            ...(body !== undefined ? { payload: body as object } : {}),
            headers: { origin: s.env.publicUrl, ...(caller ? { cookie: caller.cookie } : {}) },
          });
          tally.cells++;
          const cell = `${key} as ${callerRole} on ${scope}: ${res.statusCode}`;
          const allows = declaredAllows(access!, callerRole, scope);
          const code = res.statusCode >= 400 ? (res.json() as { code?: string }).code : undefined;
          if (!allows) {
            tally.denied++;
            const expected = callerRole === 'visitor' ? 401 : 403;
            if (res.statusCode !== expected) failures.push(`${cell} (expected ${expected})`);
          } else if ([401, 403].includes(res.statusCode)) {
            if (code && FINER_RULE_CODES.has(code)) tally.finerRule++;
            else failures.push(`${cell} ${code} (declared access allows it)`);
          } else {
            tally.allowed++;
            if (res.statusCode >= 500) failures.push(`${cell} (server error)`);
          }
          // Staff and admins of the home programme may see its peers; nobody sees the other programme.
          const text = res.body.toLowerCase();
          const maySeeHome =
            allows && (callerRole === 'staff' || callerRole === 'admin') && scope !== 'other-programme';
          for (const [m, where] of secretMarkers) {
            if (text.includes(m) && m !== ownMarker && !(where === 'home' && maySeeHome)) {
              failures.push(
                `${cell} leaks a marker of a peer ${where === 'home' ? 'here' : 'in another programme'}`,
              );
            }
          }
        }
      }
    }
    // biome-ignore lint/suspicious/noConsole: the matrix reports how many cells it checked on every run
    console.info(
      `authorization matrix: ${tally.cells} cells over ${inMatrix.length} operations × ${CALLERS.length} callers × up to ${SCOPES.length} resources — ${tally.allowed} allowed, ${tally.denied} denied, ${tally.finerRule} refused by a finer rule, ${failures.length} violations`,
    );
    expect(failures).toEqual([]);
  }, 900_000);

  /** One of a pair calling the API. */
  const send = (who: TestPerson, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    s.app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: { origin: s.env.publicUrl, cookie: who.cookie },
    });

  it("never shows one of a pair the other's rating or why the pair was paused", async () => {
    const peer = await addPerson(s, { programmeId: home.id, roles: ['peer'] });
    const mentor = await addPerson(s, { programmeId: home.id, roles: ['mentor'] });
    const id = await s.t.db.withProgramme(home.id, (tx) =>
      startMentorship(tx, {
        programmeId: home.id,
        peerId: peer.id,
        mentorId: mentor.id,
        startDate: new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10),
        rhythm: 'weekly',
        by: 'staff',
        actorId: null,
      }),
    );
    const pairUrl = `/api/programmes/${home.id}/mentorships/${id}`;
    const planned = await send(mentor, 'POST', `${pairUrl}/meetings`, {
      date: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      time: '10:00',
      placeType: 'cafe',
    });
    const meetingId = planned.json().id as string;
    const own = new Map([
      [peer.id, 5],
      [mentor.id, 1],
    ]);
    expect(
      (await send(peer, 'PUT', `${pairUrl}/meetings/${meetingId}`, { outcome: 'happened', rating: 5 }))
        .statusCode,
    ).toBe(200);
    expect(
      (await send(mentor, 'PUT', `${pairUrl}/meetings/${meetingId}/my-rating`, { rating: 1 })).statusCode,
    ).toBe(200);
    const reason = marker('pause');
    expect((await send(peer, 'POST', `${pairUrl}/pause`, { reason })).statusCode).toBe(200);
    // Staff's own notes and tasks about the pair (decision 044) never reach either of them.
    const staffOnly = marker('staff-note');
    const staff = callers.get('staff')!;
    expect((await send(staff, 'POST', `${pairUrl}/notes`, { text: staffOnly })).statusCode).toBe(201);
    expect((await send(staff, 'POST', `${pairUrl}/tasks`, { text: staffOnly })).statusCode).toBe(201);
    // Every GET of the feature, as each of the two: no other rating, no reason.
    const reads = operations.filter((o) => o.method === 'get' && /mentorship/.test(o.path));
    expect(reads.length).toBeGreaterThanOrEqual(4);
    let cells = 0;
    for (const who of [peer, mentor]) {
      for (const { key, path } of reads) {
        const url = path.replace('{programmeId}', home.id).replace('{mentorshipId}', id);
        const res = await send(who, 'GET', url);
        cells++;
        expect(res.body, key).not.toContain(reason);
        expect(res.body, key).not.toContain(staffOnly);
        const ratings: [string, unknown][] = [];
        JSON.parse(res.body, (k, v) => {
          if (/rating/i.test(k) && typeof v !== 'object') ratings.push([k, v]);
          return v;
        });
        for (const [k, v] of ratings) {
          expect(k, key).toBe('myRating');
          expect(v, key).toBe(own.get(who.id));
        }
      }
    }
    // Staff do see both ratings and the reason (the data is there to leak).
    const staffView = await send(callers.get('staff')!, 'GET', pairUrl);
    expect(staffView.body).toContain(reason);
    expect(staffView.json().meetings[0].ratings).toEqual({ peer: 5, mentor: 1 });
    expect(cells).toBe(reads.length * 2);
  });

  it('never lets anyone but the two of a pair read their thread, staff and admins included, until one reports a message', async () => {
    const peer = await addPerson(s, { programmeId: home.id, roles: ['peer'] });
    const mentor = await addPerson(s, { programmeId: home.id, roles: ['mentor'] });
    const id = await s.t.db.withProgramme(home.id, (tx) =>
      startMentorship(tx, {
        programmeId: home.id,
        peerId: peer.id,
        mentorId: mentor.id,
        startDate: new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10),
        rhythm: 'weekly',
        by: 'staff',
        actorId: null,
      }),
    );
    const threadUrl = `/api/programmes/${home.id}/mentorships/${id}/messages`;
    const [kept, reported] = [marker('kept'), marker('reported')];
    expect((await send(peer, 'POST', threadUrl, { text: kept })).statusCode).toBe(201);
    const bad = await send(mentor, 'POST', threadUrl, { text: reported });
    expect(bad.statusCode).toBe(201);
    // Both of the pair read both messages.
    for (const who of [peer, mentor]) {
      const res = await send(who, 'GET', threadUrl);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(kept);
      expect(res.body).toContain(reported);
    }
    // Everyone else, whatever their role, in every GET of the API: neither message.
    const others = [
      ...callers.values(),
      await addPerson(s, { programmeId: home.id, roles: ['staff', 'admin', 'researcher'] }),
    ];
    const reads = operations.filter((o) => o.method === 'get' && !(o.key in NOT_IN_MATRIX));
    const urlFor = (path: string) =>
      path
        .replace('{programmeId}', home.id)
        .replace('{mentorshipId}', id)
        .replace(/\{[^}]+\}/g, NO_SUCH_ID);
    const look = async (allowReported: boolean) => {
      let cells = 0;
      for (const who of others) {
        const direct = await send(who, 'GET', threadUrl);
        expect([403, 404], `${who.email} reads the thread`).toContain(direct.statusCode);
        for (const { key, path } of reads) {
          const res = await send(who, 'GET', urlFor(path));
          cells++;
          expect(res.body, key).not.toContain(kept);
          if (!allowReported) expect(res.body, key).not.toContain(reported);
        }
      }
      return cells;
    };
    expect(await look(false)).toBe(reads.length * others.length);
    // Not through an export staff make for the person either (fresh login: just logged in).
    for (const who of [peer, mentor]) {
      const exported = await send(
        others.at(-1)!,
        'GET',
        `/api/programmes/${home.id}/people/${who.id}/export`,
      );
      expect(exported.statusCode, exported.body).toBe(200);
      expect(exported.body).not.toContain(kept);
      expect(exported.body).not.toContain(reported);
    }
    // The peer reports the mentor's message: staff and admins now see that message, and only it.
    const report = await send(peer, 'POST', `${threadUrl}/${bad.json().id}/report`, { reason: 'Matrix' });
    expect(report.statusCode, report.body).toBe(201);
    await look(true);
    const queue = await send(callers.get('staff')!, 'GET', `/api/programmes/${home.id}/reported-messages`);
    expect(queue.body).toContain(reported);
    expect(queue.body).not.toContain(kept);
    for (const role of ['peer', 'mentor', 'researcher'] as const) {
      const res = await send(callers.get(role)!, 'GET', `/api/programmes/${home.id}/reported-messages`);
      expect(res.statusCode).toBe(403);
    }
  });

  it("never shows one of a pair the other's answer about going on, only the outcome once both answered", async () => {
    const peer = await addPerson(s, { programmeId: home.id, roles: ['peer'] });
    const mentor = await addPerson(s, { programmeId: home.id, roles: ['mentor'] });
    // Started 6 months less 20 days ago: within the four weeks before its planned end.
    const start = new Date();
    start.setUTCMonth(start.getUTCMonth() - 6);
    const id = await s.t.db.withProgramme(home.id, (tx) =>
      startMentorship(tx, {
        programmeId: home.id,
        peerId: peer.id,
        mentorId: mentor.id,
        startDate: new Date(start.getTime() + 20 * 86_400_000).toISOString().slice(0, 10),
        rhythm: 'weekly',
        by: 'staff',
        actorId: null,
      }),
    );
    await askAboutExtensions(s.t.db);
    const pairUrl = `/api/programmes/${home.id}/mentorships/${id}`;
    const reads = operations.filter((o) => o.method === 'get' && /mentorship/.test(o.path));
    // Every GET as `who`: the only answer in any response is their own.
    const onlyOwn = async (who: TestPerson, own: boolean | null) => {
      for (const { key, path } of reads) {
        const url = path.replace('{programmeId}', home.id).replace('{mentorshipId}', id);
        const res = await send(who, 'GET', url);
        const answers: [string, unknown][] = [];
        JSON.parse(res.body, (k, v) => {
          if (/answer|wants/i.test(k) && typeof v !== 'object') answers.push([k, v]);
          if (k === 'myAnswer') answers.push([k, v]);
          return v;
        });
        for (const [k, v] of answers.filter(([k]) => k !== 'answerExtension')) {
          expect(k, key).toBe('myAnswer');
          expect(v, key).toBe(own);
        }
      }
    };
    expect((await send(peer, 'POST', `${pairUrl}/extension`, { wantsToContinue: true })).statusCode).toBe(
      200,
    );
    await onlyOwn(mentor, null);
    await onlyOwn(peer, true);
    const last = await send(mentor, 'POST', `${pairUrl}/extension`, { wantsToContinue: false });
    expect(last.json()).toMatchObject({ asked: true, myAnswer: false, outcome: 'declined' });
    await onlyOwn(peer, true);
    await onlyOwn(mentor, false);
  });

  it("never shows one of an offer the other's answer or reason, nor their must-not-match words", async () => {
    const peer = await addPerson(s, { programmeId: home.id, roles: ['peer'] });
    const mentor = await addPerson(s, { programmeId: home.id, roles: ['mentor'] });
    const avoid = marker('avoid');
    const send = (who: TestPerson, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
      s.app.inject({
        method,
        url,
        ...(payload ? { payload } : {}),
        headers: { origin: s.env.publicUrl, cookie: who.cookie },
      });
    const api = `/api/programmes/${home.id}`;
    for (const who of [peer, mentor])
      expect(
        (await send(who, 'PUT', `${api}/my-wishes`, { wishes: { ...EMPTY_WISHES, avoidNames: avoid } }))
          .statusCode,
      ).toBe(200);
    const id = await s.t.db.withProgramme(home.id, async (tx) => {
      const [round] = await tx
        .insert(matchingRound)
        .values({ programmeId: home.id, status: 'closed' })
        .returning();
      const [row] = await tx
        .insert(matchProposal)
        .values({
          programmeId: home.id,
          roundId: round!.id,
          peerId: peer.id,
          mentorId: mentor.id,
          score: 50,
          status: 'offered',
          offeredAt: new Date(),
        })
        .returning();
      return row!.id;
    });
    const reason = marker('why');
    expect(
      (await send(peer, 'POST', `${api}/my-offers/${id}/answer`, { accept: true, reason })).statusCode,
    ).toBe(200);
    const reads = operations.filter((o) => o.method === 'get' && /my-offers|my-share/.test(o.path));
    expect(reads.length).toBe(2);
    for (const { key, path } of reads) {
      const res = await send(mentor, 'GET', path.replace('{programmeId}', home.id));
      expect(res.statusCode, key).toBe(200);
      expect(res.body, key).not.toContain(reason);
      expect(res.body, key).not.toContain(avoid);
      expect(res.body, key).not.toMatch(/"accept"/);
    }
    // Staff see the peer's answer and reason (the data is there to leak).
    const staffView = await send(callers.get('staff')!, 'GET', `${api}/match-proposals`);
    expect(staffView.body).toContain(reason);
  });

  it("lets only staff record a mentor's relapse, and never shows the peer why the pair was paused", async () => {
    const peer = await addPerson(s, { programmeId: home.id, roles: ['peer'] });
    const mentor = await addPerson(s, { programmeId: home.id, roles: ['mentor'] });
    const id = await s.t.db.withProgramme(home.id, (tx) =>
      startMentorship(tx, {
        programmeId: home.id,
        peerId: peer.id,
        mentorId: mentor.id,
        startDate: new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10),
        rhythm: 'weekly',
        by: 'staff',
        actorId: null,
      }),
    );
    const url = `/api/programmes/${home.id}/mentors/${mentor.id}/relapse`;
    // The mentor themselves, their peer, and the other roles without staff rights are refused.
    for (const who of [
      mentor,
      peer,
      callers.get('mentor')!,
      callers.get('peer')!,
      callers.get('researcher')!,
    ])
      expect((await send(who, 'POST', url)).statusCode).toBe(403);
    // Staff of another programme are refused too.
    const elsewhereStaff = await addPerson(s, { programmeId: elsewhere.id, roles: ['staff'] });
    expect((await send(elsewhereStaff, 'POST', url)).statusCode).toBe(403);
    expect((await send(callers.get('staff')!, 'POST', url)).statusCode).toBe(200);
    const reads = operations.filter((o) => o.method === 'get' && /mentorship/.test(o.path));
    for (const { key, path } of reads) {
      const res = await send(
        peer,
        'GET',
        path.replace('{programmeId}', home.id).replace('{mentorshipId}', id),
      );
      expect(res.body, key).not.toMatch(/relapse/i);
    }
    const staffView = await send(
      callers.get('staff')!,
      'GET',
      `/api/programmes/${home.id}/mentorships/${id}`,
    );
    expect(staffView.body).toContain('mentor-relapse');
  });
});
