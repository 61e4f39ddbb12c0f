import type { CDPSession, Page } from '@playwright/test';
import {
  expectLargeTapTargets,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
} from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';

const PHONE = { width: 320, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

async function checkBothWidths(page: Page, where: string) {
  await page.setViewportSize(DESKTOP);
  await expectNoAxeViolations(page, `${where} at 1280 px`);
  await page.setViewportSize(PHONE);
  await expectNoAxeViolations(page, `${where} at 320 px`);
  await expectNoHorizontalOverflow(page, `${where} at 320 px`);
  await expectLargeTapTargets(page, `${where} at 320 px`);
}

/**
 * A phone with a fingerprint reader, as Chromium's DevTools protocol simulates it: passkeys stay
 * on the device (resident keys) and every use is "verified" as if the finger had been on the reader.
 */
async function addPhoneAuthenticator(cdp: CDPSession): Promise<string> {
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return authenticatorId;
}

test('a mentor makes a passkey on her phone and logs in with it', async ({ page, context, browserGuard }) => {
  // Many axe runs at two widths take longer than the default 30 s on a slow machine.
  test.setTimeout(120_000);
  // At the end the deleted passkey is refused with 401, which Chromium logs.
  browserGuard.allowConsoleError(/status of 401 .*\/api\/auth\/passkey\/verify-authentication\)$/);
  const cdp = await context.newCDPSession(page);
  const authenticatorId = await addPhoneAuthenticator(cdp);
  await page.setViewportSize(PHONE);

  // First time: e-mail and password. The passkey button is there, but she has none yet.
  await page.goto('/log-ind');
  await expect(page.getByRole('button', { name: 'Log ind med adgangsnøgle' })).toBeVisible();
  await checkBothWidths(page, 'the login page with the passkey button');
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill('mentor@makker.example');
  await form.getByLabel('Adgangskode', { exact: true }).fill('demo-mentor-makker');
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');

  const section = page.getByRole('region', { name: 'Adgangsnøgler' });
  await expect(section).toContainText('Du har ingen adgangsnøgler endnu.');
  await checkBothWidths(page, 'my page without passkeys');

  // No name yet: the page asks for one before the phone is asked anything.
  const make = section.getByRole('button', { name: 'Lav adgangsnøgle' });
  await make.click();
  const summary = section.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText('Skriv et navn til adgangsnøglen, fx »Min telefon«.');
  const name = section.getByRole('textbox', { name: 'Navn på adgangsnøglen' });
  await expect(name).toHaveAccessibleDescription(
    'Så du kan kende den igen, fx »Min telefon«. Fejl: Skriv et navn til adgangsnøglen, fx »Min telefon«.',
  );
  await checkBothWidths(page, 'my page with a missing passkey name');

  await name.fill('Min telefon');
  await make.click();
  await expect(section.getByRole('status')).toHaveText(
    'Adgangsnøglen »Min telefon« er lavet. Næste gang kan du trykke på »Log ind med adgangsnøgle«.',
  );
  await expect(name).toHaveValue('');
  const list = section.getByRole('list', { name: 'Dine adgangsnøgler' });
  const item = list.getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('heading', { level: 4 })).toHaveText('Min telefon');
  const today = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long' }).format(new Date());
  await expect(item).toContainText(`Lavet ${today}`);
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]?.isResidentCredential).toBe(true);
  await checkBothWidths(page, 'my page with a passkey');

  // The phone already holds a passkey for makker: a second one is refused, in plain words.
  await name.fill('Min telefon igen');
  await make.click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(
    'Der er allerede en adgangsnøgle til makker på denne telefon eller computer.',
  );
  await expect(item).toHaveCount(1);

  // Log out, then in again with the passkey: no e-mail, no password.
  await page.getByRole('main').getByRole('button', { name: 'Log ud', exact: true }).click();
  await expect(page).toHaveURL('/log-ind?logget-ud');
  const login = page.waitForResponse('**/api/auth/passkey/verify-authentication');
  await page.getByRole('button', { name: 'Log ind med adgangsnøgle' }).click();
  expect((await login).status()).toBe(200);
  await expect(page).toHaveURL('/min-side');
  await expect(page.getByText('Hej Mette Nielsen')).toBeVisible();

  // Deleting asks first; "no" keeps it and puts her back on the button.
  const remove = item.getByRole('button', { name: 'Slet Min telefon' });
  await remove.click();
  const confirm = item.getByRole('group', {
    name: 'Vil du slette »Min telefon«? Så kan du ikke længere logge ind med den.',
  });
  await expect(confirm.getByRole('button', { name: 'Ja, slet den' })).toBeFocused();
  await checkBothWidths(page, 'my page asking before deleting a passkey');
  await confirm.getByRole('button', { name: 'Nej, behold den' }).click();
  await expect(remove).toBeFocused();
  await remove.click();
  await item.getByRole('button', { name: 'Ja, slet den' }).click();
  await expect(section.getByRole('status')).toHaveText('Adgangsnøglen »Min telefon« er slettet.');
  await expect(section).toContainText('Du har ingen adgangsnøgler endnu.');
  await expect(section.getByRole('heading', { level: 2 })).toBeFocused();

  // The phone still has the key, but makker no longer knows it: she is told to log in another way.
  await page.getByRole('main').getByRole('button', { name: 'Log ud', exact: true }).click();
  await expect(page).toHaveURL('/log-ind?logget-ud');
  await page.getByRole('button', { name: 'Log ind med adgangsnøgle' }).click();
  const refused = page.locator('.passkey-login .error-summary');
  await expect(refused).toBeFocused();
  await expect(refused).toContainText('Adgangsnøglen findes ikke hos makker. Måske er den slettet.');
  await expect(refused).toContainText('Log ind på en af de andre måder.');
  await expect(page).toHaveURL('/log-ind?logget-ud');
  await checkBothWidths(page, 'the login page after a passkey it no longer knows');
});
