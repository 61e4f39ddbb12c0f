import {
  expectLargeTapTargets,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
} from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { totpCode } from './support/totp.helper.ts';

const PHONE = { width: 320, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
/** The demo staff member's authenticator secret (printed at start-up in demo mode). */
const STAFF_SECRET = 'MAKKERDEMOSTAFFLENESOERENSENTOTP';

async function checkBothWidths(page: import('@playwright/test').Page, where: string) {
  await page.setViewportSize(DESKTOP);
  await expectNoAxeViolations(page, `${where} at 1280 px`);
  await page.setViewportSize(PHONE);
  await expectNoAxeViolations(page, `${where} at 320 px`);
  await expectNoHorizontalOverflow(page, `${where} at 320 px`);
  await expectLargeTapTargets(page, `${where} at 320 px`);
  await page.setViewportSize(DESKTOP);
}

test('a staff member logs in with a password and a code, and logs out', async ({
  page,
  context,
  browserGuard,
}) => {
  // Twelve axe runs at two widths take longer than the default 30 s on a slow machine.
  test.setTimeout(120_000);
  // The wrong password and the wrong code below are answered with 401, which Chromium logs.
  browserGuard.allowConsoleError(/status of 401 .*\/api\/auth\/sign-in\/email\)$/);
  browserGuard.allowConsoleError(/status of 401 .*\/api\/auth\/two-factor\/verify-totp\)$/);
  await page.setViewportSize(DESKTOP);
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
  await nav.getByRole('link', { name: 'Log ind' }).click();

  await expect(page).toHaveURL('/log-ind');
  await expect(page).toHaveTitle('Log ind – makker');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log ind');
  // The easy way for peers comes first.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Få et login-link på e-mail',
    'Log ind med adgangskode',
  ]);
  await expect(page.getByRole('link', { name: 'Glemt adgangskode?' })).toHaveAttribute(
    'href',
    '/glemt-adgangskode',
  );
  await checkBothWidths(page, 'the empty login page');

  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  const email = form.getByRole('textbox', { name: 'E-mail' });
  const password = form.getByLabel('Adgangskode', { exact: true });
  await expect(email).toHaveAttribute('autocomplete', 'username');
  await expect(password).toHaveAttribute('autocomplete', 'current-password');

  // Nothing filled in: the page says so before anything is sent.
  await form.getByRole('button', { name: 'Log ind' }).click();
  const summary = form.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Der er et problem');
  await expect(summary.getByRole('link')).toHaveText(['Skriv din e-mail.', 'Skriv din adgangskode.']);
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Fejl: Skriv din e-mail.');
  await summary.getByRole('link', { name: 'Skriv din adgangskode.' }).click();
  await expect(password).toBeFocused();
  await checkBothWidths(page, 'the login page with field errors');

  // Something that is not an e-mail is caught too.
  await email.fill('lene');
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link').first()).toHaveText('Skriv hele din e-mail, fx navn@mail.dk.');

  // A wrong password: the server's message, in Danish, in the summary, which takes focus.
  await email.fill('staff@makker.example');
  await password.fill('forkert-adgangskode');
  const toggle = form.getByRole('button', { name: 'Vis adgangskode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(password).toHaveAttribute('type', 'text');
  await expect(password).toHaveValue('forkert-adgangskode');
  await toggle.click();
  await expect(password).toHaveAttribute('type', 'password');
  const wrongAnswer = page.waitForResponse('**/api/auth/sign-in/email');
  await form.getByRole('button', { name: 'Log ind' }).click();
  const wrong = await wrongAnswer;
  expect(wrong.status()).toBe(401);
  // Same-origin fetches carry the page's origin, which the server's CSRF checks require.
  expect(await wrong.request().headerValue('origin')).toBe(new URL(page.url()).origin);
  const { title } = (await wrong.json()) as { title: string };
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(title);
  await expect(summary).toContainText('E-mail eller adgangskode er forkert.');
  await expect(email).not.toHaveAttribute('aria-invalid');
  await checkBothWidths(page, 'the login page with a server error');

  // The right password: staff have two-factor login, so the code from the app comes next, on a
  // phone here, as it often will be.
  await password.fill('demo-staff-makker');
  await form.getByRole('button', { name: 'Log ind' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Skriv koden fra din app');
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL('/log-ind');
  await expect(page).toHaveTitle('Skriv koden fra din app – makker');
  await page.setViewportSize(PHONE);
  const main = page.getByRole('main');
  const code = main.getByRole('textbox', { name: 'Kode fra appen' });
  await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(code).toHaveAttribute('inputmode', 'numeric');
  await expect(main.getByRole('button', { name: 'Brug en reservekode i stedet' })).toBeVisible();
  await checkBothWidths(page, 'the code step');
  await page.setViewportSize(PHONE);

  const codeSummary = main.locator('.error-summary');
  await main.getByRole('button', { name: 'Log ind' }).click();
  await expect(codeSummary).toBeFocused();
  await expect(codeSummary.getByRole('link')).toHaveText('Skriv koden fra din app.');
  await code.fill('12345');
  await main.getByRole('button', { name: 'Log ind' }).click();
  await expect(codeSummary.getByRole('link')).toHaveText('Koden skal være 6 cifre, fx 123456.');

  // A code the app does not show now: the server says no, in the same summary.
  const shown = [-30_000, 0, 30_000].map((skew) => totpCode(STAFF_SECRET, Date.now() + skew));
  const wrongCode = ['000000', '111111', '222222', '333333'].find((c) => !shown.includes(c)) ?? '';
  await code.fill(wrongCode);
  const wrongCodeAnswer = page.waitForResponse('**/api/auth/two-factor/verify-totp');
  await main.getByRole('button', { name: 'Log ind' }).click();
  expect((await wrongCodeAnswer).status()).toBe(401);
  expect(((await (await wrongCodeAnswer).json()) as { code: string }).code).toBe('TWO_FACTOR_INVALID');
  await expect(codeSummary).toBeFocused();
  await expect(codeSummary).toContainText('Koden passer ikke. Prøv igen med den kode, appen viser nu.');
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(code).toHaveAccessibleDescription(
    '6 cifre. Koden skifter hvert 30. sekund. Fejl: Koden passer ikke. Prøv igen med den kode, appen viser nu.',
  );
  await checkBothWidths(page, 'the code step with a wrong code');

  // The code the app shows now: Min side.
  await page.setViewportSize(PHONE);
  await code.fill(totpCode(STAFF_SECRET));
  await main.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');
  await page.setViewportSize(DESKTOP);
  await expect(page).toHaveTitle('Min side – makker');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Min side');
  await expect(page.getByText('Hej Lene Sørensen')).toBeVisible();
  const programmes = page.getByRole('region', { name: 'Dine projekter' });
  await expect(programmes.getByRole('listitem')).toHaveCount(1);
  await expect(programmes.getByRole('heading', { name: 'Peer-fællesskabet Vejle' })).toBeVisible();
  await expect(programmes).toContainText('Din rolle: Projektmedarbejder');
  const twoFactor = page.getByRole('region', { name: 'Totrinslogin' });
  await expect(twoFactor).toContainText('Totrinslogin er slået til.');
  await expect(twoFactor.getByRole('link', { name: 'Totrinslogin og reservekoder' })).toHaveAttribute(
    'href',
    '/to-faktor',
  );
  await expect(page.getByText('Du skal slå totrinslogin til')).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Min side: Lene' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Log ud' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Log ind' })).toHaveCount(0);
  await checkBothWidths(page, 'my page');

  // A logged-in person who opens the login page goes on to their own page.
  await page.goto('/log-ind');
  await expect(page).toHaveURL('/min-side');

  // Log out from the header.
  await nav.getByRole('button', { name: 'Log ud' }).click();
  await expect(page).toHaveURL('/log-ind?logget-ud');
  await expect(page.getByRole('status')).toHaveText('Du er logget ud.');
  await expect(nav.getByRole('link', { name: 'Log ind' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Log ud' })).toHaveCount(0);
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('makker.session_token');

  // Min side now needs a login again.
  await page.goto('/min-side');
  await expect(page).toHaveURL('/log-ind');
  await expect(page.getByText('Du skal logge ind for at se Min side.')).toBeVisible();
});
