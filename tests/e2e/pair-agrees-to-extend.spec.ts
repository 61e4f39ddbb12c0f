import type { Page } from '@playwright/test';
import { expectAccessiblePhonePage } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';

// The demo pair (Jonas Hansen and Mette Nielsen) is about three weeks from its planned end in the
// demo seed, and both were asked yesterday whether to go on (decision 042). On a 390 px phone each
// answers alone: the second never sees the first's answer, and both then see only the result.
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
  await page.getByRole('link', { name: 'Min makker' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Min makker');
}

async function logOut(page: Page) {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Log ud' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Log ind' }),
  ).toBeVisible();
}

test('both of a pair say yes to going on, each without seeing the other answer', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, PEER);
  const question = page.getByRole('region', { name: 'Vil du fortsætte?' });
  await expect(question).toContainText('Vil du fortsætte 3 måneder mere?');
  await expect(question).toContainText('Din makker ser ikke dit svar');
  await expectAccessiblePhonePage(page, 'the pair page with the question');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/pair-extension-asked.png`, fullPage: true });
  await question.getByRole('button', { name: 'Ja, jeg vil gerne fortsætte' }).click();
  await expect(question).toContainText('Du har svaret ja. Når din makker også har svaret');
  await logOut(page);

  // The mentor is asked the same, with nothing of the peer's answer.
  await logIn(page, MENTOR);
  const theirs = page.getByRole('region', { name: 'Vil du fortsætte?' });
  await expect(theirs).toContainText('Vil du fortsætte 3 måneder mere?');
  await expect(page.locator('body')).not.toContainText('svaret ja');
  await theirs.getByRole('button', { name: 'Ja, jeg vil gerne fortsætte' }).click();
  await expect(theirs).toContainText('I har begge sagt ja. Forløbet er forlænget til');
  await expectAccessiblePhonePage(page, 'the pair page after both said yes');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/pair-extended.png`, fullPage: true });
  await logOut(page);

  await logIn(page, PEER);
  await expect(page.getByRole('region', { name: 'Vil du fortsætte?' })).toContainText('I har begge sagt ja.');
  await expect(page.getByText(/uger tilbage/)).toContainText(/1[5-7] uger tilbage/);
});
