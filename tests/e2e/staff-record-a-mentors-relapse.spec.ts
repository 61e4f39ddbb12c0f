import { expectAccessiblePhonePage } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';

// The demo mentor Rikke Thorsen has two running pairs (Oliver Winther and Yasmin Haddad), used by
// no other journey. On a 390 px phone, staff record that she has had a relapse: both pairs are
// paused at once, the history says why for staff only, and she is taken out of matching.
const SHOTS = process.env.MAKKER_E2E_SHOTS;

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
});

test("staff record a mentor's relapse: all her pairs are paused and she leaves matching", async ({
  page,
  browserGuard,
}) => {
  test.setTimeout(90_000);
  // The second recording the same day is refused on purpose (409).
  browserGuard.allowConsoleError(/status of 409 .*\/mentors\/[^/]+\/relapse\)$/);
  await page.goto('/log-ind');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL('/min-side');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Forløb' }).click();
  await page.getByRole('link', { name: 'Oliver Winther · Rikke Thorsen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oliver Winther og Rikke Thorsen');
  await expect(page.locator('.pair-state')).toHaveText('I gang');

  const action = page.getByRole('region', { name: 'Hvis mentoren har haft et tilbagefald' });
  await expect(action).toContainText('Peers ser kun, at forløbet er sat på pause');
  await action.getByRole('button', { name: 'Registrér tilbagefald hos mentoren' }).click();
  // A confirmation step first: cancelling does nothing.
  await expect(action.getByRole('alertdialog', { name: 'Er du sikker?' })).toBeVisible();
  await action.getByRole('button', { name: 'Fortryd' }).click();
  await expect(page.locator('.pair-state')).toHaveText('I gang');
  await action.getByRole('button', { name: 'Registrér tilbagefald hos mentoren' }).click();
  await expectAccessiblePhonePage(page, 'the relapse confirmation');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/mentor-relapse-confirm.png`, fullPage: true });
  await action.getByRole('button', { name: 'Ja, sæt alle forløb på pause' }).click();
  await expect(action.getByRole('status')).toHaveText(
    '2 forløb er sat på pause, og Rikke Thorsen er taget ud af matchningen.',
  );
  await expect(page.locator('.pair-state')).toHaveText('Sat på pause');
  await expect(page.getByRole('region', { name: 'Historik' })).toContainText(
    'Mentoren har haft et tilbagefald (kun for personalet)',
  );
  await expectAccessiblePhonePage(page, 'the pair page after a relapse');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/mentor-relapse-done.png`, fullPage: true });

  // Out of matching until staff turn it back on on her wishes page (one tap from here).
  await action.getByRole('link', { name: 'Slå matchning til igen for Rikke Thorsen' }).click();
  await expect(page.getByRole('checkbox', { name: 'På pause (bliver ikke foreslået)' })).toBeChecked();

  // Her other pair is paused too.
  await page.goto('/forloeb');
  await page.getByRole('link', { name: 'Yasmin Haddad · Rikke Thorsen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yasmin Haddad og Rikke Thorsen');
  await expect(page.locator('.pair-state')).toHaveText('Sat på pause');
  // Recording it again the same day is refused kindly.
  await action.getByRole('button', { name: 'Registrér tilbagefald hos mentoren' }).click();
  await action.getByRole('button', { name: 'Ja, sæt alle forløb på pause' }).click();
  await expect(action.getByRole('status')).toHaveText(/allerede registreret i dag/);
});
