import type { Page } from '@playwright/test';
import { expectAccessiblePhonePage, expectNoAxeViolations } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';
import { totpCode } from './support/totp.helper.ts';

const SHOTS = process.env.MAKKER_E2E_SCREENSHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

/** Answers the question on screen with its first option (or 0 days), or skips a date. */
async function answerOnScreen(page: Page) {
  const main = page.getByRole('main');
  const progress = main.locator('[data-step]');
  const step = await progress.getAttribute('data-step');
  await answerStep(page);
  await expect(progress).not.toHaveAttribute('data-step', step!);
}

async function answerStep(page: Page) {
  const main = page.getByRole('main');
  const radios = main.getByRole('radio');
  if ((await radios.count()) > 0) {
    await radios.first().check();
  } else if (
    (await main.getByLabel('Dato').count()) > 0 ||
    (await main.locator('input[type=date]').count()) > 0
  ) {
    await main.getByRole('button', { name: 'Spring over' }).click();
    return;
  } else {
    await main.getByRole('textbox').fill('0');
  }
  await main.getByRole('button', { name: 'Gem og videre' }).click();
}

// The demo peer answered T0 three months ago; T1 is open now. They answer on a 390 px phone,
// skip a question, stop, come back where they left off, finish and look at their own results.
test('a peer answers a questionnaire, skips one, stops and continues, and sees their scores', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/log-ind');
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill('peer@makker.example');
  await form.getByLabel('Adgangskode', { exact: true }).fill('demo-peer-makker');
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');
  await page.getByRole('link', { name: 'Din trivsel: spørgeskemaer og resultater' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din trivsel');
  const mine = page.getByRole('region', { name: 'Dine spørgeskemaer' });
  await expect(mine).toContainText('Efter 3 måneder');
  await expect(mine).toContainText('Besvaret');
  await expectAccessiblePhonePage(page, 'Din trivsel');
  await shot(page, 'din-trivsel');
  // The demo peer's T0 had a low WHO-5: the support lines are there, one tap away.
  await expect(page.getByRole('link', { name: 'Ring 70 201 201' })).toBeVisible();
  await page.setViewportSize({ width: 320, height: 700 });
  await expectAccessiblePhonePage(page, 'Din trivsel');
  await page.setViewportSize({ width: 390, height: 844 });

  await mine.getByRole('link', { name: /^Svar nu/ }).click();
  const main = page.getByRole('main');
  await expect(main.getByText('Spørgsmål 1 af')).toBeVisible();
  const first = main.getByRole('group', { name: 'I de sidste 2 uger har jeg været glad og i godt humør' });
  await expect(first.getByRole('radio')).toHaveCount(6);
  await expectAccessiblePhonePage(page, 'the first question');
  await page.setViewportSize({ width: 320, height: 700 });
  await expectAccessiblePhonePage(page, 'the first question');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'spoergsmaal-1');
  await first.getByRole('radio', { name: 'Det meste af tiden' }).check();
  await main.getByRole('button', { name: 'Gem og videre' }).click();
  // Question 2 is skipped: a missing answer, not a zero.
  await expect(main.getByText('Spørgsmål 2 af')).toBeVisible();
  await main.getByRole('button', { name: 'Spring over' }).click();
  await expect(main.getByText('Spørgsmål 3 af')).toBeVisible();
  await answerOnScreen(page);
  await expect(main.getByText('Spørgsmål 4 af')).toBeVisible();

  // Stop, and come back later: the page opens at question 4.
  await main.getByRole('link', { name: 'Stop og fortsæt senere' }).click();
  await expect(mine).toContainText('Du er i gang');
  await expect(mine).toContainText('3 af 45 spørgsmål');
  await mine.getByRole('link', { name: /^Fortsæt/ }).click();
  await expect(main.getByText('Spørgsmål 4 af')).toBeVisible();
  await main.getByRole('button', { name: 'Tilbage' }).click();
  await expect(main.getByText('Spørgsmål 3 af')).toBeVisible();
  await answerOnScreen(page);

  // T-ILS has no approved Danish wording yet: it is shown in English, and said so.
  for (let i = 0; i < 60; i++) {
    if (await main.getByRole('button', { name: 'Tilføj en person' }).isVisible()) break;
    if (await main.getByText('How often do you feel left out?').isVisible()) {
      await expect(main.getByText('Dette spørgsmål findes endnu ikke på dansk')).toBeVisible();
      await shot(page, 'spoergsmaal-paa-engelsk');
    }
    await answerOnScreen(page);
  }

  // The Important People roster: one short page.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vigtige mennesker');
  await main.getByRole('button', { name: 'Tilføj en person' }).click();
  await main
    .getByRole('group', { name: 'Person 1' })
    .getByRole('textbox', { name: 'Kaldenavn eller forbogstaver' })
    .fill('Mor');
  // The person's group is named by the nickname from then on.
  const person = main.getByRole('group', { name: 'Mor', exact: true });
  await person
    .getByRole('group', { name: 'Hvem er personen for dig?' })
    .getByRole('radio', { name: 'familie' })
    .check();
  await person
    .getByRole('group', { name: 'Hvor ofte har du haft kontakt de sidste 30 dage?' })
    .getByRole('radio', { name: 'ugentligt' })
    .check();
  await person
    .getByRole('group', { name: 'Bruger personen stoffer eller drikker for meget?' })
    .getByRole('radio', { name: 'nej' })
    .check();
  await expectAccessiblePhonePage(page, 'the Important People roster');
  await shot(page, 'vigtige-mennesker');
  await main.getByRole('button', { name: 'Gem og videre' }).click();

  // The roster is the last screen before finishing.
  await expect(main.getByRole('button', { name: 'Afslut' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du er igennem alle spørgsmål');
  await expect(main).toContainText('Du sprang 2 spørgsmål over.');
  await main.getByRole('button', { name: 'Afslut' }).click();

  // Their own scores, only when they choose to see them.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din trivsel');
  const results = page.getByRole('region', { name: 'Dine resultater' });
  await results.getByRole('button', { name: 'Vis mine resultater' }).click();
  const who5 = results.getByRole('table', { name: 'Trivsel' });
  await expect(who5.getByRole('row')).toHaveCount(3);
  // T1's WHO-5 had a skipped item: not calculated rather than counted as zero.
  await expect(who5.getByRole('row', { name: /Efter 3 måneder/ })).toContainText('Ikke beregnet');
  await expect(
    results.getByRole('img', { name: /Dit netværk ved målingen Efter 3 måneder: 1 person$/ }),
  ).toBeVisible();
  await expect(results.getByRole('table', { name: /Efter 3 måneder, som tabel/ })).toContainText('Mor');
  await expectAccessiblePhonePage(page, 'the peer’s own results');
  await shot(page, 'mine-resultater');
});

// Staff see who has answered but never the answers, and that T-ILS has no approved Danish
// wording yet; they send a questionnaire by hand.
test('staff send a questionnaire and see the instruments’ language status', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/log-ind?tilbage=/evaluering');
  await logInAsDemoStaff(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evaluering');
  const sent = page.getByRole('region', { name: 'Sendte spørgeskemaer' });
  await expect(sent.getByRole('row', { name: /Jonas Hansen/ }).first()).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Det meste af tiden');
  const instruments = page.getByRole('region', { name: 'Spørgeskemaer og sprogversioner' });
  const tils = instruments.getByRole('listitem').filter({ hasText: 'Three-Item Loneliness Scale' });
  await expect(tils).toContainText('Dansk: Oversættelse afventer');
  await expect(tils).toContainText('Engelsk: Verificeret');
  await shot(page, 'evaluering-staff');

  const form = page.getByRole('region', { name: 'Send et spørgeskema' });
  await form.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Mette Nielsen' });
  await form.getByRole('radio', { name: 'T2: Slut' }).check();
  await form.getByRole('button', { name: 'Send spørgeskemaet' }).click();
  await expect(form.getByRole('status')).toHaveText('Spørgeskemaet er sendt til Mette Nielsen.');
  await expect(sent.getByRole('row', { name: /Mette Nielsen T2/ })).toBeVisible();
  await expectNoAxeViolations(page, 'the evaluation page for staff');
  // The demo peer agreed to be contacted, and their T0 well-being was low.
  await expect(page.getByRole('region', { name: 'Bør kontaktes' })).toContainText(
    'Jonas Hansen: Lav trivsel',
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessiblePhonePage(page, 'the evaluation page for staff');
});

// An admin adds a Danish translation of the Pearlin Mastery Scale with its translation log; it is
// pending (respondents still read the English) until approved.
test('an admin adds a translation with its log and approves it', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/log-ind?tilbage=/evaluering');
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill('admin@makker.example');
  await form.getByLabel('Adgangskode', { exact: true }).fill('demo-admin-makker');
  await form.getByRole('button', { name: 'Log ind' }).click();
  await page
    .getByRole('textbox', { name: 'Kode fra appen' })
    .fill(totpCode('MAKKERDEMOADMINBIRGITTEHOLMTOTP2'));
  await page.getByRole('main').getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evaluering');

  const pearlin = page
    .getByRole('region', { name: 'Spørgeskemaer og sprogversioner' })
    .getByRole('listitem')
    .filter({ hasText: 'Pearlin Mastery Scale' })
    .first();
  await expect(pearlin).toContainText('Dansk: Oversættelse afventer');
  await pearlin.getByText('Versioner').click();
  const translation = pearlin.locator('form.evaluation-translation');
  await translation.getByRole('textbox', { name: 'Titel' }).fill('Kontrol over eget liv');
  for (let n = 1; n <= 7; n++) {
    await translation.getByRole('textbox', { name: `Spørgsmål ${n}`, exact: true }).fill(`Udsagn ${n}`);
  }
  const labels = ['Helt uenig', 'Uenig', 'Enig', 'Helt enig'];
  for (const [i, label] of labels.entries()) {
    await translation.getByRole('textbox', { name: `Svarmulighed answer = ${i + 1}` }).fill(label);
  }
  await translation.getByRole('textbox', { name: 'Første oversættelse (frem)' }).fill('Oversætter A');
  await translation.getByRole('textbox', { name: 'Anden oversættelse (frem)' }).fill('Oversætter B');
  await translation.getByRole('textbox', { name: 'Afstemning af de to' }).fill('Afstemt på møde');
  await translation.getByRole('textbox', { name: 'Tilbageoversættelse' }).fill('Back-translated by C');
  await translation.getByRole('button', { name: 'Tilføj oversættelsen' }).click();
  await expect(translation.getByRole('status')).toHaveText(
    'Oversættelsen er tilføjet og afventer godkendelse.',
  );
  await expect(pearlin).toContainText('Dansk version 1: Oversættelse afventer');
  await expect(pearlin).toContainText('Afstemt på møde');
  await expect(pearlin).toContainText('Dansk: Oversættelse afventer');
  await expectNoAxeViolations(page, 'the evaluation page with a translation form');

  await pearlin.getByRole('textbox', { name: 'Kilde' }).fill('Programmets oversættelse 2026');
  await pearlin.getByRole('button', { name: 'Godkend Dansk version 1' }).click();
  await expect(pearlin).toContainText('Dansk: Foreslået');
});
