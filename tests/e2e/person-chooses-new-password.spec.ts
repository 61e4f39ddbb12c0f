import {
  expectLargeTapTargets,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
} from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { readLinkFromMail } from './support/dev-mail.helper.ts';

test.use({ viewport: { width: 320, height: 740 } });

const MENTOR = 'mentor@makker.example';

async function expectAccessible(page: import('@playwright/test').Page, where: string) {
  await expectNoAxeViolations(page, `${where} at 320 px`);
  await expectNoHorizontalOverflow(page, `${where} at 320 px`);
  await expectLargeTapTargets(page, `${where} at 320 px`);
}

test('a mentor who forgot their password chooses a new one', async ({ page, browserGuard }) => {
  test.setTimeout(90_000);
  // The refused passwords below are answered with 400, which Chromium logs.
  browserGuard.allowConsoleError(/status of 400 .*\/api\/auth\/reset-password\)$/);
  await page.goto('/log-ind');
  await page.getByRole('link', { name: 'Glemt adgangskode?' }).click();
  await expect(page).toHaveURL('/glemt-adgangskode');
  await expect(page).toHaveTitle('Glemt adgangskode – makker');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glemt adgangskode?');
  await expectAccessible(page, 'the forgot-password page');

  await page.getByRole('button', { name: 'Send mig et link' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Din e-mail' })).toHaveAccessibleDescription(
    'Fejl: Skriv din e-mail.',
  );
  await page.getByRole('textbox', { name: 'Din e-mail' }).fill(MENTOR);
  await page.getByRole('button', { name: 'Send mig et link' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tjek din e-mail');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByText(`Hvis ${MENTOR} hører til en konto hos makker`)).toBeVisible();
  await expect(page.getByText('Linket virker i en time og kun én gang.')).toBeVisible();
  await expectAccessible(page, 'the reset link confirmation');

  // The link in the mail opens the page for a new password; the rules come before the field.
  const link = await readLinkFromMail(page, MENTOR, 'Ny adgangskode');
  expect(link.pathname).toMatch(/^\/api\/auth\/reset-password\//);
  await page.goto(link.href);
  await expect(page).toHaveURL(/\/ny-adgangskode\?token=/);
  await expect(page).toHaveTitle('Vælg en ny adgangskode – makker');
  await expect(page.getByRole('main').getByRole('listitem').first()).toHaveText('være mindst 10 tegn lang');
  await expect(page.getByText('Brug en sætning på 3–4 ord')).toBeVisible();
  const field = page.getByLabel('Ny adgangskode', { exact: true });
  await expect(field).toHaveAttribute('autocomplete', 'new-password');
  await expectAccessible(page, 'the new-password page');

  // The server's rules, shown beside the field and in the summary.
  await field.fill('kort');
  await page.getByRole('button', { name: 'Gem den nye adgangskode' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(field).toHaveAccessibleDescription(
    'Mindst 10 tegn, fx en sætning på 3–4 ord. Fejl: Adgangskoden skal være mindst 10 tegn.',
  );
  await expectAccessible(page, 'the new-password page with an error');
  await field.fill('sommer2024!');
  await page.getByRole('button', { name: 'Gem den nye adgangskode' }).click();
  await expect(field).toHaveAccessibleDescription(/Fejl: Adgangskoden er for almindelig/);

  await field.fill('kaffe ved havnen om tirsdagen');
  await page.getByRole('button', { name: 'Gem den nye adgangskode' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din nye adgangskode er gemt');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // The new password works.
  await page.getByRole('link', { name: 'Gå til log ind' }).click();
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill(MENTOR);
  await form.getByLabel('Adgangskode', { exact: true }).fill('kaffe ved havnen om tirsdagen');
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');
  await expect(page.getByText('Hej Mette Nielsen')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dine projekter' })).toContainText('Din rolle: Peer-mentor');

  // The link worked once; afterwards it says so and offers a new one.
  await page.getByRole('main').getByRole('button', { name: 'Log ud', exact: true }).click();
  await expect(page).toHaveURL('/log-ind?logget-ud');
  await page.goto(link.href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linket virker ikke længere');
  await expect(page.getByRole('link', { name: 'Bed om et nyt link' })).toHaveAttribute(
    'href',
    '/glemt-adgangskode',
  );
  await expectAccessible(page, 'the new-password page with a used link');
});
