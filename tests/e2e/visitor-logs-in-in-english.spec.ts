import { expectNoAxeViolations, expectNoHorizontalOverflow } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';

test('a person who reads English uses the login page in English', async ({ page, browserGuard }) => {
  browserGuard.allowConsoleError(/status of 401 .*\/api\/auth\/sign-in\/email\)$/);
  await page.goto('/log-ind');
  await page.getByRole('button', { name: 'English' }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Log in – makker');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Get a login link by e-mail',
    'Log in with a password',
  ]);
  const nav = page.getByRole('navigation', { name: 'Main menu' });
  await expect(nav.getByRole('link', { name: 'Log in' })).toBeVisible();
  const linkWay = page.getByRole('region', { name: 'Get a login link by e-mail' });
  await expect(linkWay.getByRole('textbox', { name: 'Your e-mail' })).toBeVisible();
  await expect(linkWay.getByRole('button', { name: 'Send me a link' })).toBeVisible();
  const form = page.getByRole('region', { name: 'Log in with a password' });
  await expect(form.getByRole('button', { name: 'Show password' })).toHaveAttribute('aria-pressed', 'false');
  await expect(form.getByRole('link', { name: 'Forgot your password?' })).toBeVisible();
  await expectNoAxeViolations(page, 'the English login page at 1280 px');

  // The server answers in English too: the language choice travels in the makker_lang cookie.
  await form.getByRole('textbox', { name: 'E-mail' }).fill('staff@makker.example');
  await form.getByLabel('Password', { exact: true }).fill('not-the-password');
  const answer = page.waitForResponse('**/api/auth/sign-in/email');
  await form.getByRole('button', { name: 'Log in' }).click();
  const { title } = (await (await answer).json()) as { title: string };
  expect(title).toBe('The e-mail or password is wrong.');
  const summary = form.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText(title);
  await page.setViewportSize({ width: 320, height: 740 });
  await expectNoAxeViolations(page, 'the English login page with an error at 320 px');
  await expectNoHorizontalOverflow(page, 'the English login page with an error at 320 px');

  // Switching back translates the message already shown.
  await page.getByRole('button', { name: 'Dansk' }).click();
  const danishForm = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await expect(danishForm.locator('.error-summary')).toContainText('E-mail eller adgangskode er forkert.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log ind');
});
