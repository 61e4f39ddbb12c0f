/**
 * Notifications on a real database (decision 043): the in-app list, e-mail and SMS through the
 * outbox by each person's choices, held through quiet hours, collected into a digest, always the
 * same generic words, and a stop link that works without login and refuses a changed or old one.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { listOutbox } from '../../../server/mail.ts';
import { smsMessage } from '../../../server/sms.table.ts';
import { listSmsOutbox } from '../../../server/sms.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import type { MyNotifications, NotificationSettings } from '../notifications.contract.ts';
import { deliverHeldNotifications, sendNotificationDigests } from './deliver-held.ts';
import { notificationsPersonalData } from './notifications.personal-data.ts';
import { createNotifier, type Notifier, type NotifyInput } from './notify.ts';
import { signStopToken } from './stop-link.ts';

// 11:00 and 23:00 on a Copenhagen clock (winter: UTC+1).
const DAYTIME = new Date('2026-12-02T10:00:00Z');
const LATE = new Date('2026-12-02T22:00:00Z');

describe('notifications: channels, quiet hours, digest, generic bodies and the stop link', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let notifier: Notifier;
  let programmeId: string;
  let peer: TestPerson;

  const api = (method: 'GET' | 'POST' | 'PUT', url: string, who?: TestPerson, payload?: unknown) =>
    s.call(method, url, who?.cookie, payload);
  const notify = (input: Partial<NotifyInput> = {}) =>
    s.t.db.withProgramme(programmeId, (tx) =>
      notifier.notify(tx, {
        programmeId,
        personId: peer.id,
        kind: 'mentorship.slip',
        link: '/min-side/makker',
        now: DAYTIME,
        ...input,
      }),
    );
  const mailsTo = async (who: TestPerson) =>
    (await listOutbox(s.t.db, 500)).filter((m) => m.toAddress === who.email);
  const settingsOf = async (who: TestPerson) =>
    (
      await api('GET', `/api/programmes/${programmeId}/my-notification-settings`, who)
    ).json() as NotificationSettings;
  const save = async (who: TestPerson, change: Partial<NotificationSettings>) => {
    const current = await settingsOf(who);
    const res = await api('PUT', `/api/programmes/${programmeId}/my-notification-settings`, who, {
      ...current,
      ...change,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as NotificationSettings;
  };
  const stopLinkIn = (text: string) => /\/stop\?t=(\S+)/.exec(text)?.[1];

  beforeAll(async () => {
    s = await createTestServer();
    notifier = createNotifier({ publicUrl: s.env.publicUrl, secret: s.env.authSecret });
    programmeId = (await createProgramme(s.t.db, 'Notifikationer')).id;
  }, 60_000);
  beforeEach(async () => {
    peer = await addPerson(s, { programmeId, roles: ['peer'], name: 'Navnløs Markør' });
  });
  afterAll(() => s.close());

  it('shows it in the list and sends a generic e-mail at once in the daytime, once per dedupe key', async () => {
    expect(await notify({ dedupeKey: 'x' })).not.toBeNull();
    expect(await notify({ dedupeKey: 'x' })).toBeNull();
    const list = (
      await api('GET', `/api/programmes/${programmeId}/my-notifications`, peer)
    ).json() as MyNotifications;
    expect(list.unread).toBe(1);
    expect(list.items).toMatchObject([{ kind: 'mentorship.slip', link: '/min-side/makker', read: false }]);
    expect((await api('GET', '/api/me/notifications/unread', peer)).json()).toEqual({ unread: 1 });

    const [mail, ...more] = await mailsTo(peer);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('Ny besked i makker');
    expect(mail!.textBody).toContain('Du har en ny besked i makker.');
    expect(mail!.textBody).toContain(`${s.env.publicUrl}/min-side/makker`);
    // Nothing about the person or what happened: not their name, not the kind's own words.
    expect(mail!.textBody).not.toMatch(/Navnløs|Markør|møde|makker ind/i);
    expect(stopLinkIn(mail!.textBody)).toBeTruthy();

    const read = await api('POST', `/api/programmes/${programmeId}/my-notifications/read`, peer, {});
    expect((read.json() as MyNotifications).unread).toBe(0);
    expect((await api('GET', '/api/me/notifications/unread', peer)).json()).toEqual({ unread: 0 });
  });

  it('holds e-mail and SMS through the quiet hours and sends them once when they end', async () => {
    await save(peer, { phone: '20 30 40 50', quietHours: { from: '22:00', to: '08:00' } });
    await save(peer, {
      kinds: (await settingsOf(peer)).kinds.map((k) =>
        k.kind === 'mentorship.slip' ? { ...k, channels: { ...k.channels, sms: true } } : k,
      ),
    });
    await notify({ now: LATE });
    expect(await mailsTo(peer)).toEqual([]);
    expect(await deliverHeldNotifications(s.t.db, notifier, new Date('2026-12-03T06:30:00Z'))).toBe(0);
    const other = s.t.kind === 'postgres' ? await s.t.openAnother() : s.t.db;
    const at8 = new Date('2026-12-03T07:00:00Z');
    const sent = await Promise.all([
      deliverHeldNotifications(s.t.db, notifier, at8),
      deliverHeldNotifications(other, notifier, at8),
    ]);
    expect(sent[0]! + sent[1]!).toBe(2);
    expect(await mailsTo(peer)).toHaveLength(1);
    const sms = (await listSmsOutbox(s.t.db, 500)).filter((m) => m.toPhone === '+4520304050');
    expect(sms).toHaveLength(1);
    expect(sms[0]!.textBody).toMatch(
      /^Du har en ny besked i makker\. http\S+\/min-side\/makker\nStop: \S+\/stop\?t=/,
    );
  });

  it('sends nothing on a channel turned off, and keeps an in-app kind turned off out of the list', async () => {
    await save(peer, {
      kinds: (await settingsOf(peer)).kinds.map((k) =>
        k.kind === 'mentorship.slip' ? { ...k, channels: { 'in-app': false, email: false, sms: false } } : k,
      ),
    });
    await notify();
    expect(await mailsTo(peer)).toEqual([]);
    const list = (
      await api('GET', `/api/programmes/${programmeId}/my-notifications`, peer)
    ).json() as MyNotifications;
    expect(list).toEqual({ unread: 0, items: [] });
  });

  it('collects a digest: nothing at once, then one message a day for all of them', async () => {
    await save(peer, { digest: true });
    await notify();
    await notify({ kind: 'meeting.reminder' });
    expect(await mailsTo(peer)).toEqual([]);
    expect(await deliverHeldNotifications(s.t.db, notifier, DAYTIME)).toBe(0);
    const evening = new Date('2026-12-02T16:00:00Z');
    const other = s.t.kind === 'postgres' ? await s.t.openAnother() : s.t.db;
    await Promise.all([
      sendNotificationDigests(s.t.db, notifier, evening),
      sendNotificationDigests(other, notifier, evening),
    ]);
    const [digest, ...more] = await mailsTo(peer);
    expect(more).toEqual([]);
    expect(digest!.textBody).toContain('Du har 2 nye beskeder i makker.');
    // The digest's stop link turns e-mail off for every kind.
    const res = await api('POST', '/api/public/notifications/stop', undefined, {
      token: stopLinkIn(digest!.textBody),
    });
    expect(res.json()).toEqual({ kind: null, channel: 'email' });
    expect((await settingsOf(peer)).kinds.every((k) => !k.channels.email)).toBe(true);
  });

  it('stops a kind by e-mail without login, and says so when the link is changed or too old', async () => {
    await notify();
    const token = stopLinkIn((await mailsTo(peer))[0]!.textBody)!;
    const [body, signature] = token.split('.');
    // Another person's id in the same signed body: the signature no longer fits.
    const forged = Buffer.from(
      Buffer.from(body!, 'base64url').toString().replace(peer.id, '00000000-0000-4000-8000-000000000000'),
    ).toString('base64url');
    for (const bad of [`${forged}.${signature}`, `${body}.${signature!.slice(0, -2)}xx`, 'nonsense']) {
      const res = await api('POST', '/api/public/notifications/stop', undefined, { token: bad });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('STOP_LINK_INVALID');
    }
    const old = signStopToken(
      notifier.stopKey,
      { programmeId, personId: peer.id, kind: 'mentorship.slip', channel: 'email' },
      new Date(Date.now() - 400 * 86_400_000),
    );
    const expired = await api('POST', '/api/public/notifications/stop', undefined, { token: old });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().code).toBe('STOP_LINK_EXPIRED');
    expect((await settingsOf(peer)).kinds.find((k) => k.kind === 'mentorship.slip')!.channels.email).toBe(
      true,
    );

    const stopped = await api('POST', '/api/public/notifications/stop', undefined, { token });
    expect(stopped.statusCode, stopped.body).toBe(200);
    expect(stopped.json()).toEqual({ kind: 'mentorship.slip', channel: 'email' });
    const after = (await settingsOf(peer)).kinds;
    expect(after.find((k) => k.kind === 'mentorship.slip')!.channels).toEqual({
      'in-app': true,
      email: false,
      sms: false,
    });
    expect(after.find((k) => k.kind === 'meeting.reminder')!.channels.email).toBe(true);
    await notify();
    expect(await mailsTo(peer)).toHaveLength(1);
  });

  it('refuses a phone number that cannot be one, and shows staff kinds only to staff', async () => {
    const res = await api('PUT', `/api/programmes/${programmeId}/my-notification-settings`, peer, {
      ...(await settingsOf(peer)),
      phone: 'ring til mig',
    });
    expect(res.json().code).toBe('PHONE_INVALID');
    expect((await settingsOf(peer)).kinds.map((k) => k.kind)).not.toContain('mentorship.slip-staff');
    const staff = await addPerson(s, { programmeId, roles: ['staff'] });
    expect((await settingsOf(staff)).kinds.map((k) => k.kind)).toContain('mentorship.slip-staff');
  });

  it("exports the person's notifications and choices and erases them with the SMS sent to their number", async () => {
    await save(peer, { phone: '+4511223344' });
    await notify();
    const subject = {
      userId: peer.id,
      email: peer.email,
      phones: [],
      programmeIds: [programmeId],
      wholeAccount: true,
    };
    const exported = await s.t.db.withProgramme(programmeId, (tx) =>
      notificationsPersonalData.export(tx, subject),
    );
    expect(exported).toMatchObject({
      notifications: [{ kind: 'mentorship.slip' }],
      settings: [{ phone: '+4511223344' }],
    });
    await s.t.db.db.insert(smsMessage).values({ toPhone: '+4511223344', textBody: 'x' });
    await s.t.db.withProgramme(programmeId, (tx) => notificationsPersonalData.erase(tx, subject));
    const after = await s.t.db.withProgramme(programmeId, (tx) =>
      notificationsPersonalData.export(tx, subject),
    );
    expect(after).toEqual({ notifications: [], deliveries: [], choices: [], settings: [] });
    expect(await s.t.db.db.select().from(smsMessage).where(eq(smsMessage.toPhone, '+4511223344'))).toEqual(
      [],
    );
  });
});
