/**
 * A pair's messages over HTTP on a real database (decision 048): the two of the pair read and
 * write their thread, stored encrypted; nobody else can read it (another pair's people, staff,
 * admins, researchers); a reported message, and only it, reaches staff's queue, audited, and is
 * marked handled; a closed pair's thread is read-only and is deleted by the retention job; a
 * person's erasure deletes what they wrote; a sent message reaches the pair live over the hub.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { queryRows } from '../../../server/db.ts';
import { LIVE_PATH } from '../../../server/realtime.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { mentorshipEvent, startMentorship } from '../../mentorships/server/index.ts';
import type { MyThreads, PairThread, ReportedMessages } from '../messaging.contract.ts';
import { applyMessagingRetention, THREAD_RETENTION_DAYS } from './index.ts';
import { MESSAGES_PER_MINUTE } from './send-message.ts';

describe('messaging', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let admin: TestPerson;
  let researcher: TestPerson;
  let peer: TestPerson;
  let mentor: TestPerson;
  let otherPeer: TestPerson;
  let otherMentor: TestPerson;
  let pairId: string;

  function call(method: 'GET' | 'POST', url: string, who?: TestPerson, payload?: object) {
    return s.app.inject({
      method,
      url: `/api/programmes/${programmeId}${url}`,
      ...(payload ? { payload } : {}),
      headers: { origin: s.env.publicUrl, ...(who ? { cookie: who.cookie } : {}) },
    });
  }
  const thread = async (who: TestPerson, id = pairId) => {
    const res = await call('GET', `/mentorships/${id}/messages`, who);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as PairThread;
  };
  const startPair = (peerId: string, mentorId: string) =>
    s.t.db.withProgramme(programmeId, (tx) =>
      startMentorship(tx, {
        programmeId,
        peerId,
        mentorId,
        startDate: new Date(Date.now() - 21 * 86_400_000).toISOString().slice(0, 10),
        rhythm: 'weekly',
        by: 'staff',
        actorId: null,
      }),
    );

  beforeAll(async () => {
    s = await createTestServer({ RATE_LIMIT_PER_MINUTE: String(Number.MAX_SAFE_INTEGER) });
    programmeId = (await createProgramme(s.t.db, 'Beskeder')).id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    admin = await addPerson(s, { programmeId, roles: ['admin'] });
    researcher = await addPerson(s, { programmeId, roles: ['researcher'] });
    peer = await addPerson(s, { programmeId, roles: ['peer'], name: 'Pia Peer' });
    mentor = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Mads Mentor' });
    otherPeer = await addPerson(s, { programmeId, roles: ['peer'] });
    otherMentor = await addPerson(s, { programmeId, roles: ['mentor'] });
    pairId = await startPair(peer.id, mentor.id);
    await startPair(otherPeer.id, otherMentor.id);
  });
  afterAll(() => s.close());

  it('lets the two of the pair write and read their thread, stored encrypted, as plain text', async () => {
    const sent = await call('POST', `/mentorships/${pairId}/messages`, mentor, {
      text: '  Ses vi <b>torsdag</b> kl. 10?  ',
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ from: 'me', text: 'Ses vi <b>torsdag</b> kl. 10?' });
    expect(
      (await call('POST', `/mentorships/${pairId}/messages`, peer, { text: 'Ja, ved havnen.' })).statusCode,
    ).toBe(201);
    const forPeer = await thread(peer);
    expect(forPeer.writable).toBe(true);
    expect(forPeer.messages.map((m) => [m.from, m.text])).toEqual([
      ['partner', 'Ses vi <b>torsdag</b> kl. 10?'],
      ['me', 'Ja, ved havnen.'],
    ]);
    expect((await thread(mentor)).messages.map((m) => m.from)).toEqual(['me', 'partner']);
    const mine = (await call('GET', '/my-pair-threads', peer)).json() as MyThreads;
    expect(mine.threads).toEqual([
      { mentorshipId: pairId, partnerName: 'Mads Mentor', writable: true, messageCount: 2 },
    ]);
    // At rest the text is sealed: no plain word of it in the row.
    const rows = await s.t.db.asOwner((tx) =>
      queryRows<{ text_sealed: string }>(
        tx,
        sql`select text_sealed from pair_message where programme_id = ${programmeId}`,
      ),
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.text_sealed).not.toMatch(/torsdag|havnen/);
    // Empty, too long, or not text at all.
    for (const text of ['   ', 'x'.repeat(2001)]) {
      expect((await call('POST', `/mentorships/${pairId}/messages`, peer, { text })).statusCode).toBe(400);
    }
  });

  it('lets nobody else read or write the thread: another pair, staff, admins, researchers', async () => {
    for (const who of [otherPeer, otherMentor]) {
      for (const res of [
        await call('GET', `/mentorships/${pairId}/messages`, who),
        await call('POST', `/mentorships/${pairId}/messages`, who, { text: 'Hej' }),
      ]) {
        expect(res.statusCode).toBe(404);
        expect(res.json().code).toBe('MENTORSHIP_NOT_FOUND');
      }
    }
    for (const who of [staff, admin, researcher]) {
      expect((await call('GET', `/mentorships/${pairId}/messages`, who)).statusCode).toBe(403);
      expect((await call('POST', `/mentorships/${pairId}/messages`, who, { text: 'Hej' })).statusCode).toBe(
        403,
      );
      expect((await call('GET', '/my-pair-threads', who)).statusCode).toBe(403);
    }
    expect((await call('GET', `/mentorships/${pairId}/messages`)).statusCode).toBe(401);
    // Nothing reported yet: staff's queue shows nothing of the thread.
    const queue = await call('GET', '/reported-messages', staff);
    expect(queue.json()).toEqual({ open: [], handled: [] });
    expect((await call('GET', '/reported-messages', peer)).statusCode).toBe(403);
    expect((await call('GET', '/reported-messages', researcher)).statusCode).toBe(403);
  });

  it('shows staff a reported message and only it, audited, until they mark it handled', async () => {
    const bad = await call('POST', `/mentorships/${pairId}/messages`, mentor, {
      text: 'Kan du låne mig penge?',
    });
    const after = await call('POST', `/mentorships/${pairId}/messages`, mentor, {
      text: 'Glem det, undskyld.',
    });
    expect(after.statusCode).toBe(201);
    const badId = bad.json().id as string;
    // One's own message is not reported; a stranger cannot report; then the peer does, once.
    const own = await call('POST', `/mentorships/${pairId}/messages/${badId}/report`, mentor, {});
    expect(own.json().code).toBe('MESSAGE_NOT_REPORTABLE');
    expect(
      (await call('POST', `/mentorships/${pairId}/messages/${badId}/report`, otherPeer, {})).statusCode,
    ).toBe(404);
    const report = await call('POST', `/mentorships/${pairId}/messages/${badId}/report`, peer, {
      reason: 'Jeg blev utryg',
    });
    expect(report.statusCode, report.body).toBe(201);
    const again = await call('POST', `/mentorships/${pairId}/messages/${badId}/report`, peer, {});
    expect(again.json().code).toBe('MESSAGE_NOT_REPORTABLE');
    expect((await thread(peer)).messages.find((m) => m.id === badId)?.reportedByMe).toBe(true);

    const res = await call('GET', '/reported-messages', staff);
    expect(res.statusCode).toBe(200);
    const queue = res.json() as ReportedMessages;
    expect(queue.open).toHaveLength(1);
    expect(queue.open[0]).toMatchObject({
      mentorshipId: pairId,
      text: 'Kan du låne mig penge?',
      sender: { side: 'mentor', name: 'Mads Mentor' },
      reporterName: 'Pia Peer',
      reason: 'Jeg blev utryg',
      handledAt: null,
    });
    // Nothing else of the thread, not even the message right after it.
    expect(res.body).not.toContain('Glem det');
    expect(res.body).not.toContain('torsdag');
    const audited = await s.t.db.asOwner((tx) =>
      queryRows<{ subject_id: string }>(
        tx,
        sql`select subject_id from audit_event where actor_id = ${staff.id} and purpose = 'GET /api/programmes/:programmeId/reported-messages'`,
      ),
    );
    expect(audited.map((a) => a.subject_id).sort()).toEqual([peer.id, mentor.id].sort());

    const reportId = queue.open[0]!.id;
    expect((await call('POST', `/reported-messages/${reportId}/handled`, peer)).statusCode).toBe(403);
    expect((await call('POST', `/reported-messages/${reportId}/handled`, admin)).statusCode).toBe(200);
    const later = (await call('GET', '/reported-messages', staff)).json() as ReportedMessages;
    expect(later.open).toEqual([]);
    expect(later.handled.map((r) => r.id)).toEqual([reportId]);
  });

  it('refuses more than the per-minute limit of messages from one person', async () => {
    const statuses: number[] = [];
    const other = await startPairThread();
    for (let i = 0; i <= MESSAGES_PER_MINUTE; i++) {
      statuses.push(
        (await call('POST', `/mentorships/${other.pairId}/messages`, other.peer, { text: `Nr. ${i}` }))
          .statusCode,
      );
    }
    expect(statuses.filter((c) => c === 201)).toHaveLength(MESSAGES_PER_MINUTE);
    expect(statuses.at(-1)).toBe(429);
  });

  async function startPairThread() {
    const p = await addPerson(s, { programmeId, roles: ['peer'] });
    const m = await addPerson(s, { programmeId, roles: ['mentor'] });
    return { pairId: await startPair(p.id, m.id), peer: p, mentor: m };
  }

  it('keeps a closed pair’s thread read-only, then the retention job deletes it', async () => {
    const closing = await startPairThread();
    const url = `/mentorships/${closing.pairId}`;
    expect((await call('POST', `${url}/messages`, closing.peer, { text: 'Sidste besked' })).statusCode).toBe(
      201,
    );
    expect((await call('POST', `${url}/end`, staff, { reason: 'planned' })).statusCode).toBe(200);
    // Ending: the pair may still arrange their closing conversation.
    expect((await call('POST', `${url}/messages`, closing.mentor, { text: 'Vi ses' })).statusCode).toBe(201);
    expect((await call('POST', `${url}/close`, staff)).statusCode).toBe(200);
    const closed = await thread(closing.peer, closing.pairId);
    expect(closed.writable).toBe(false);
    expect(closed.messages.map((m) => m.text)).toEqual(['Sidste besked', 'Vi ses']);
    const refused = await call('POST', `${url}/messages`, closing.peer, { text: 'Hallo?' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('MESSAGE_THREAD_CLOSED');
    const listed = (await call('GET', '/my-pair-threads', closing.peer)).json() as MyThreads;
    expect(listed.threads).toMatchObject([
      { mentorshipId: closing.pairId, writable: false, messageCount: 2 },
    ]);

    // Not yet past the retention period: kept. Past it: deleted, open pairs' threads kept.
    await applyMessagingRetention(s.t.db);
    expect((await thread(closing.peer, closing.pairId)).messages).toHaveLength(2);
    const past = new Date(Date.now() + (THREAD_RETENTION_DAYS + 1) * 86_400_000);
    // (The demo programme of the test template has a closed pair's thread too.)
    const result = await applyMessagingRetention(s.t.db, past);
    expect(result.threadsDeleted).toBeGreaterThanOrEqual(1);
    expect(result.messagesDeleted).toBeGreaterThanOrEqual(2);
    expect((await thread(closing.peer, closing.pairId)).messages).toEqual([]);
    expect((await thread(peer)).messages.length).toBeGreaterThan(0);
    const closedAt = await s.t.db.withProgramme(programmeId, (tx) =>
      tx.select().from(mentorshipEvent).where(eq(mentorshipEvent.mentorshipId, closing.pairId)),
    );
    expect(closedAt.some((e) => e.toState === 'closed')).toBe(true);
  });

  it("exports a person's own messages and erases them, leaving the partner's", async () => {
    const pair = await startPairThread();
    const url = `/mentorships/${pair.pairId}/messages`;
    await call('POST', url, pair.peer, { text: 'Min egen besked' });
    const fromMentor = await call('POST', url, pair.mentor, { text: 'Mentorens besked' });
    await call('POST', `${url}/${fromMentor.json().id}/report`, pair.peer, { reason: 'Peerens grund' });
    const exported = await s.app.inject({
      url: '/api/me/export',
      headers: { origin: s.env.publicUrl, cookie: pair.peer.cookie },
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('Min egen besked');
    expect(exported.body).toContain('Peerens grund');
    expect(exported.body).not.toContain('Mentorens besked');
    const erased = await call('POST', `/people/${pair.peer.id}/erase`, staff);
    expect(erased.statusCode, erased.body).toBe(200);
    const left = await thread(pair.mentor, pair.pairId);
    expect(left.messages.map((m) => m.text)).toEqual(['Mentorens besked']);
    const reports = await s.t.db.asOwner((tx) =>
      queryRows<{ reporter_id: string | null; reason_sealed: string | null }>(
        tx,
        sql`select r.reporter_id, r.reason_sealed from pair_message_report r join pair_message m on m.id = r.message_id where m.mentorship_id = ${pair.pairId}`,
      ),
    );
    expect(reports).toEqual([{ reporter_id: null, reason_sealed: null }]);
  });

  it('announces a sent message live, ids only, to the two of the pair and to nobody else', async () => {
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    const address = s.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const open = (who: TestPerson) =>
      new Promise<{ socket: WebSocket; messages: Record<string, unknown>[] }>((resolve, reject) => {
        const socket = new WebSocket(`ws://127.0.0.1:${port}${LIVE_PATH}`, {
          headers: { origin: s.env.publicUrl, cookie: who.cookie },
        });
        const messages: Record<string, unknown>[] = [];
        socket.on('message', (data) => {
          const message = JSON.parse(String(data));
          messages.push(message);
          if (message.type === 'ready') resolve({ socket, messages });
        });
        socket.once('error', reject);
      });
    const until = async (
      messages: Record<string, unknown>[],
      match: (m: Record<string, unknown>) => boolean,
    ) => {
      for (let i = 0; i < 100 && !messages.some(match); i++) await new Promise((r) => setTimeout(r, 50));
      return messages.find(match);
    };
    const topic = `pair-thread:${pairId}`;
    const [forPeer, forStaff, forOther] = await Promise.all([open(peer), open(staff), open(otherPeer)]);
    for (const c of [forPeer, forStaff, forOther])
      c.socket.send(JSON.stringify({ type: 'subscribe', topic }));
    expect(await until(forPeer.messages, (m) => m.topic === topic)).toMatchObject({ type: 'subscribed' });
    expect(await until(forStaff.messages, (m) => m.topic === topic)).toMatchObject({ type: 'refused' });
    expect(await until(forOther.messages, (m) => m.topic === topic)).toMatchObject({ type: 'refused' });
    const sent = await call('POST', `/mentorships/${pairId}/messages`, mentor, { text: 'Live hilsen' });
    const event = await until(forPeer.messages, (m) => m.type === 'event');
    expect(event).toEqual({ type: 'event', topic, kind: 'pair.message', id: sent.json().id });
    expect(JSON.stringify(forPeer.messages)).not.toContain('Live hilsen');
    for (const c of [forPeer, forStaff, forOther]) c.socket.close();
  });
});
