import type { Page } from '@playwright/test';
import { copenhagenDate } from '../../src/shared/calendar-date.ts';
import { expectAccessiblePhonePage } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';

// The demo peer (Jonas Hansen) and the demo mentor (Mette Nielsen) are an active pair that meets
// weekly (the demo seed). Everything happens on a 390 px phone.
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

async function logOut(page: Page) {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Log ud' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Log ind' }),
  ).toBeVisible();
}

async function openPair(page: Page) {
  await page.getByRole('link', { name: 'Min makker' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Min makker');
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
});

test('a pair plans a meeting, logs it with a private rating, and a home is flagged', async ({ page }) => {
  test.setTimeout(90_000);
  await logIn(page, PEER);
  await openPair(page);
  await expect(page.getByText('Du og Mette Nielsen')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Ring til Alkolinjen/ })).toHaveAttribute(
    'href',
    'tel:80200500',
  );
  await expect(page.getByRole('region', { name: 'Jeres uger' })).toContainText(
    /I har mødtes i \d+ af de sidste \d+ uger/,
  );
  await expectAccessiblePhonePage(page, "the peer's pair page");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/pair-page.png`, fullPage: true });
  // Peer pages work on the narrowest phones too.
  await page.setViewportSize({ width: 320, height: 640 });
  await expectAccessiblePhonePage(page, "the peer's pair page");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/pair-page-320.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });

  // A meeting at home is saved but flagged, and the peer is told.
  const plan = page.getByRole('region', { name: 'Planlæg et møde' });
  await plan.getByRole('button', { name: 'Planlæg et møde' }).click();
  await expect(plan).toContainText('I mødes aldrig hjemme hos hinanden');
  await plan.getByLabel('Dato').fill('2030-01-08');
  await plan.getByLabel('Klokken').fill('16:30');
  await plan.getByRole('radio', { name: 'Andet' }).check();
  await plan.getByRole('textbox', { name: 'Note (valgfri)' }).fill('Hjemme hos mig');
  await plan.getByRole('button', { name: 'Gem mødet' }).click();
  await expect(plan.getByRole('status')).toContainText('personalet får besked');

  // Yesterday's walk, written in afterwards, and logged as met with a private rating.
  const yesterday = copenhagenDate(new Date(Date.now() - 86_400_000));
  await plan.getByRole('button', { name: 'Planlæg et møde' }).click();
  await plan.getByLabel('Dato').fill(yesterday);
  await plan.getByLabel('Klokken').fill('10:00');
  await plan.getByRole('radio', { name: 'Gåtur' }).check();
  await plan.getByRole('textbox', { name: 'Note (valgfri)' }).fill('Rundt om fjorden');
  await plan.getByRole('button', { name: 'Gem mødet' }).click();
  await expect(plan.getByRole('status')).toHaveText('Mødet er gemt.');
  const walk = page.getByRole('listitem').filter({ hasText: 'Rundt om fjorden' });
  await walk.getByRole('button', { name: 'Vi mødtes' }).click();
  await expect(walk).toContainText('Din makker ser det aldrig');
  await walk.getByRole('radio', { name: '4 – Godt' }).check();
  await walk.getByRole('button', { name: 'Vi mødtes' }).click();
  await expect(walk).toContainText('Dit svar: 4 af 5');
  await expectAccessiblePhonePage(page, "the peer's pair page after logging");
  await logOut(page);

  // The mentor sees the meeting as met, but not the peer's rating; they give their own.
  await logIn(page, MENTOR);
  await openPair(page);
  const seen = page.getByRole('listitem').filter({ hasText: 'Rundt om fjorden' });
  await expect(seen).toContainText('I mødtes');
  await expect(seen).not.toContainText('4 af 5');
  await seen.getByRole('button', { name: 'Hvordan gik det?' }).click();
  await seen.getByRole('radio', { name: '5 – Rigtig godt' }).check();
  await seen.getByRole('button', { name: 'Gem mit svar' }).click();
  await expect(seen).toContainText('Dit svar: 5 af 5');
  await expectAccessiblePhonePage(page, "the mentor's pair page");
});

test('a peer pauses, both say they are ready, and staff resume', async ({ page }) => {
  test.setTimeout(120_000);
  const reason = 'Jeg har haft et tilbagefald og har brug for ro';
  await logIn(page, PEER);
  await openPair(page);
  await page.getByRole('button', { name: 'Jeg har brug for en pause' }).click();
  await expect(page.getByText('Din makker ser kun, at forløbet er sat på pause.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Hvorfor har du brug for en pause?' }).fill(reason);
  await page.getByRole('button', { name: 'Sæt forløbet på pause' }).click();
  await expect(page.getByText('Forløbet er sat på pause.', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Ring til Livslinien/ })).toBeVisible();
  await page.getByRole('button', { name: 'Jeg er klar til at fortsætte' }).click();
  await expect(page.getByText('Du har sagt, at du er klar.', { exact: false }).first()).toBeVisible();
  await expectAccessiblePhonePage(page, 'the paused pair page');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/pair-paused.png`, fullPage: true });
  await logOut(page);

  await logIn(page, MENTOR);
  await openPair(page);
  await expect(page.getByText('Sat på pause', { exact: true })).toBeVisible();
  await expect(page.getByText('Din makker har sagt, at de er klar.')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('tilbagefald');
  await page.getByRole('button', { name: 'Jeg er klar til at fortsætte' }).click();
  await expect(page.getByText('Du har sagt, at du er klar.', { exact: false }).first()).toBeVisible();
  await logOut(page);

  await page.goto('/log-ind');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL('/min-side');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Forløb' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forløb');
  await expect(page.getByText(/^Reglen for lyset/)).toBeVisible();
  await expectAccessiblePhonePage(page, 'the staff overview');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/overview.png`, fullPage: true });
  await page.getByRole('link', { name: 'Jonas Hansen · Mette Nielsen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jonas Hansen og Mette Nielsen');
  await expect(page.getByRole('region', { name: 'Historik' })).toContainText(reason);
  await expect(page.getByText('Klar til at fortsætte: peeren, peer-mentoren')).toBeVisible();
  await expectAccessiblePhonePage(page, 'the staff pair page');
  await page.getByRole('button', { name: 'Fortsæt forløbet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gemt.' })).toBeVisible();
  await expect(page.locator('.pair-state')).toHaveText('I gang');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/staff-pair.png`, fullPage: true });

  // The programme's rules for new pairs: six months, three more if both want, pauses move the end.
  await page.getByRole('link', { name: 'Tilbage til forløbene' }).click();
  await page.getByRole('link', { name: 'Regler for forløb' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Så mange måneder varer et forløb' })).toHaveValue('6');
  await expect(page.getByRole('checkbox', { name: /En pause flytter slutdatoen/ })).toBeChecked();
  await expectAccessiblePhonePage(page, 'the mentorship rules');
});
