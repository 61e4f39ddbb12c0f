import { expectNoAxeViolations } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';

test.use({ viewport: { width: 320, height: 740 } });

const PEER = { email: 'peer@makker.example', password: 'demo-peer-makker' };

async function logIn(page: import('@playwright/test').Page) {
  await page.goto('/log-ind');
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill(PEER.email);
  await form.getByLabel('Adgangskode', { exact: true }).fill(PEER.password);
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');
}

test('a peer who forgot to log out in the café logs out everywhere from their phone', async ({
  page,
  browser,
}) => {
  // The café computer: logged in and left.
  const cafe = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'da-DK' });
  const cafePage = await cafe.newPage();
  await logIn(cafePage);

  // The phone: Min side offers to log out everywhere.
  await logIn(page);
  const section = page.getByRole('region', { name: 'Log ud alle steder' });
  await expect(section.getByText('i caféen eller på biblioteket')).toBeVisible();
  await expectNoAxeViolations(page, 'my page with "log out everywhere" at 320 px');
  await section.getByRole('button', { name: 'Log ud alle steder' }).click();
  await expect(page).toHaveURL(/\/log-ind\?/);

  // Back at the café, the session is gone: my page asks for a login.
  await cafePage.goto('/min-side');
  await expect(cafePage.getByRole('heading', { level: 1 })).toHaveText('Log ind');
  await cafe.close();
});
