import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  expectLargeTapTargets,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
} from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { totpCode } from './support/totp.helper.ts';

const PHONE = { width: 320, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const RESEARCHER = { email: 'researcher@makker.example', password: 'demo-researcher-makker' };
/** The demo researcher's authenticator secret (printed at start-up in demo mode). */
const DEMO_SECRET = 'MAKKERDEMORESEARCHERANDERSKJAER2';

async function checkBothWidths(page: Page, where: string) {
  await page.setViewportSize(DESKTOP);
  await expectNoAxeViolations(page, `${where} at 1280 px`);
  await page.setViewportSize(PHONE);
  await expectNoAxeViolations(page, `${where} at 320 px`);
  await expectNoHorizontalOverflow(page, `${where} at 320 px`);
  await expectLargeTapTargets(page, `${where} at 320 px`);
  await page.setViewportSize(DESKTOP);
}

async function logIn(page: Page, secret: string) {
  await page.goto('/log-ind');
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill(RESEARCHER.email);
  await form.getByLabel('Adgangskode', { exact: true }).fill(RESEARCHER.password);
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skriv koden fra din app');
  await page.getByRole('textbox', { name: 'Kode fra appen' }).fill(totpCode(secret));
  await page.getByRole('main').getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');
}

test('a researcher with a new phone turns two-factor login off and sets it up again', async ({
  page,
  context,
  browserGuard,
}) => {
  test.setTimeout(180_000);
  // The wrong password and the wrong code below are answered with 401, which Chromium logs.
  browserGuard.allowConsoleError(/status of 401 .*\/api\/auth\/two-factor\/disable\)$/);
  browserGuard.allowConsoleError(/status of 401 .*\/api\/auth\/two-factor\/verify-totp\)$/);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize(DESKTOP);
  await logIn(page, DEMO_SECRET);

  // Min side links to the settings.
  const section = page.getByRole('region', { name: 'Totrinslogin' });
  await expect(section).toContainText('Totrinslogin er slået til.');
  await section.getByRole('link', { name: 'Totrinslogin og reservekoder' }).click();
  await expect(page).toHaveURL('/to-faktor');
  await expect(page).toHaveTitle('Totrinslogin – makker');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Totrinslogin');
  const off = page.getByRole('region', { name: 'Slå totrinslogin fra' });
  await expect(off).toContainText('Du kan ikke se oplysninger om andre, mens totrinslogin er slået fra.');
  await checkBothWidths(page, 'the two-factor settings');

  // Turning it off needs the password; a wrong one is named as such.
  const offPassword = off.getByLabel('Din adgangskode', { exact: true });
  await off.getByRole('button', { name: 'Slå totrinslogin fra' }).click();
  await expect(off.locator('.error-summary')).toBeFocused();
  await expect(offPassword).toHaveAccessibleDescription('Fejl: Skriv din adgangskode.');
  await offPassword.fill('ikke-adgangskoden');
  await off.getByRole('button', { name: 'Slå totrinslogin fra' }).click();
  await expect(off.locator('.error-summary')).toContainText('Adgangskoden er forkert.');
  await checkBothWidths(page, 'the two-factor settings with a wrong password');
  await offPassword.fill(RESEARCHER.password);
  await off.getByRole('button', { name: 'Slå totrinslogin fra' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Totrinslogin er slået fra');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Without two-factor, Min side says what the researcher cannot do until it is on again.
  await page.getByRole('link', { name: 'Tilbage til Min side' }).click();
  await expect(page).toHaveURL('/min-side');
  await expect(
    page.getByText('Du skal slå totrinslogin til, før du kan se oplysninger om andre.'),
  ).toBeVisible();
  await checkBothWidths(page, 'my page of a researcher without two-factor');
  await page.getByRole('link', { name: 'Slå totrinslogin til' }).first().click();

  // Step 1: the password.
  await expect(page).toHaveURL('/to-faktor');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Slå totrinslogin til');
  await expect(page.getByText('kan du ikke længere logge ind med et link på e-mail')).toBeVisible();
  const step = page.getByRole('region', { name: /^Trin/ });
  await expect(step.getByRole('heading', { level: 2 })).toHaveText('Trin 1 af 3: Bekræft, at det er dig');
  await checkBothWidths(page, 'set-up step 1');
  await step.getByLabel('Din adgangskode', { exact: true }).fill(RESEARCHER.password);
  await step.getByRole('button', { name: 'Fortsæt' }).click();

  // Step 2: the QR code, and the key to type for those who cannot scan.
  const scanHeading = page.getByRole('heading', { name: 'Trin 2 af 3: Forbind appen' });
  await expect(scanHeading).toBeFocused();
  await expect(page).toHaveTitle('Trin 2 af 3: Forbind appen – Slå totrinslogin til – makker');
  await expect(page.getByRole('img', { name: 'QR-kode til kode-appen' })).toBeVisible();
  const grouped = (await page.locator('#two-factor-secret').textContent()) ?? '';
  expect(grouped).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  const secret = grouped.replaceAll(' ', '');
  expect(secret).not.toBe(DEMO_SECRET);
  await expect(page.getByRole('link', { name: /Åbn nøglen i appen/ })).toHaveAttribute(
    'href',
    new RegExp(`^otpauth://totp/makker:researcher%40makker\\.example\\?secret=${secret}&`),
  );
  await page.getByRole('button', { name: 'Kopiér nøglen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nøglen er kopieret.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await checkBothWidths(page, 'set-up step 2');

  // A code from the old app is not the right one.
  await page.setViewportSize(PHONE);
  const confirmCode = page.getByRole('textbox', { name: 'Kode fra appen' });
  const fresh = [-30_000, 0, 30_000].map((skew) => totpCode(secret, Date.now() + skew));
  const stale = [totpCode(DEMO_SECRET), '000000', '111111'].find((c) => !fresh.includes(c)) ?? '';
  await confirmCode.fill(stale);
  await page.getByRole('button', { name: 'Slå totrinslogin til' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(confirmCode).toHaveAccessibleDescription(
    '6 cifre. Koden skifter hvert 30. sekund. Fejl: Koden passer ikke. Prøv igen med den kode, appen viser nu.',
  );
  await confirmCode.fill(totpCode(secret));
  await page.getByRole('button', { name: 'Slå totrinslogin til' }).click();

  // Step 3: the recovery codes, once, to download or print.
  const codesHeading = page.getByRole('heading', { name: 'Trin 3 af 3: Gem dine reservekoder' });
  await expect(codesHeading).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Totrinslogin er slået til.' })).toBeVisible();
  const codes = page.getByRole('list', { name: 'Dine reservekoder' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recoveryCodes = await codes.allTextContents();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Hent som tekstfil' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('makker-reservekoder.txt');
  const file = await readFile(await download.path(), 'utf8');
  expect(file).toContain('Reservekoder til makker (researcher@makker.example)');
  for (const code of recoveryCodes) expect(file).toContain(code);
  await checkBothWidths(page, 'set-up step 3');

  await page.getByRole('link', { name: 'Jeg har gemt koderne' }).click();
  await expect(page).toHaveURL('/min-side');
  await expect(page.getByRole('region', { name: 'Totrinslogin' })).toContainText(
    'Totrinslogin er slået til.',
  );
  await expect(page.getByText('Du skal slå totrinslogin til')).toHaveCount(0);

  // Logged out and in again: the new app's code is the one that works now.
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Log ud' }).click();
  await expect(page).toHaveURL('/log-ind?logget-ud');
  await logIn(page, secret);
  await expect(page.getByText('Hej Anders Kjær')).toBeVisible();
});
