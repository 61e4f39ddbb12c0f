import { expectAccessiblePhonePage } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';

const SHOTS = process.env.MAKKER_E2E_SHOTS;

// On a 390 px phone: staff open a round over the demo's waiting peers and ready mentors, read why
// each pair is proposed, see who is left out and why, look at a pair's next best options and
// approve one proposal.
test('a staff member opens a matching round and sees explained proposals', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/log-ind');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL('/min-side');
  await page.getByRole('navigation').getByRole('link', { name: 'Matching' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Matching');
  await expectAccessiblePhonePage(page, 'the matching rounds');

  await page.getByRole('button', { name: 'Åbn en ny matchrunde' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Matchrunde');
  const proposals = page.getByRole('region', { name: 'Forslag' });
  const cards = proposals.locator('.matching-card');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(5);
  // Every pair says in plain Danish what they share: at least a time they are both free.
  await expect(cards.first()).toContainText(/point af 100/);
  await expect(cards.first().locator('.matching-explain')).toContainText(
    /I har begge tid (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag) /,
  );
  await cards.first().getByText('Sådan er scoren regnet ud').click();
  await expect(cards.first()).toContainText(/Tid: \d+ af \d+ point/);
  await cards.first().locator('summary').nth(1).click();
  await expect(cards.first()).toContainText(/point\)/);
  const leftOut = page.getByRole('region', { name: 'Ikke med i runden' });
  await expect(leftOut).toContainText('På pause');
  await expect(leftOut).toContainText('Ikke klar efter uddannelsen');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/round-390.png`, fullPage: true });
  await expectAccessiblePhonePage(page, 'a matching round');

  const count = await cards.count();
  await cards.first().getByRole('button', { name: 'Godkend', exact: true }).click();
  await expect(cards).toHaveCount(count - 1);
  await expect(page.getByRole('region', { name: 'Godkendte forslag' }).getByRole('listitem')).toHaveCount(1);
  await expectAccessiblePhonePage(page, 'a matching round after an approval');

  // A person's wishes as staff see them: the pause and the must-not-match marks with them.
  await leftOut.getByRole('listitem').filter({ hasText: 'På pause' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Må ikke matches med' })).toBeVisible();
  await expect(page.getByLabel('På pause (bliver ikke foreslået)')).toBeChecked();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/person-390.png`, fullPage: true });
  await expectAccessiblePhonePage(page, "a person's wishes");
});

// A peer on a small phone: their wishes, the week one day at a time, saved in one tap.
test('a peer sees and saves their own wishes on a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/log-ind');
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill('peer@makker.example');
  await form.getByLabel('Adgangskode', { exact: true }).fill('demo-peer-makker');
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');
  await page.getByRole('link', { name: 'Mine ønsker til et match' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mine ønsker');
  await page.getByRole('group', { name: 'Hvad kan du lide at lave?' }).getByLabel('Fiskeri').check();
  await page.getByRole('group', { name: 'Torsdag' }).getByLabel('Eftermiddag').check();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/wishes-320.png`, fullPage: true });
  await expectAccessiblePhonePage(page, 'my wishes');
  await page.getByRole('button', { name: 'Gem mine ønsker' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dine ønsker er gemt.' })).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Hvad kan du lide at lave?' }).getByLabel('Fiskeri'),
  ).toBeChecked();
});

// The programme's own list: staff add an activity, and a person's wishes offer it.
test('a staff member adds an activity to the programme’s list', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/log-ind');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL('/min-side');
  await page.goto('/matching');
  await page.getByRole('link', { name: 'Indstillinger for matching' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indstillinger for matching');
  await page.getByRole('button', { name: 'Tilføj en aktivitet' }).click();
  await page.getByRole('button', { name: 'Gem indstillingerne' }).click();
  await expect(page.locator('.error-summary')).toContainText('Skriv aktivitet 11 på dansk og engelsk.');
  await page.getByLabel('Aktivitet 11 på dansk').fill('kortspil');
  await page.getByLabel('Aktivitet 11 på engelsk').fill('card games');
  await page.getByRole('button', { name: 'Gem indstillingerne' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Indstillingerne er gemt.' })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/settings-390.png`, fullPage: true });
  await expectAccessiblePhonePage(page, 'the matching settings');
  await page.reload();
  await expect(page.getByLabel('Aktivitet 11 på dansk')).toHaveValue('kortspil');
});
