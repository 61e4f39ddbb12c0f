import { expectAccessiblePhonePage } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';

// The demo seed's amber pair (Mette Holm and her mentor, every 14 days) has an open task of
// staff's own; no other journey touches it. Named to run after the matching round's journey,
// since ending the pair puts Mette Holm back in the matching pool. Everything on a 390 px phone.
const SHOTS = process.env.MAKKER_E2E_SHOTS;

test('staff end a pair early with a reason, and the rematch task takes them to matching', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/log-ind');
  await logInAsDemoStaff(page);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Forløb' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forløb');

  // Only pairs with open tasks: the amber pair has staff's own.
  await page.locator('label[for="filter-tasks"]').click();
  await expect(page.getByRole('checkbox', { name: 'Kun med åbne opgaver' })).toBeChecked();
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(page).toHaveURL(/opgaver=aabne/);
  await expectAccessiblePhonePage(page, 'the overview filtered by open tasks');
  await page.getByRole('link', { name: /^Mette Holm · / }).click();
  const tasks = page.getByRole('region', { name: 'Opgaver' });
  await expect(tasks).toContainText('Spørg om hver 14. dag stadig passer dem');

  // Staff end it early: the reason from the list and a word for staff.
  await page.getByRole('button', { name: 'Afslut forløbet' }).click();
  await page.getByText('Vi passer ikke godt sammen', { exact: true }).click();
  await page
    .getByRole('textbox', { name: /Vil du fortælle personalet mere/ })
    .fill('Kemien manglede, begge vil gerne prøve igen.');
  await page.getByRole('button', { name: 'Afslut forløbet' }).click();
  await expect(page.locator('.pair-state')).toHaveText('Slutter');
  await expect(tasks).toContainText('Tilbyd en ny makker');
  await expect(page.getByRole('region', { name: 'Historik' })).toContainText('Kemien manglede');
  // Staff's own note about the pair.
  const notes = page.getByRole('region', { name: 'Personalets noter' });
  await notes.getByRole('textbox', { name: 'Ny note' }).fill('Mette vil helst have en makker i Vejle.');
  await notes.getByRole('button', { name: 'Gem note' }).click();
  await expect(notes.getByRole('list')).toContainText('Mette vil helst have en makker i Vejle.');
  await expectAccessiblePhonePage(page, 'the staff pair page after an early end');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/staff-pair-ended.png`, fullPage: true });

  // The rematch: the task leads to matching, where Mette Holm waits in a new round's pool.
  await tasks.getByRole('link', { name: /Gå til matchning/ }).click();
  await expect(page).toHaveURL('/matching');
  await page.getByRole('button', { name: 'Åbn en ny matchrunde' }).click();
  await expect(page.getByText('Mette Holm').first()).toBeVisible();
  await expectAccessiblePhonePage(page, 'matching with the peer back in the pool');

  // Back on the pair: the rematch task is marked done, with who.
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mette Holm');
  await tasks.getByRole('button', { name: 'Markér som løst: Tilbyd en ny makker' }).click();
  await expect(tasks.getByRole('status').filter({ hasText: 'Opgaven er markeret som løst.' })).toBeVisible();
  await expect(tasks).toContainText('1 løst opgave');
});
