import { expectAccessiblePhonePage } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';

// On a 390 px phone, as staff would in the room: the demo's cohorts, a new cohort whose plan is
// made from the programme's settings (one member over the places waits), and a session edited.
test('a staff member creates a cohort on a phone and edits a session of its plan', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/log-ind');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL('/min-side');
  await page.getByRole('navigation').getByRole('link', { name: 'Hold' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hold');
  const cards = page.locator('.training-card');
  await expect(cards.filter({ hasText: /^Hold 2/ })).toContainText('I gang');
  // Full, with a waiting list (the interview journey may have put one more mentor on it).
  await expect(cards.filter({ hasText: /^Hold 2/ })).toContainText(/12 af 12 pladser · \d+ på venteliste/);
  await expect(cards.filter({ hasText: /^Hold 1/ })).toContainText('Afsluttet');
  await expectAccessiblePhonePage(page, 'the cohort list');

  await page.getByRole('link', { name: 'Opret et hold' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opret et hold');
  await expect(page.locator('.font-lead')).toContainText('7 undervisningsdage');
  await page.getByLabel('Antal pladser').fill('');
  await page.getByRole('button', { name: 'Opret holdet' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Skriv holdets navn.');
  await expect(summary).toContainText('Vælg den første måned.');
  await expect(summary).toContainText('Skriv et antal pladser mellem 1 og 40.');
  await expectAccessiblePhonePage(page, 'the new cohort form with errors');

  await page.getByLabel('Holdets navn').fill('Hold 3 – efterår 2029');
  await page.getByLabel('Første måned').fill('2029-09');
  await page.getByLabel('Antal pladser').fill('2');
  await page.getByRole('group', { name: 'Ansvarlige medarbejdere' }).getByLabel('Lene Sørensen').check();
  const members = page.getByRole('group', { name: 'Deltagere' });
  await members.getByLabel('Pia Mikkelsen').check();
  await members.getByLabel('Allan Holm').check();
  await members.getByLabel('Dorthe Skov').check();
  await page.getByRole('button', { name: 'Opret holdet' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hold 3 – efterår 2029');
  await expect(page.getByRole('status').first()).toHaveText('Holdet er oprettet, og planen er lavet.');
  await expect(page.getByRole('region', { name: 'Deltagere (2)' })).toContainText('Allan Holm');
  await expect(page.getByRole('region', { name: 'Venteliste (1)' })).toContainText('Dorthe Skov');
  const plan = page.getByRole('region', { name: 'Plan' });
  await expect(plan.getByRole('listitem')).toHaveCount(14);
  // The demo's slot: the second Thursday, 9.30–15.00; 13 September 2029 is one.
  await expect(plan.getByRole('listitem').first()).toContainText(
    'torsdag den 13. september 2029, 09.30–15.00',
  );
  await expectAccessiblePhonePage(page, 'the new cohort with its plan');

  await plan.getByRole('link', { name: 'Ret Undervisningsdag 1' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Undervisningsdag 1');
  await page.getByLabel('Emne').fill('Rollen som peer-mentor');
  await page.getByLabel('Begynder kl.').fill('10:00');
  await page.getByLabel('Links').fill('ikke et link');
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(summary).toContainText('Hvert link skal begynde med https:// eller http://.');
  await page.getByLabel('Links').fill('https://example.org/kapitel-1.pdf');
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Ændringerne er gemt.');
  await expectAccessiblePhonePage(page, 'the session form');

  await page.getByRole('link', { name: 'Tilbage til Hold 3 – efterår 2029' }).click();
  const first = page.getByRole('region', { name: 'Plan' }).getByRole('listitem').first();
  await expect(first).toContainText('Rollen som peer-mentor');
  await expect(first).toContainText('10.00–15.00');
  await page.screenshot({ path: test.info().outputPath('staff-cohort-390.png'), fullPage: true });
});

// The demo's running cohort: its first teaching day is over and registered; staff correct one
// mark with a tap, on a 390 px phone, and see who is at risk on the cohort page.
test('a staff member registers attendance on a phone, one tap per person', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/log-ind?tilbage=/hold');
  await logInAsDemoStaff(page);
  await page.getByRole('link', { name: /^Hold 2/ }).click();
  const members = page.getByRole('region', { name: /^Deltagere/ });
  await expect(members.getByText('I risiko', { exact: true })).toHaveCount(2);
  await expect(members).toContainText('Klar til match');
  await expectAccessiblePhonePage(page, 'the running cohort with progress');

  await page.getByRole('link', { name: 'Registrér fremmøde til Undervisningsdag 1' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fremmøde: Undervisningsdag 1');
  const lars = page.getByRole('group', { name: 'Lars Mortensen' });
  await expect(lars.getByRole('button', { name: 'Mødt' })).toHaveAttribute('aria-pressed', 'true');
  await lars.getByRole('button', { name: 'Forsinket' }).click();
  await expect(page.getByRole('status')).toHaveText('Lars Mortensen: Forsinket');
  await expect(lars.getByRole('button', { name: 'Forsinket' })).toHaveAttribute('aria-pressed', 'true');
  await expectAccessiblePhonePage(page, 'the attendance register');

  const sofie = page.getByRole('group', { name: 'Sofie Poulsen' });
  await expect(sofie.getByRole('button', { name: 'Afbud' })).toHaveAttribute('aria-pressed', 'true');
  await sofie.getByRole('button', { name: 'Registrér erstatning i dag' }).click();
  await expect(page.getByRole('status')).toHaveText('Sofie Poulsen: erstatning registreret');
  await expect(sofie).toContainText('Erstattet');

  await page.reload();
  await expect(lars.getByRole('button', { name: 'Forsinket' })).toHaveAttribute('aria-pressed', 'true');
  await expect(lars.getByRole('button', { name: 'Mødt' })).toHaveAttribute('aria-pressed', 'false');
  await expect(sofie.getByRole('button', { name: 'Fjern erstatning' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('staff-attendance-390.png'), fullPage: true });
});
