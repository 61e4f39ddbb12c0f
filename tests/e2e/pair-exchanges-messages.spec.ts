import type { Browser, Page } from '@playwright/test';
import { expectAccessiblePhonePage } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';

// The demo peer (Jonas Hansen) and the demo mentor (Mette Nielsen) are a pair whose thread the
// demo seed starts; the pair may be running or paused (pair-meets-pauses-and-resumes), both of
// which may write. On two 390 px phones at once: one writes, the other sees it arrive without a
// reload; the peer reports one message; staff see that message and nothing else of the thread.
const PHONE = { width: 390, height: 844 };
const PEER = { email: 'peer@makker.example', password: 'demo-peer-makker' };
const MENTOR = { email: 'mentor@makker.example', password: 'demo-mentor-makker' };
const SHOTS = process.env.MAKKER_E2E_SHOTS;

async function logIn(page: Page, who: { email: string; password: string }) {
  await page.goto('/log-ind');
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill(who.email);
  await form.getByLabel('Adgangskode', { exact: true }).fill(who.password);
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');
}

async function phone(browser: Browser) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'da-DK',
    viewport: PHONE,
  });
  return { context, page: await context.newPage() };
}

async function send(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Skriv en besked' }).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Beskeden er sendt.' })).toBeVisible();
}

test('a pair exchanges messages live, the peer reports one, and staff see only that one', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const tag = Math.random().toString(36).slice(2, 8);
  const fromMentor = `Kan du låne mig 200 kr til bussen? (${tag})`;
  const fromPeer = `Nej, men vi ses torsdag kl. 10 ved havnen (${tag})`;

  // The peer finds the thread from the pair page.
  await page.setViewportSize(PHONE);
  await logIn(page, PEER);
  await page.getByRole('link', { name: 'Min makker' }).click();
  await page.getByRole('link', { name: 'Beskeder til og fra din makker' }).click();
  await expect(page).toHaveURL(/\/min-side\/makker\/beskeder/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beskeder');
  await expect(page.getByText('Dig og Mette Nielsen')).toBeVisible();
  const peerThread = page.getByRole('region', { name: 'Jeres beskeder' });
  await expect(peerThread).toContainText('Perfekt, vi ses ved bænken ved fjorden.');
  await expectAccessiblePhonePage(page, "the peer's messages");

  // The mentor, on another phone, writes; the peer's page shows it without a reload.
  const mentor = await phone(browser);
  await logIn(mentor.page, MENTOR);
  await mentor.page.goto('/min-side/makker/beskeder');
  await expect(mentor.page.getByText('Dig og Jonas Hansen')).toBeVisible();
  const mentorThread = mentor.page.getByRole('region', { name: 'Jeres beskeder' });
  await expect(mentorThread).toContainText('Tak for turen.');
  // Both pages are listening before anything is sent.
  await expect(page.getByRole('textbox', { name: 'Skriv en besked' })).toBeVisible();
  await page.waitForTimeout(500);
  await send(mentor.page, fromMentor);
  const arrived = peerThread.getByRole('listitem').filter({ hasText: fromMentor });
  await expect(arrived).toBeVisible({ timeout: 10_000 });
  await expect(arrived).toContainText('Din makker');

  // And back: the peer answers, the mentor sees it arrive.
  await send(page, fromPeer);
  await expect(mentorThread.getByRole('listitem').filter({ hasText: fromPeer })).toBeVisible({
    timeout: 10_000,
  });
  await expect(mentorThread.getByRole('listitem').filter({ hasText: fromPeer })).toContainText('Din makker');
  // One's own messages cannot be reported.
  await expect(
    mentorThread
      .getByRole('listitem')
      .filter({ hasText: fromMentor })
      .getByRole('button', { name: 'Anmeld besked' }),
  ).toHaveCount(0);
  await expectAccessiblePhonePage(mentor.page, "the mentor's messages");
  if (SHOTS) await mentor.page.screenshot({ path: `${SHOTS}/messages-mentor.png`, fullPage: true });
  await mentor.context.close();

  // The peer reports the mentor's message, with a reason.
  await arrived.getByRole('button', { name: 'Anmeld besked' }).click();
  await expect(arrived).toContainText('Personalet kan kun læse denne ene besked');
  await arrived.getByRole('textbox', { name: 'Hvorfor anmelder du den? (valgfrit)' }).fill('Jeg blev utryg');
  await expectAccessiblePhonePage(page, "the peer's report form");
  await arrived.getByRole('button', { name: 'Send anmeldelsen' }).click();
  await expect(arrived.getByRole('status')).toHaveText('Du har anmeldt beskeden. Personalet kan læse den.');
  await expect(arrived.getByRole('button', { name: 'Anmeld besked' })).toHaveCount(0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/messages-peer.png`, fullPage: true });
  // Narrow phones too.
  await page.setViewportSize({ width: 320, height: 640 });
  await expectAccessiblePhonePage(page, "the peer's messages");
  await page.setViewportSize(PHONE);

  // Staff: the reported message, who wrote and reported it — and nothing else of the thread.
  const staff = await phone(browser);
  await staff.page.goto('/log-ind');
  await logInAsDemoStaff(staff.page);
  await expect(staff.page).toHaveURL('/min-side');
  await staff.page.goto('/forloeb');
  await staff.page.getByRole('link', { name: 'Anmeldte beskeder' }).click();
  await expect(staff.page.getByRole('heading', { level: 1 })).toHaveText('Anmeldte beskeder');
  const waiting = staff.page.getByRole('region', { name: 'Venter på jer' });
  const reported = waiting.getByRole('listitem').filter({ hasText: fromMentor });
  await expect(reported).toContainText('Skrevet af Mette Nielsen (peer-mentor)');
  await expect(reported).toContainText('Anmeldt af Jonas Hansen');
  await expect(reported).toContainText('Begrundelse: Jeg blev utryg');
  await expect(staff.page.locator('body')).not.toContainText(fromPeer);
  await expect(staff.page.locator('body')).not.toContainText('Perfekt, vi ses ved bænken');
  await expectAccessiblePhonePage(staff.page, 'the staff queue of reported messages');
  if (SHOTS) await staff.page.screenshot({ path: `${SHOTS}/reported-messages.png`, fullPage: true });
  // The staff cannot open the thread itself.
  const direct = await staff.page.request.get(
    `/api/programmes/${await programmeIdOf(staff.page)}/mentorships/${await mentorshipIdOf(page)}/messages`,
  );
  expect(direct.status()).toBe(403);

  await reported.getByRole('button', { name: 'Markér som behandlet' }).click();
  const handled = staff.page.getByRole('region', { name: 'Behandlet de sidste 30 dage' });
  await expect(handled.getByRole('listitem').filter({ hasText: fromMentor })).toContainText('Behandlet');
  await expect(waiting.getByRole('listitem').filter({ hasText: fromMentor })).toHaveCount(0);
  await staff.context.close();
});

async function programmeIdOf(page: Page): Promise<string> {
  const me = (await (await page.request.get('/api/me')).json()) as {
    memberships: { programme: { id: string; slug: string } }[];
  };
  return me.memberships[0]!.programme.id;
}

async function mentorshipIdOf(page: Page): Promise<string> {
  const programmeId = await programmeIdOf(page);
  const mine = (await (await page.request.get(`/api/programmes/${programmeId}/my-pair-threads`)).json()) as {
    threads: { mentorshipId: string }[];
  };
  return mine.threads[0]!.mentorshipId;
}
