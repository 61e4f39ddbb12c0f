/**
 * Wishes profiles over HTTP on a real database: the demo peer's first draft comes from their
 * approved application, they save their own (free words encrypted, audited as themselves),
 * choices must be on the programme's lists, staff read (audited) and edit anyone's, and the
 * must-not-match marks are staff's only — never in the person's own view.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, logIn, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { DEMO_LOGINS } from '../../accounts/server/index.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import type { StaffWishesProfile, Wishes, WishesProfile } from '../matching.contract.ts';
import { matchingPersonalData } from './matching.personal-data.ts';
import { mustNotMatch, wishesProfile } from './matching.table.ts';

describe('wishes profiles', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let peerCookie: string;
  let peerId: string;
  let mentor: TestPerson;
  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    mentor = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Mentor Test' });
    const demoPeer = DEMO_LOGINS.find((l) => l.role === 'peer')!;
    peerCookie = await logIn(s.app, s.env.publicUrl, demoPeer.email, demoPeer.password);
    peerId = (await s.call('GET', '/api/me', peerCookie)).json().user.id;
  }, 60_000);
  afterAll(() => s.close());

  const own = () => `/api/programmes/${programmeId}/my-wishes`;
  const person = (id: string) => `/api/programmes/${programmeId}/wishes/${id}`;

  it('drafts the demo peer’s wishes from their approved application until they save', async () => {
    await s.t.db.withProgramme(programmeId, (tx) =>
      tx.delete(wishesProfile).where(eq(wishesProfile.userId, peerId)),
    );
    const res = await s.call('GET', own(), peerCookie);
    expect(res.statusCode, res.body).toBe(200);
    const draft: WishesProfile = res.json();
    expect(draft).toMatchObject({ role: 'peer', draftFromApplication: true, updatedAt: null });
    expect(draft.wishes.activities.length).toBeGreaterThan(0);
    expect(draft.wishes.availability.length).toBeGreaterThan(0);
    expect(draft.wishes.freeWords.length).toBeGreaterThan(0);
    expect(draft.wishes.birthYear).toBeTypeOf('number');
  });

  it('saves the person’s own wishes, the free words encrypted, audited as themselves', async () => {
    const draft: WishesProfile = (await s.call('GET', own(), peerCookie)).json();
    const wishes: Wishes = {
      ...draft.wishes,
      activities: ['walk', 'fishing'],
      availability: ['4-afternoon', '2-evening'],
      area: 'Jelling',
      partnerGender: 'male',
      freeWords: 'En der lytter.',
      avoidNames: 'Kim fra Kirketorvet',
    };
    const res = await s.call('PUT', own(), peerCookie, { wishes });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ draftFromApplication: false, wishes });
    const [row] = await s.t.db.withProgramme(programmeId, (tx) =>
      tx.select().from(wishesProfile).where(eq(wishesProfile.userId, peerId)),
    );
    expect(row!.freeWordsSealed).toMatch(/^enc:/);
    expect(row!.avoidNamesSealed).toMatch(/^enc:/);
    expect(JSON.stringify(row!.wishes)).not.toContain('lytter');
    const audits = await s.t.db.asOwner((tx) =>
      tx
        .select()
        .from(auditEvent)
        .where(
          and(
            eq(auditEvent.subjectId, peerId),
            eq(auditEvent.purpose, 'PUT /api/programmes/:programmeId/my-wishes'),
          ),
        ),
    );
    expect(audits.map((a) => [a.actorId, a.actorRole, a.action])).toContainEqual([peerId, 'self', 'create']);
  });

  it('refuses an activity or area not on the programme’s list, and a bad slot', async () => {
    const { wishes } = (await s.call('GET', own(), peerCookie)).json() as WishesProfile;
    const bad = await s.call('PUT', own(), peerCookie, {
      wishes: { ...wishes, activities: ['paragliding'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('WISHES_UNKNOWN_CHOICE');
    const area = await s.call('PUT', own(), peerCookie, { wishes: { ...wishes, area: 'Aarhus' } });
    expect(area.json().code).toBe('WISHES_UNKNOWN_CHOICE');
    const slot = await s.call('PUT', own(), peerCookie, { wishes: { ...wishes, availability: ['8-night'] } });
    expect(slot.statusCode).toBe(400);
    expect(slot.json().code).toBe('VALIDATION_FAILED');
  });

  it('lets staff read (audited), edit and pause; a peer cannot read another person', async () => {
    expect((await s.call('GET', person(mentor.id), peerCookie)).statusCode).toBe(403);
    const read = await s.call('GET', person(peerId), staff.cookie);
    expect(read.statusCode, read.body).toBe(200);
    const view: StaffWishesProfile = read.json();
    expect(view.wishes.avoidNames).toBe('Kim fra Kirketorvet');
    expect(view.candidates.map((c) => c.userId)).toContain(mentor.id);
    const saved = await s.call('PUT', person(peerId), staff.cookie, { wishes: view.wishes, paused: true });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().paused).toBe(true);
    // The person's own save keeps staff's pause.
    await s.call('PUT', own(), peerCookie, { wishes: view.wishes });
    expect((await s.call('GET', own(), peerCookie)).json().paused).toBe(true);
    await s.call('PUT', person(peerId), staff.cookie, { wishes: view.wishes, paused: false });
    const audits = await s.t.db.asOwner((tx) =>
      tx
        .select()
        .from(auditEvent)
        .where(and(eq(auditEvent.subjectId, peerId), eq(auditEvent.actorId, staff.id))),
    );
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(['read', 'update']));
    expect(
      (await s.call('GET', person('00000000-0000-4000-8000-000000000000'), staff.cookie)).json().code,
    ).toBe('WISHES_NOT_IN_POOL');
  });

  it('keeps must-not-match marks to staff: audited for both, never in the person’s own view', async () => {
    const marked = await s.call('POST', `${person(peerId)}/must-not-match`, staff.cookie, {
      otherUserId: mentor.id,
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json().mustNotMatch).toEqual([{ userId: mentor.id, name: 'Mentor Test' }]);
    // Seen from the mentor's side too.
    const fromMentor: StaffWishesProfile = (await s.call('GET', person(mentor.id), staff.cookie)).json();
    expect(fromMentor.mustNotMatch.map((m) => m.userId)).toEqual([peerId]);
    for (const cookie of [peerCookie, mentor.cookie]) {
      const mine = await s.call('GET', own(), cookie);
      expect(mine.statusCode, mine.body).toBe(200);
      expect(mine.body).not.toContain('mustNotMatch');
      expect(mine.body).not.toContain(cookie === peerCookie ? mentor.id : peerId);
    }
    const audits = await s.t.db.asOwner((tx) =>
      tx
        .select()
        .from(auditEvent)
        .where(eq(auditEvent.purpose, 'POST /api/programmes/:programmeId/wishes/:userId/must-not-match')),
    );
    expect(new Set(audits.map((a) => a.subjectId))).toEqual(new Set([peerId, mentor.id]));
    const sameRole = await s.call('POST', `${person(peerId)}/must-not-match`, staff.cookie, {
      otherUserId: peerId,
    });
    expect(sameRole.json().code).toBe('MUST_NOT_MATCH_SAME_ROLE');
    const removed = await s.call('DELETE', `${person(mentor.id)}/must-not-match/${peerId}`, staff.cookie);
    expect(removed.json().mustNotMatch).toEqual([]);
  });

  it('exports the person’s wishes without the marks, and erases both', async () => {
    await s.call('POST', `${person(peerId)}/must-not-match`, staff.cookie, { otherUserId: mentor.id });
    const subject = {
      userId: peerId,
      email: 'peer@makker.example',
      phones: [],
      programmeIds: [programmeId],
      wholeAccount: false,
    };
    const exported = await s.t.db.asOwner((tx) => matchingPersonalData.export(tx, subject));
    expect(exported.wishes).toEqual([expect.objectContaining({ role: 'peer', freeWords: 'En der lytter.' })]);
    expect(JSON.stringify(exported)).not.toContain(mentor.id);
    await s.t.db.asOwner((tx) => matchingPersonalData.erase(tx, subject));
    const left = await s.t.db.asOwner(async (tx) => ({
      profiles: await tx.select().from(wishesProfile).where(eq(wishesProfile.userId, peerId)),
      marks: await tx.select().from(mustNotMatch).where(eq(mustNotMatch.otherUserId, peerId)),
      marksBy: await tx.select().from(mustNotMatch).where(eq(mustNotMatch.userId, peerId)),
    }));
    expect(left).toEqual({ profiles: [], marks: [], marksBy: [] });
  });
});
