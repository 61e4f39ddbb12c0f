import fs from 'node:fs';
import { type Page, request } from '@playwright/test';
import {
  expectLargeTapTargets,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
} from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { totpCode } from './support/totp.helper.ts';

const PEER = { name: 'Jonas Hansen', email: 'peer@makker.example', password: 'demo-peer-makker' };
const STAFF = {
  email: 'staff@makker.example',
  password: 'demo-staff-makker',
  secret: 'MAKKERDEMOSTAFFLENESOERENSENTOTP',
};

async function checkBothWidths(page: Page, where: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoAxeViolations(page, `${where} at 1280 px`);
  await page.setViewportSize({ width: 320, height: 740 });
  await expectNoAxeViolations(page, `${where} at 320 px`);
  await expectNoHorizontalOverflow(page, `${where} at 320 px`);
  await expectLargeTapTargets(page, `${where} at 320 px`);
}

/** Lene, the demo staff member, opens the people list at her desk (through the API). */
async function staffLooksAtThePeopleList(baseURL: string) {
  const staff = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const first = await staff.post('/api/auth/sign-in/email', {
    data: { email: STAFF.email, password: STAFF.password },
  });
  expect(((await first.json()) as { twoFactorRedirect?: boolean }).twoFactorRedirect).toBe(true);
  const second = await staff.post('/api/auth/two-factor/verify-totp', {
    data: { code: totpCode(STAFF.secret) },
  });
  expect(second.ok(), 'the staff member logs in with a code').toBe(true);
  const me = (await (await staff.get('/api/me')).json()) as { memberships: { programme: { id: string } }[] };
  const list = await staff.get(`/api/programmes/${me.memberships[0]?.programme.id}/people`);
  expect(list.ok(), 'the staff member reads the people list').toBe(true);
  await staff.dispose();
}

test('a peer sees who has looked at their data, and downloads it as a readable page', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await staffLooksAtThePeopleList(baseURL ?? '');

  // A bookmark to the page leads through the login page and back to it.
  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto('/min-side/hvem-har-set');
  await expect(page).toHaveURL('/log-ind?tilbage=/min-side/hvem-har-set');
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill(PEER.email);
  await form.getByLabel('Adgangskode', { exact: true }).fill(PEER.password);
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side/hvem-har-set');

  await expect(page).toHaveTitle('Hvem har set mine data – makker');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvem har set mine data');
  const today = page.getByRole('region', { name: /^I dag, / });
  await expect(today.getByRole('listitem').first()).toHaveText(/^kl\. \d\d\.\d\d Du loggede ind\.$/);
  await expect(today).toContainText('Lene Sørensen (medarbejder) så dine oplysninger.');
  await checkBothWidths(page, 'who has seen my data');

  // From Min side to "Mine data".
  await page.getByRole('link', { name: 'Tilbage til Min side' }).click();
  await expect(page).toHaveURL('/min-side');
  const myData = page.getByRole('region', { name: 'Dine data' });
  await myData.getByRole('link', { name: 'Mine data', exact: true }).click();
  await expect(page).toHaveURL('/min-side/mine-data');
  await expect(page).toHaveTitle('Mine data – makker');
  await expect(
    page.getByRole('region', { name: 'Det gemmer makker om dig' }).getByRole('listitem'),
  ).toHaveCount(6);
  await expect(page.getByRole('region', { name: 'Vil du have slettet dine data?' })).toContainText(
    'Kontakt personalet',
  );
  await checkBothWidths(page, 'my data');

  // The readable page: a file to keep, in Danish, with the peer's own details.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Hent som læsbar side (HTML)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('mine-data.html');
  const html = fs.readFileSync((await download.path()) ?? '', 'utf8');
  expect(html).toContain('<html lang="da">');
  expect(html).toContain(PEER.name);
  expect(html).toContain(PEER.email);
  // The page stays where it was.
  await expect(page).toHaveURL('/min-side/mine-data');

  // The data file too, for taking the data elsewhere.
  const downloadingJson = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Hent som data-fil (JSON)' }).click();
  const json = JSON.parse(fs.readFileSync((await (await downloadingJson).path()) ?? '', 'utf8')) as {
    subject: { email: string };
  };
  expect(json.subject.email).toBe(PEER.email);

  // The downloads are in the trail as well, and the page speaks English when asked.
  await page.goto('/min-side/hvem-har-set');
  await expect(page.getByText('Du hentede en kopi af dine data 2 gange.')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who has seen my data');
  await expect(page.getByText('Lene Sørensen (staff member) looked at your details.').first()).toBeVisible();
  await expect(page.getByText('You downloaded a copy of your data 2 times.')).toBeVisible();
  await expectNoAxeViolations(page, 'who has seen my data in English');
  await page.getByRole('button', { name: 'Dansk' }).click();
});
