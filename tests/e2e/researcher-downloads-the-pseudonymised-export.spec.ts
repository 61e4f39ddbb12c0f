import type { Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalOverflow } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { totpCode } from './support/totp.helper.ts';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

async function checkBothWidths(page: Page, where: string) {
  await page.setViewportSize(DESKTOP);
  await expectNoAxeViolations(page, `${where} at 1280 px`);
  await page.setViewportSize(PHONE);
  await expectNoAxeViolations(page, `${where} at 390 px`);
  await expectNoHorizontalOverflow(page, `${where} at 390 px`);
  await page.setViewportSize(DESKTOP);
}

async function bytesOf(download: import('@playwright/test').Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// Runs before researcher-sets-up-two-factor-again.spec.ts (file order), which gives the demo
// researcher a new two-factor secret: this journey logs in with the demo's own.
test('a researcher logs in again and downloads the pseudonymised export', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(DESKTOP);
  const login = async () => {
    const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
    await form.getByRole('textbox', { name: 'E-mail' }).fill('researcher@makker.example');
    await form.getByLabel('Adgangskode', { exact: true }).fill('demo-researcher-makker');
    await form.getByRole('button', { name: 'Log ind' }).click();
    await page
      .getByRole('textbox', { name: 'Kode fra appen' })
      .fill(totpCode('MAKKERDEMORESEARCHERANDERSKJAER2'));
    await page.getByRole('main').getByRole('button', { name: 'Log ind' }).click();
  };
  await page.goto('/log-ind?tilbage=/evaluering/resultater');
  await login();
  await expect(page).toHaveURL('/evaluering/resultater');
  // The session as the page sees it began 11 minutes ago: the export asks to log in again.
  await page.route('**/api/auth/get-session', async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    body.session.createdAt = new Date(Date.now() - 11 * 60_000).toISOString();
    await route.fulfill({ response, json: body });
  });
  await page.reload();
  const section = page.getByRole('region', { name: 'Forskningsudtræk' });
  await expect(section).toContainText('Af hensyn til sikkerheden skal du logge ind igen');
  await expect(section.getByRole('link', { name: 'Hent data (CSV)' })).toHaveCount(0);
  await checkBothWidths(page, 'the results with the log-in-again notice');
  await page.unroute('**/api/auth/get-session');
  await section.getByRole('button', { name: 'Log ind igen' }).click();
  await expect(page).toHaveURL(/\/log-ind\?tilbage=/);
  await login();
  await expect(page).toHaveURL('/evaluering/resultater');

  const download = page.waitForEvent('download');
  await page
    .getByRole('region', { name: 'Forskningsudtræk' })
    .getByRole('link', { name: 'Hent data (CSV)' })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('evaluering-pseudonymiseret.csv');
  const csv = (await bytesOf(file)).toString('utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe(
    'pseudonym,role,birth_year_band,wave,completed,instrument,instrument_version,language,wording_hash,item,value,missing',
  );
  expect(lines[1]).toMatch(/^P-[0-9a-f]{16},(peer|mentor),(\d{4}-\d{4})?,T[0-3],[01],/);
  expect(csv).not.toContain('Jonas Hansen');
  expect(csv).not.toContain('Mor');
  await checkBothWidths(page, 'the results with the export');
});
