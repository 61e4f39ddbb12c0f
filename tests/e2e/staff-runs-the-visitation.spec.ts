import type { Page } from '@playwright/test';
import {
  expectLargeTapTargets,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
} from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';

async function checkBothWidths(page: Page, where: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoAxeViolations(page, `${where} at 1280 px`);
  await page.setViewportSize({ width: 320, height: 740 });
  await expectNoAxeViolations(page, `${where} at 320 px`);
  await expectNoHorizontalOverflow(page, `${where} at 320 px`);
  await expectLargeTapTargets(page, `${where} at 320 px`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

// The demo applicants this journey changes (Thomas Ravn, Sofie Lund) are used by no other
// journey; those create applications of their own. Counts are not asserted: others change them.
test('a staff member screens a mentor applicant and moves peers on in bulk', async ({
  page,
  browserGuard,
}) => {
  test.setTimeout(120_000);
  // The refused bulk change below: Chromium logs the server's 409 answer.
  browserGuard.allowConsoleError(/status of 409 .*\/applications\/status\)$/);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/log-ind');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL('/min-side');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Visitation' }).click();
  await expect(page).toHaveURL('/visitation');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Visitation');
  await expect(page).toHaveTitle('Visitation – makker');

  // Peers first; the mentors are one tab away, and the filters stay in the address.
  const roles = page.getByRole('navigation', { name: 'Vis ansøgninger fra' });
  await expect(roles.getByRole('link', { name: 'Peers' })).toHaveAttribute('aria-current', 'page');
  await roles.getByRole('link', { name: 'Peer-mentorer' }).click();
  await expect(page).toHaveURL('/visitation?rolle=mentor');
  const mentors = page.getByRole('table', { name: 'Ansøgninger fra peer-mentorer, ældste først' });
  await expect(mentors.getByRole('link', { name: 'Henrik Poulsen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Status for peer-mentorer' })).toContainText('Ny');
  await checkBothWidths(page, 'the mentor queue');

  await page.getByRole('combobox', { name: 'Krav' }).selectOption({ label: 'Opfylder ikke kravene' });
  await page.getByRole('button', { name: 'Vis ansøgninger' }).click();
  await expect(page).toHaveURL('/visitation?rolle=mentor&egnet=not-eligible');
  await expect(mentors.getByRole('link', { name: 'Henrik Poulsen' })).toHaveCount(0);
  const thomasRow = mentors.getByRole('row', { name: /Thomas Ravn/ });
  await expect(thomasRow).toContainText('Opfylder ikke kravene');
  await expect(thomasRow).toContainText('3 dage');
  await expect(thomasRow).toContainText('Vejle');

  // His application: not eligible on one rule, and in his own words why he applies anyway.
  await thomasRow.getByRole('link', { name: 'Thomas Ravn' }).click();
  await expect(page).toHaveURL(/\/visitation\/[0-9a-f-]{36}\?rolle=mentor&egnet=not-eligible$/);
  await expect(page).toHaveTitle('Thomas Ravn – makker');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thomas Ravn');
  const ownWords = page.getByRole('region', { name: 'Ansøgerens egne ord' });
  await expect(ownWords).toContainText('stoppede helt med medicin for 8 måneder siden');
  const rules = page.getByRole('table', { name: 'Hvert krav og om ansøgeren opfylder det' });
  await expect(rules.getByRole('row', { name: /Fri af misbrug/ })).toContainText(/opfylder ikke/i);
  await expect(rules.getByRole('row', { name: /Erfaring med misbrug/ })).toContainText('Opfylder');
  const answers = page.getByRole('region', { name: 'Ansøgerens svar' });
  await expect(answers).toContainText('Stoppede med substitutionsmedicin');
  await expect(answers).toContainText('Vejle (630)');
  await expect(answers).toContainText(/\d{1,2}\. [a-zæøå]+ \d{4}/);
  await expect(page.getByRole('region', { name: 'Samtykker' })).toContainText('version 1');
  await checkBothWidths(page, "a mentor applicant's page");

  // A decision needs a reason; the page says so before asking the server.
  const change = page.getByRole('region', { name: 'Skift status' });
  const newStatus = change.getByRole('group', { name: 'Ny status for Thomas Ravn' });
  await expect(newStatus.getByRole('radio')).toHaveCount(6);
  await change.getByRole('button', { name: 'Gem status' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText('Vælg den nye status.');
  await newStatus.getByRole('radio', { name: 'Afvist' }).check();
  await change.getByRole('button', { name: 'Gem status' }).click();
  await expect(page.locator('.error-summary')).toContainText('Skriv en begrundelse for afgørelsen.');
  await checkBothWidths(page, 'the status form with errors');

  await newStatus.getByRole('radio', { name: 'Samtale aftalt' }).check();
  await change.getByRole('button', { name: 'Gem status' }).click();
  await expect(change.getByRole('status')).toHaveText('Ansøgningen er nu markeret som samtale aftalt.');
  await expect(page.locator('.screening-summary')).toContainText('Samtale aftalt');
  const history = page.getByRole('region', { name: 'Historik' });
  await expect(history.getByRole('listitem').last()).toContainText('Samtale aftalt');
  await expect(history.getByRole('listitem').last()).toContainText('Lene Sørensen');
  await expect(newStatus.getByRole('radio', { name: 'Samtale aftalt' })).toHaveCount(0);
  await expect(newStatus.getByRole('radio', { name: 'Kontaktet' })).toBeVisible();

  // Back in the same list, where he now has his new status.
  await page.getByRole('link', { name: 'Tilbage til visitationen' }).click();
  await expect(page).toHaveURL('/visitation?rolle=mentor&egnet=not-eligible');
  await expect(thomasRow).toContainText('Samtale aftalt');

  // The peers: one is marked contacted in bulk.
  await roles.getByRole('link', { name: 'Peers' }).click();
  await expect(page).toHaveURL('/visitation?rolle=peer');
  const peers = page.getByRole('table', { name: 'Ansøgninger fra peers, ældste først' });
  const bulk = page.locator('.screening-bulk');
  await peers.getByRole('checkbox', { name: 'Vælg Sofie Lund' }).check();
  await expect(bulk).toContainText('Du har valgt 1 ansøgning.');
  await bulk.getByRole('button', { name: 'Marker som kontaktet' }).click();
  await expect(bulk.getByRole('status')).toHaveText('Sofie Lund er markeret som kontaktet.');
  const sofieRow = peers.getByRole('row', { name: /Sofie Lund/ });
  await expect(sofieRow).toContainText('Kontaktet');
  await expect(peers.getByRole('checkbox', { name: 'Vælg Sofie Lund' })).not.toBeChecked();

  // All or none: with one already on the waiting list, neither changes, and the page says why.
  await peers.getByRole('checkbox', { name: 'Vælg Sofie Lund' }).check();
  await peers.getByRole('checkbox', { name: 'Vælg Peter Holm' }).check();
  await bulk.getByRole('button', { name: 'Sæt på venteliste' }).click();
  await expect(page.locator('.error-summary')).toContainText('Skriv en begrundelse for ventelisten.');
  await bulk.getByLabel('Begrundelse').fill('Egnet; venter på en mentor, der også kan lide at gå ture.');
  await bulk.getByRole('button', { name: 'Sæt på venteliste' }).click();
  await expect(bulk.getByRole('status')).toHaveText(
    'Ingen af ansøgningerne er ændret. Ansøgningen kan ikke få den status nu. Opdater siden, og se dens status.',
  );
  await expect(sofieRow).toContainText('Kontaktet');
  await checkBothWidths(page, 'the peer queue after a refused change');

  await peers.getByRole('checkbox', { name: 'Vælg Peter Holm' }).uncheck();
  await bulk.getByRole('button', { name: 'Sæt på venteliste' }).click();
  await expect(bulk.getByRole('status')).toHaveText('Sofie Lund er sat på ventelisten og får besked.');
  await expect(sofieRow).toContainText('Venteliste');
  await expect(bulk.getByLabel('Begrundelse')).toHaveValue('');

  // Her page shows the decision with its reason in the history.
  await sofieRow.getByRole('link', { name: 'Sofie Lund' }).click();
  await expect(page.getByRole('region', { name: 'Historik' })).toContainText(
    'Egnet; venter på en mentor, der også kan lide at gå ture.',
  );
  await checkBothWidths(page, "a peer applicant's page on the waiting list");
});
