import type { Page } from '@playwright/test';
import {
  expectLargeTapTargets,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
} from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { countMails } from './support/dev-mail.helper.ts';

test.use({ viewport: { width: 320, height: 740 } });

const ADMIN = { email: 'admin@makker.example', password: 'demo-admin-makker' };

async function expectAccessible(page: Page, where: string) {
  await expectNoAxeViolations(page, `${where} at 320 px`);
  await expectNoHorizontalOverflow(page, `${where} at 320 px`);
  await expectLargeTapTargets(page, `${where} at 320 px`);
}

async function passwordStep(page: Page) {
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill(ADMIN.email);
  await form.getByLabel('Adgangskode', { exact: true }).fill(ADMIN.password);
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skriv koden fra din app');
}

test('an admin without their phone logs in with a recovery code', async ({ page, browserGuard }) => {
  test.setTimeout(90_000);
  // The wrong and the used recovery code below are answered with 401, which Chromium logs.
  browserGuard.allowConsoleError(/status of 401 .*\/api\/auth\/two-factor\/verify-backup-code\)$/);
  await page.goto('/log-ind');

  // A login link would skip the code: the answer is the usual one, but no mail is sent.
  const before = await countMails(page, ADMIN.email);
  await page.getByRole('textbox', { name: 'Din e-mail' }).fill(ADMIN.email);
  await page.getByRole('button', { name: 'Send mig et link' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tjek din e-mail');
  expect(await countMails(page, ADMIN.email)).toBe(before);
  await page.getByRole('button', { name: 'Send et nyt link' }).click();

  await passwordStep(page);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Brug en reservekode i stedet' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Skriv en reservekode');
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle('Skriv en reservekode – makker');
  const field = main.getByRole('textbox', { name: 'Reservekode' });
  await expect(field).toHaveAccessibleDescription('Fx k7mq2-w9xhd');
  await expectAccessible(page, 'the recovery code step');

  const summary = main.locator('.error-summary');
  await main.getByRole('button', { name: 'Log ind' }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText('Skriv en reservekode.');
  await field.fill('forkert-kode');
  await main.getByRole('button', { name: 'Log ind' }).click();
  await expect(summary).toBeFocused();
  await expect(field).toHaveAccessibleDescription(
    'Fx k7mq2-w9xhd Fejl: Reservekoden passer ikke, eller den er brugt. Tjek, at du har skrevet den rigtigt.',
  );
  await expectAccessible(page, 'the recovery code step with a wrong code');

  await field.fill('demo-admin-01');
  await main.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');
  await expect(page.getByText('Hej Birgitte Holm')).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Log ud', exact: true }).click();
  await expect(page).toHaveURL('/log-ind?logget-ud');

  // A recovery code works once. "Start forfra" goes back to the password with the e-mail kept.
  await passwordStep(page);
  await main.getByRole('button', { name: 'Brug en reservekode i stedet' }).click();
  await field.fill('demo-admin-01');
  await main.getByRole('button', { name: 'Log ind' }).click();
  await expect(summary).toContainText('Reservekoden passer ikke, eller den er brugt.');
  await main.getByRole('button', { name: 'Start forfra' }).click();
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await expect(form.getByRole('textbox', { name: 'E-mail' })).toHaveValue(ADMIN.email);
  await expect(form.getByLabel('Adgangskode', { exact: true })).toBeFocused();
  await form.getByLabel('Adgangskode', { exact: true }).fill(ADMIN.password);
  await form.getByRole('button', { name: 'Log ind' }).click();
  await main.getByRole('button', { name: 'Brug en reservekode i stedet' }).click();
  await field.fill('demo-admin-02');
  await main.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');
});
