/**
 * The closed group over HTTP on a real database (decision 047): membership follows the person's
 * roles (paused people keep access, leaving or erasure ends it), house rules before writing,
 * the word list holds posts until staff approve, reports and moderation (audited), first names
 * only, images re-encoded and bad files refused, text sealed at rest, and the live topic only
 * for members.
 */
import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { addPerson, logInAgain, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer, type TestServer } from '../../../app/testing/test-server.ts';
import { queryRows } from '../../../server/db.ts';
import { LIVE_PATH } from '../../../server/realtime.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import type { GroupFeed, ModerationQueue } from '../group.contract.ts';
import { groupPost } from './group.table.ts';

describe('the closed group', () => {
  let s: TestServer;
  let programmeId: string;
  let otherProgrammeId: string;
  let staff: TestPerson;
  let admin: TestPerson;
  let mentor: TestPerson;
  let peer: TestPerson;
  let reader: TestPerson;
  let researcher: TestPerson;
  let outsider: TestPerson;

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: TestPerson, payload?: unknown) =>
    s.call(method, `/api/programmes/${programmeId}${url}`, who?.cookie, payload);
  const feed = async (who: TestPerson) => {
    const res = await call('GET', '/group', who);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as GroupFeed;
  };
  const post = (who: TestPerson, body: string, image?: string) =>
    call('POST', '/group/posts', who, { body, ...(image ? { image } : {}) });

  beforeAll(async () => {
    s = await createTestServer({ RATE_LIMIT_PER_MINUTE: String(Number.MAX_SAFE_INTEGER) });
    programmeId = (await createProgramme(s.t.db, 'Gruppen')).id;
    otherProgrammeId = (await createProgramme(s.t.db, 'Andetsteds')).id;
    staff = await addPerson(s, { programmeId, roles: ['staff'], name: 'Susanne Staff Hansen' });
    admin = await addPerson(s, { programmeId, roles: ['admin'], name: 'Anna Admin' });
    mentor = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Mads Mentor Madsen' });
    peer = await addPerson(s, { programmeId, roles: ['peer'], name: 'Pia Peer Pedersen' });
    reader = await addPerson(s, { programmeId, roles: ['peer'], name: 'Rasmus Læser' });
    researcher = await addPerson(s, { programmeId, roles: ['researcher'] });
    outsider = await addPerson(s, { programmeId: otherProgrammeId, roles: ['peer'] });
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    for (const who of [staff, mentor, peer, reader]) {
      expect((await call('POST', '/group/house-rules', who)).statusCode).toBe(200);
    }
  }, 90_000);
  afterAll(() => s.close());

  it('is for the programme’s peers, mentors and staff only', async () => {
    for (const who of [admin, researcher, outsider]) {
      expect((await call('GET', '/group', who)).statusCode).toBe(403);
    }
    expect((await call('GET', '/group')).statusCode).toBe(401);
    expect((await feed(staff)).me.canModerate).toBe(true);
    expect((await feed(peer)).me.canModerate).toBe(false);
  });

  it('asks for the house rules before a first post', async () => {
    const newcomer = await addPerson(s, { programmeId, roles: ['peer'] });
    expect((await feed(newcomer)).me.rulesAccepted).toBe(false);
    const refused = await post(newcomer, 'Hej alle');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('GROUP_RULES_NOT_ACCEPTED');
    await call('POST', '/group/house-rules', newcomer);
    expect((await feed(newcomer)).me.rulesAccepted).toBe(true);
    expect((await post(newcomer, 'Hej alle')).statusCode).toBe(201);
  });

  it('shows first name and role only, unless the member shares their full name', async () => {
    const res = await post(mentor, 'Gåtur på lørdag?');
    const id = res.json().id;
    const seen = (await feed(reader)).posts.find((p) => p.id === id)!;
    expect(seen.author).toEqual({ displayName: 'Mads', role: 'mentor', mine: false });
    const raw = (await call('GET', '/group', reader)).body;
    expect(raw).not.toContain('Madsen');
    expect(raw).not.toContain(mentor.email);
    await call('PUT', '/group/me', mentor, { sharesFullName: true });
    expect((await feed(reader)).posts.find((p) => p.id === id)!.author?.displayName).toBe(
      'Mads Mentor Madsen',
    );
  });

  it('holds a word-list hit or a phone number for staff, who approve it (audited), live to members', async () => {
    const words = await call('PUT', '/group/words', staff, { words: ['Sælger', 'hash'] });
    expect(words.json()).toEqual({ words: ['hash', 'sælger'] });
    expect((await call('PUT', '/group/words', mentor, { words: [] })).statusCode).toBe(403);

    const live = await connect(reader);
    live.subscribe(`programme-group:${programmeId}`);
    await live.next((m) => m.type === 'subscribed');

    const held = await post(mentor, 'Jeg sælger min gamle cykel, skriv til mig');
    expect(held.json().status).toBe('held');
    const phone = await post(peer, 'Ring på +45 22 33 44 55');
    expect(phone.json().status).toBe('held');
    expect((await post(peer, 'Hashtag-fri snak: hvordan sover I?')).json().status).toBe('published');

    // Only the author sees a held post meanwhile.
    expect((await feed(mentor)).posts.find((p) => p.id === held.json().id)?.status).toBe('held');
    expect((await feed(reader)).posts.some((p) => p.id === held.json().id)).toBe(false);

    const queue = (await call('GET', '/group/moderation', staff)).json() as ModerationQueue;
    const item = queue.items.find((i) => i.id === held.json().id)!;
    expect(item).toMatchObject({ heldFor: 'sælger', status: 'held', body: expect.stringContaining('cykel') });
    expect(queue.items.find((i) => i.id === phone.json().id)?.heldFor).toBe('phone number');
    expect((await call('GET', '/group/moderation', mentor)).statusCode).toBe(403);

    const before = live.messages.length;
    const approve = await call('POST', '/group/moderation', staff, {
      target: 'post',
      id: held.json().id,
      action: 'approve',
    });
    expect(approve.statusCode, approve.body).toBe(200);
    const event = await live.next(
      (m, i) => i >= before && m.type === 'event' && m.kind === 'group.moderated',
    );
    expect(event).toEqual({
      type: 'event',
      topic: `programme-group:${programmeId}`,
      kind: 'group.moderated',
      id: held.json().id,
    });
    // The event names ids only; the text comes from the API.
    expect(JSON.stringify(live.messages)).not.toContain('cykel');
    expect((await feed(reader)).posts.find((p) => p.id === held.json().id)?.status).toBe('published');
    const audits = await s.t.db.asOwner((tx) =>
      queryRows<{ purpose: string }>(
        tx,
        sql`select purpose from audit_event where subject_id = ${mentor.id} and actor_id = ${staff.id}`,
      ),
    );
    expect(audits.map((a) => a.purpose)).toEqual(
      expect.arrayContaining(['group moderation queue', 'group moderation: approve post']),
    );
    live.close();
  });

  it('keeps post text sealed at rest', async () => {
    const res = await post(reader, 'Et hemmeligt ord: blåbærgrød');
    const [row] = await s.t.db.asOwner((tx) =>
      tx.select({ body: groupPost.bodySealed }).from(groupPost).where(eq(groupPost.id, res.json().id)),
    );
    expect(row!.body).not.toContain('blåbærgrød');
  });

  it('takes reports to the queue; staff hide with a reason, warn and suspend', async () => {
    const target = (await post(peer, 'Noget grimt om en anden')).json().id;
    await call('PUT', `/group/posts/${target}/reaction`, reader, { kind: 'heart' });
    expect((await feed(reader)).posts.find((p) => p.id === target)).toMatchObject({
      reactions: [{ kind: 'heart', count: 1 }],
      myReaction: 'heart',
    });
    await call('POST', `/group/posts/${target}/comments`, reader, { body: 'Det er ikke i orden' });
    expect(
      (await call('POST', `/group/posts/${target}/report`, reader, { reason: 'Den er nedladende' }))
        .statusCode,
    ).toBe(200);
    const queue = (await call('GET', '/group/moderation', staff)).json() as ModerationQueue;
    expect(queue.items.find((i) => i.id === target)?.reports).toEqual([
      { reason: 'Den er nedladende', createdAt: expect.any(String) },
    ]);
    const noReason = await call('POST', '/group/moderation', staff, {
      target: 'post',
      id: target,
      action: 'hide',
    });
    expect(noReason.json().code).toBe('GROUP_REASON_REQUIRED');
    const hide = await call('POST', '/group/moderation', staff, {
      target: 'post',
      id: target,
      action: 'hide',
      reason: 'Husregel 1: vi taler pænt',
    });
    expect(hide.statusCode).toBe(200);
    expect((await feed(reader)).posts.some((p) => p.id === target)).toBe(false);

    const warn = await call('POST', '/group/moderation/members', staff, {
      userId: peer.id,
      action: 'warn',
      reason: 'Husregel 1',
    });
    expect(warn.statusCode, warn.body).toBe(200);
    expect((await feed(peer)).me).toMatchObject({ warnings: 1, moderationReason: 'Husregel 1' });
    await call('POST', '/group/moderation/members', staff, {
      userId: peer.id,
      action: 'suspend',
      reason: 'Gentaget',
      days: 3,
    });
    const suspended = await post(peer, 'Hej igen');
    expect(suspended.json().code).toBe('GROUP_SUSPENDED');
    expect((await feed(peer)).me.suspendedUntil).not.toBeNull();
    await call('POST', '/group/moderation/members', staff, { userId: peer.id, action: 'lift' });
    expect((await post(peer, 'Hej igen')).statusCode).toBe(201);
  });

  it('re-encodes images to WebP without metadata and refuses SVG, GIF and bombs', async () => {
    const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#7a9' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Hemmelig Fotograf', Copyright: 'GPS 55.7,9.5' } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const res = await post(mentor, 'Udsigten fra turen', photo.toString('base64'));
    expect(res.statusCode, res.body).toBe(201);
    const image = await call('GET', `/group/posts/${res.json().id}/image`, reader);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/webp');
    const meta = await sharp(image.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 800 });
    expect(meta.exif).toBeUndefined();
    expect(image.rawPayload.includes(Buffer.from('Hemmelig'))).toBe(false);
    expect((await call('GET', `/group/posts/${res.json().id}/image`, outsider)).statusCode).toBe(403);

    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const polyglot = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), svg]);
    expect((await post(mentor, 'svg', svg.toString('base64'))).json().code).toBe('IMAGE_TYPE_NOT_ALLOWED');
    expect((await post(mentor, 'gif', gif.toString('base64'))).json().code).toBe('IMAGE_TYPE_NOT_ALLOWED');
    expect((await post(mentor, 'bomb', bomb.toString('base64'))).json().code).toBe('IMAGE_TOO_LARGE');
    expect((await post(mentor, 'polyglot', polyglot.toString('base64'))).json().code).toBe(
      'IMAGE_UNREADABLE',
    );
  }, 60_000);

  it('follows programme status: paused keeps access, leaving and erasure end it, and the live topic too', async () => {
    const pairPeer = await addPerson(s, { programmeId, roles: ['peer'] });
    const pairMentor = await addPerson(s, { programmeId, roles: ['mentor'] });
    const start = await s.call('POST', `/api/programmes/${programmeId}/mentorships`, staff.cookie, {
      peerId: pairPeer.id,
      mentorId: pairMentor.id,
      startDate: copenhagenDate(),
      rhythm: 'weekly',
    });
    expect(start.statusCode, start.body).toBe(201);
    const pause = await s.call(
      'POST',
      `/api/programmes/${programmeId}/mentorships/${start.json().id}/pause`,
      pairPeer.cookie,
      { reason: 'Jeg har brug for en pause' },
    );
    expect(pause.json()).toMatchObject({ state: 'paused' });
    expect((await call('GET', '/group', pairPeer)).statusCode).toBe(200);
    await call('POST', '/group/house-rules', pairPeer);
    expect((await post(pairPeer, 'Jeg holder pause, men er her stadig')).statusCode).toBe(201);

    // The live topic: a member is granted it, someone of another programme is not.
    const outsiderLive = await connect(outsider);
    outsiderLive.subscribe(`programme-group:${programmeId}`);
    expect(await outsiderLive.next((m) => m.topic === `programme-group:${programmeId}`)).toMatchObject({
      type: 'refused',
    });
    outsiderLive.close();

    // Leaving: the admin takes the mentor's role away (a fresh login is needed for that). A
    // socket that was granted the topic loses it at the next heartbeat.
    const leaving = await connect(pairMentor);
    leaving.subscribe(`programme-group:${programmeId}`);
    await leaving.next((m) => m.type === 'subscribed');
    await logInAgain(s, admin);
    const left = await s.call(
      'PUT',
      `/api/programmes/${programmeId}/people/${pairMentor.id}/roles`,
      admin.cookie,
      {
        roles: [],
      },
    );
    expect(left.statusCode, left.body).toBe(200);
    expect([401, 403]).toContain((await call('GET', '/group', pairMentor)).statusCode);
    s.app.realtime.heartbeat();
    expect(await leaving.next((m) => m.type === 'refused')).toEqual({
      type: 'refused',
      topic: `programme-group:${programmeId}`,
      code: 'FORBIDDEN',
    });
    leaving.close();

    // Erasure: the person, their session and their posts are gone.
    await logInAgain(s, staff);
    const erased = await s.call(
      'POST',
      `/api/programmes/${programmeId}/people/${pairPeer.id}/erase`,
      staff.cookie,
    );
    expect(erased.statusCode, erased.body).toBe(200);
    expect((await call('GET', '/group', pairPeer)).statusCode).toBe(401);
    const left_over = await s.t.db.asOwner((tx) =>
      tx
        .select()
        .from(groupPost)
        .where(and(eq(groupPost.programmeId, programmeId), eq(groupPost.authorId, pairPeer.id))),
    );
    expect(left_over).toEqual([]);
  });

  type Message = { type: string; topic?: string; kind?: string; id?: string };
  async function connect(who: TestPerson) {
    const address = s.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const socket = new WebSocket(`ws://127.0.0.1:${port}${LIVE_PATH}`, {
      headers: { origin: s.env.publicUrl, cookie: who.cookie },
    });
    const messages: Message[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data)) as Message));
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const next = async (match: (m: Message, index: number) => boolean) => {
      const deadline = Date.now() + 5_000;
      while (Date.now() < deadline) {
        const found = messages.find(match);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error('no such message in time');
    };
    return {
      messages,
      next,
      subscribe: (topic: string) => socket.send(JSON.stringify({ type: 'subscribe', topic })),
      close: () => socket.close(),
    };
  }
});
