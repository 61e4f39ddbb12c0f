import type { Download, Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { expectAccessiblePhonePage, expectNoAxeViolations } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';
import { readLinkFromMail } from './support/dev-mail.helper.ts';

// Freja Dahl (demo peer) and Anders Bak (demo mentor) are not paired in the demo seed, and no
// other journey touches them (decision 045). Staff start their mentorship; the daily wave job
// mails Freja T0, and she answers it on a 390 px phone. The pair then ends early (she moves away),
// the clock moves to the next morning's run of the job, and T2 comes; she answers that too. Staff
// then see the response rates per wave and role, small counts as "< 5".
const FREJA = { email: 'freja@makker.example', password: 'demo-freja-makker' };
const SUBJECT = 'Du har et spørgeskema i makker';
const SHOTS = process.env.MAKKER_E2E_SCREENSHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

/** Queues the wave job as of a moment and waits until Freja has `mails` wave mails. */
async function runWaves(page: Page, now: Date, mails: number) {
  // Same-origin, as the browser would send it (the session cookie makes it a guarded write).
  const queued = await page.request.post('/api/dev/jobs', {
    data: { kind: 'evaluation.waves', now: now.toISOString() },
    headers: page.url().startsWith('http') ? { origin: new URL(page.url()).origin } : {},
  });
  expect(queued.status()).toBe(202);
  await expect
    .poll(
      async () => {
        const { messages } = (await (await page.request.get('/api/dev/mail')).json()) as {
          messages: { to: string; subject: string }[];
        };
        return messages.filter((m) => m.to === FREJA.email && m.subject === SUBJECT).length;
      },
      { timeout: 20_000 },
    )
    .toBe(mails);
}

/** Answers every screen of the open questionnaire (the first option, a skip for a date) and finishes. */
async function answerAll(page: Page) {
  const main = page.getByRole('main');
  await expect(main.getByText('Spørgsmål 1 af')).toBeVisible();
  for (let i = 0; i < 80; i++) {
    if (await main.getByRole('button', { name: 'Afslut' }).isVisible()) break;
    const progress = main.locator('[data-step]');
    const step = await progress.getAttribute('data-step');
    if (await main.getByRole('button', { name: 'Tilføj en person' }).isVisible()) {
      // The roster may be left empty: that is an answer too.
      await main.getByRole('button', { name: 'Gem og videre' }).click();
    } else if ((await main.getByRole('radio').count()) > 0) {
      await main.getByRole('radio').first().check();
      await main.getByRole('button', { name: 'Gem og videre' }).click();
    } else if ((await main.locator('input[type=date]').count()) > 0) {
      await main.getByRole('button', { name: 'Spring over' }).click();
    } else {
      await main.getByRole('textbox').fill('0');
      await main.getByRole('button', { name: 'Gem og videre' }).click();
    }
    await expect
      .poll(
        async () =>
          (await main.getByRole('button', { name: 'Afslut' }).isVisible()) ||
          (await progress.getAttribute('data-step')) !== step,
      )
      .toBe(true);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du er igennem alle spørgsmål');
  await main.getByRole('button', { name: 'Afslut' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din trivsel');
}

test('a mentorship starts, the peer answers T0, it ends, the clock moves, they answer T2; staff see the rates', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 390, height: 844 });

  // Staff start the pair (in a browser of their own: they stay logged in for the rates).
  const staffContext = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'da-DK',
    viewport: { width: 390, height: 844 },
  });
  const staff = await staffContext.newPage();
  await staff.goto('/log-ind?tilbage=/forloeb/nyt');
  await logInAsDemoStaff(staff);
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Start et forløb');
  await staff.getByLabel('Peer', { exact: true }).selectOption({ label: 'Freja Dahl' });
  await staff.getByLabel('Peer-mentor', { exact: true }).selectOption({ label: 'Anders Bak' });
  await staff.getByRole('button', { name: 'Start forløbet' }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Freja Dahl og Anders Bak');

  // The morning job (as of now) sends T0: a generic mail with a link, nothing about health.
  await runWaves(page, new Date(), 1);
  const link = await readLinkFromMail(page, FREJA.email, SUBJECT);
  expect(link.pathname).toBe('/min-side/trivsel');
  await page.goto(link.pathname);
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill(FREJA.email);
  await form.getByLabel('Adgangskode', { exact: true }).fill(FREJA.password);
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din trivsel');
  const mine = page.getByRole('region', { name: 'Dine spørgeskemaer' });
  await expect(mine.getByRole('listitem')).toHaveCount(1);
  await expect(mine).toContainText('Start');
  await expectAccessiblePhonePage(page, 'Din trivsel with T0');
  await shot(page, 'waves-t0-mine');
  await mine.getByRole('link', { name: /^Svar nu/ }).click();
  await expectAccessiblePhonePage(page, 'the first question of T0');
  await answerAll(page);
  await expect(mine).toContainText('Besvaret');

  // She moves away: the pair ends early, today.
  await page.goto('/min-side/makker');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Min makker');
  await page.getByRole('button', { name: 'Afslut forløbet' }).click();
  await page.getByRole('radio', { name: 'Flytter' }).check();
  await page.getByRole('button', { name: 'Afslut forløbet' }).click();
  await expect(
    page.getByText(/Forløbet slutter\. Personalet kontakter dig\.|Du har afsluttet forløbet/).first(),
  ).toBeVisible();

  // The clock moves to the next morning's run of the daily job: T2 follows the end.
  const tomorrow = new Date(Date.now() + 86_400_000);
  tomorrow.setUTCHours(8, 0, 0, 0);
  await runWaves(page, tomorrow, 2);
  await page.goto('/min-side/trivsel');
  await expect(mine).toContainText('Slut');
  await expect(mine.getByRole('link', { name: /^Svar nu/ })).toHaveCount(1);
  await expectAccessiblePhonePage(page, 'Din trivsel with T2');
  await shot(page, 'waves-t2-mine');
  await mine.getByRole('link', { name: /^Svar nu/ }).click();
  await answerAll(page);
  await expect(mine.getByText('Besvaret')).toHaveCount(2);

  // Staff see the response rates per wave and role: counts only, small ones as "< 5".
  await staff.goto('/evaluering');
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Evaluering');
  const rates = staff.getByRole('region', { name: 'Svarprocent pr. måling' });
  await expect(rates.getByRole('row', { name: /T2 Slut · Peers/ })).toContainText('< 5');
  const t0mentors = rates.getByRole('row', { name: /T0 Start · Peer-mentorer/ });
  await expect(t0mentors.getByRole('cell').first()).not.toHaveText('< 5');
  const settings = staff.getByRole('region', { name: 'Målinger og påmindelser' });
  await expect(settings.getByRole('textbox', { name: 'Påmindelse på dag' })).toHaveValue('3, 20');
  await expectAccessiblePhonePage(staff, 'the evaluation page with the response rates');
  await staff.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(staff, 'the evaluation page with the response rates (wide)');
  if (SHOTS) await staff.screenshot({ path: `${SHOTS}/waves-rates.png`, fullPage: true });

  // Staff open the results on the phone and download the report: her answers count, her name never shows.
  await staff.setViewportSize({ width: 390, height: 844 });
  await staff.goto('/evaluering/resultater');
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Evaluering: resultater');
  await expect(staff.getByRole('table', { name: /^Trivsel – WHO-5/ })).toBeVisible();
  await expect(staff.getByRole('main')).not.toContainText('Freja');
  await expectAccessiblePhonePage(staff, 'the evaluation results after T2');
  const download = staff.waitForEvent('download');
  await staff.getByRole('link', { name: 'Hent rapporten (PDF)' }).click();
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await bytesOf(await download))), {
    mergePages: true,
  });
  const pdf = text.replace(/\s+/g, ' ');
  expect(pdf).toContain('Evalueringsrapport – ');
  expect(pdf).toContain('Deltagelse og svarprocent');
  expect(pdf).toContain('Trivsel – WHO-5');
  expect(pdf).not.toContain('Freja');
  await staffContext.close();
});

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
