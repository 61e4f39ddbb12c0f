import type { Page } from '@playwright/test';
import { addDays } from '../../src/features/mentorships/calendar-days.ts';
import { copenhagenDate, copenhagenInstant } from '../../src/shared/calendar-date.ts';
import { expectAccessiblePhonePage } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';

// The demo pair (Jonas Hansen and Mette Nielsen) meets weekly. On a 390 px phone the peer writes in
// yesterday's meeting and plans the next; the server's clock is then moved on (POST /api/dev/jobs):
// the day before the planned meeting both are reminded, after 1.5 × a week without a meeting both
// get a kind nudge (e-mail and, for the peer, who chose it in the demo, SMS), after 2 × staff are
// told. The messages name nobody; the stop link works without login and refuses a changed link.
// pair-meets-pauses-and-resumes runs before this file and leaves the pair running (resumed today).
const PEER = { email: 'peer@makker.example', password: 'demo-peer-makker', phone: '+4520304050' };
const STAFF_EMAIL = 'staff@makker.example';
const SHOTS = process.env.MAKKER_E2E_SHOTS;
const today = copenhagenDate();
/** 10:00 in Copenhagen n days from today: outside everyone's quiet hours. */
const dayAt10 = (n: number) => copenhagenInstant(addDays(today, n), '10:00').toISOString();

interface Outbox {
  messages: { to: string; subject: string; text: string }[];
}

async function mailsTo(page: Page, to: string) {
  const { messages } = (await (await page.request.get('/api/dev/mail')).json()) as Outbox;
  return messages.filter((m) => m.to === to);
}

async function smsTo(page: Page, to: string) {
  const { messages } = (await (await page.request.get('/api/dev/sms')).json()) as Outbox;
  return messages.filter((m) => m.to === to);
}

async function runJob(page: Page, kind: string, now: string) {
  // The browser's session cookie goes along: a write with a cookie must name its origin (CSRF guard).
  const origin = new URL(page.url()).origin;
  const response = await page.request.post('/api/dev/jobs', { data: { kind, now }, headers: { origin } });
  expect(response.status(), `${kind} as of ${now}`).toBe(202);
}

async function logIn(page: Page) {
  await page.goto('/log-ind');
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill(PEER.email);
  await form.getByLabel('Adgangskode', { exact: true }).fill(PEER.password);
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');
}

async function logOut(page: Page) {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Log ud' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Log ind' }),
  ).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
});

test('the rhythm slips, a nudge arrives without names, and its stop link works', async ({
  page,
  browserGuard,
}) => {
  test.setTimeout(150_000);
  await logIn(page);

  // Yesterday's coffee, written in afterwards and logged as met; the next meeting planned in a week.
  await page.getByRole('link', { name: 'Min makker' }).click();
  const plan = page.getByRole('region', { name: 'Planlæg et møde' });
  await plan.getByRole('button', { name: 'Planlæg et møde' }).click();
  await plan.getByLabel('Dato').fill(addDays(today, -1));
  await plan.getByLabel('Klokken').fill('11:00');
  await plan.getByRole('radio', { name: 'Café', exact: true }).check();
  await plan.getByRole('textbox', { name: 'Note (valgfri)' }).fill('Kage i byen');
  await plan.getByRole('button', { name: 'Gem mødet' }).click();
  await expect(plan.getByRole('status')).toHaveText('Mødet er gemt.');
  const coffee = page.getByRole('listitem').filter({ hasText: 'Kage i byen' });
  await coffee.getByRole('button', { name: 'Vi mødtes' }).click();
  await coffee.getByRole('radio', { name: '4 – Godt' }).check();
  await coffee.getByRole('button', { name: 'Vi mødtes' }).click();
  await expect(coffee).toContainText('Dit svar: 4 af 5');
  await plan.getByRole('button', { name: 'Planlæg et møde' }).click();
  await plan.getByLabel('Dato').fill(addDays(today, 8));
  await plan.getByLabel('Klokken').fill('16:00');
  await plan.getByRole('radio', { name: 'Gåtur' }).check();
  await plan.getByRole('textbox', { name: 'Note (valgfri)' }).fill('Tur i skoven');
  await plan.getByRole('button', { name: 'Gem mødet' }).click();
  await expect(plan.getByRole('status')).toHaveText('Mødet er gemt.');

  // Five days on nothing has slipped; seven days on, the day before the walk, both are reminded.
  const mailsBefore = (await mailsTo(page, PEER.email)).length;
  const smsBefore = (await smsTo(page, PEER.phone)).length;
  await runJob(page, 'mentorships.slip-nudges', dayAt10(5));
  await runJob(page, 'mentorships.meeting-reminders', dayAt10(7));
  await expect
    .poll(async () => (await mailsTo(page, PEER.email)).length, { timeout: 20_000 })
    .toBe(mailsBefore + 1);
  await expect.poll(async () => (await smsTo(page, PEER.phone)).length).toBe(smsBefore + 1);

  // Thirteen days on, without a meeting logged since: the kind nudge, by e-mail and SMS.
  await runJob(page, 'mentorships.slip-nudges', dayAt10(13));
  await expect
    .poll(async () => (await mailsTo(page, PEER.email)).length, { timeout: 20_000 })
    .toBe(mailsBefore + 2);
  const [nudge] = await mailsTo(page, PEER.email);
  expect(nudge!.subject).toBe('Ny besked i makker');
  expect(nudge!.text).toContain('Du har en ny besked i makker.');
  expect(nudge!.text).not.toMatch(/Jonas|Mette|Hansen|Nielsen|møde|Kage/);
  await expect.poll(async () => (await smsTo(page, PEER.phone)).length).toBe(smsBefore + 2);
  const [sms] = await smsTo(page, PEER.phone);
  expect(sms!.text).toMatch(/^Du har en ny besked i makker\. \S+\/min-side\/makker\nStop: \S+\/stop\?t=\S+$/);

  // In makker itself the nudge says what it is about: the menu counts it, the list shows it.
  await page.goto('/min-side');
  const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
  await expect(menu.getByRole('link', { name: /^Beskeder, \d+ ulæste?$/ })).toBeVisible();
  await menu.getByRole('link', { name: /^Beskeder/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beskeder');
  const item = page.getByRole('listitem').filter({ hasText: 'Det er et stykke tid siden' });
  await expect(item).toContainText('Ny:');
  await expect(item).toContainText('Måske er det tid til at finde en dag?');
  await expectAccessiblePhonePage(page, 'the list of messages');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/notifications-list.png`, fullPage: true });
  await page.getByRole('button', { name: 'Markér alle som læst' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Alle beskeder er markeret som læst.' }),
  ).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Beskeder', exact: true })).toBeVisible();
  await logOut(page);

  // The stop link in the e-mail, opened without login: that kind of e-mail stops.
  const stop = /https?:\/\/\S+\/stop\?t=\S+/.exec(nudge!.text)![0];
  const stopUrl = new URL(stop);
  await page.goto(stopUrl.pathname + stopUrl.search);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stop beskeder');
  await expect(page.getByRole('status')).toContainText(
    'Du får ikke flere e-mails om “Det er et stykke tid siden”.',
  );
  await expectAccessiblePhonePage(page, 'the stop page');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/notifications-stopped.png`, fullPage: true });

  // A link with a changed letter is refused, and says so.
  browserGuard.allowConsoleError(/status of 400 .*\/api\/public\/notifications\/stop\)$/);
  const token = stopUrl.searchParams.get('t')!;
  const changed = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
  await page.goto(`/stop?t=${changed}`);
  await expect(page.getByRole('alert')).toContainText('Linket virker ikke');
  await expect(page.getByRole('alert')).toContainText('Linket til at stoppe beskeder er ikke gyldigt.');
  await expectAccessiblePhonePage(page, 'the stop page with a changed link');

  // Two weeks and more: staff are told (their own generic e-mail); the peer gets no second nudge.
  // (The clock moves for every demo pair, so staff may be told of other pairs too.)
  const staffBefore = (await mailsTo(page, STAFF_EMAIL)).length;
  await runJob(page, 'mentorships.slip-nudges', dayAt10(16));
  await expect
    .poll(async () => (await mailsTo(page, STAFF_EMAIL)).length, { timeout: 20_000 })
    .toBeGreaterThan(staffBefore);
  expect((await mailsTo(page, STAFF_EMAIL))[0]!.text).not.toMatch(/Jonas|Mette/);
  expect((await mailsTo(page, PEER.email)).length).toBe(mailsBefore + 2);

  // The peer's choices: the nudge's e-mail is off now; they turn its SMS off too and keep quiet hours.
  await logIn(page);
  await page.goto('/min-side/notifikationer/valg');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dine valg for beskeder');
  await expect(page.getByRole('checkbox', { name: 'E-mail: Det er et stykke tid siden' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'I makker: Det er et stykke tid siden' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Mobilnummer til SMS' })).toHaveValue(PEER.phone);
  await expect(
    page.getByRole('checkbox', { name: 'Send ingen e-mails eller SMS i de stille timer' }),
  ).toBeChecked();
  await page.getByRole('checkbox', { name: 'SMS: Det er et stykke tid siden' }).uncheck();
  await page.getByRole('button', { name: 'Gem mine valg' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dine valg er gemt.' })).toBeVisible();
  await expectAccessiblePhonePage(page, 'the choices for messages');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/notifications-choices.png`, fullPage: true });
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'SMS: Det er et stykke tid siden' })).not.toBeChecked();
});
