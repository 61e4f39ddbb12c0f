import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { expectNoAxeViolations, expectNoHorizontalOverflow } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';

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

// The demo: eight peers answered T0, seven T1, six T2, two T3; five mentors T0 and T1, three T2.
test('staff read the results of peers and mentors, download the PDF report and open the HTML report', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(DESKTOP);
  await page.goto('/log-ind?tilbage=/evaluering/resultater');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL('/evaluering/resultater');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evaluering: resultater');
  await expect(page.getByRole('link', { name: 'Peers' })).toHaveAttribute('aria-current', 'page');

  // The well-being table: T1 and T2 have their numbers, T3 (two people) is suppressed.
  const who5 = page.getByRole('table', { name: /^Trivsel – WHO-5/ });
  await expect(who5.getByRole('row', { name: /^T2 mod T0/ })).toContainText('(mangler');
  await expect(who5.getByRole('row', { name: /^T1 mod T0/ })).toContainText(/\d+ \/ \d+ \/ \d+/);
  await expect(who5.getByRole('row', { name: /^T3 mod T0/ })).toContainText('Færre end 5');
  // The primary outcome comes first and says so.
  await expect(page.getByRole('row', { name: /^T2 mod T0 Primært udfald/ }).first()).toBeVisible();
  await expect(page.getByRole('main')).toContainText('kan p aldrig blive mindre end');
  await expect(
    page.getByRole('img', { name: /^Trivsel – WHO-5.*: hver persons svar ved T0 og T2/ }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Svarprocent pr. måling for peers' })).toContainText(
    'T0 (start)',
  );
  await checkBothWidths(page, 'the results for peers');

  await page.getByRole('link', { name: 'Peer-mentorer' }).click();
  await expect(page).toHaveURL(/rolle=mentor/);
  const mentorsWho5 = page.getByRole('table', { name: /^Trivsel – WHO-5/ });
  await expect(mentorsWho5.getByRole('row', { name: /^T1 mod T0/ })).toContainText('5 (mangler');
  await expect(mentorsWho5.getByRole('row', { name: /^T2 mod T0/ })).toContainText('Færre end 5');
  await checkBothWidths(page, 'the results for mentors');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Hent rapporten (PDF)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('evalueringsrapport.pdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await bytesOf(file))), {
    mergePages: true,
  });
  const pdf = text.replace(/\s+/g, ' ');
  expect(pdf).toContain('Evalueringsrapport – ');
  expect(pdf).toContain('Deltagelse og svarprocent');
  expect(pdf).toContain('Resultater – peers');
  expect(pdf).toContain('Resultater – peer-mentorer');
  expect(pdf).toContain('Trivsel – WHO-5');
  expect(pdf).toContain('T2 vs T0 (primær)');
  expect(pdf).toContain('Færre end 5');
  expect(pdf).toContain('Forbehold');
  expect(pdf).not.toContain('Jonas Hansen');

  await page.getByRole('link', { name: 'Læs rapporten som webside' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Evalueringsrapport – /);
  await expect(page.getByRole('heading', { name: 'Resultater – peer-mentorer' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Metode' })).toBeVisible();
  await checkBothWidths(page, 'the HTML report');
});
