import type { Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalOverflow } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';

const NEW_TAGLINE = 'En makker, der kender vejen – også for dig.';

async function checkBothWidths(page: Page, where: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoAxeViolations(page, `${where} at 1280 px`);
  await page.setViewportSize({ width: 320, height: 740 });
  await expectNoAxeViolations(page, `${where} at 320 px`);
  await expectNoHorizontalOverflow(page, `${where} at 320 px`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * Other journeys run afterwards against the same demo data and expect its texts and rules (the
 * flyer, the mentors' 12 months): whatever this journey changed is put back through the API even
 * when a step fails.
 */
async function restoreDemo(page: Page, tagline: string | undefined, months: number | undefined) {
  const headers = { origin: new URL(page.url()).origin };
  const me = await (await page.request.get('/api/me')).json();
  const programmeId = me.memberships[0].programme.id as string;
  if (tagline !== undefined) {
    const url = `/api/programmes/${programmeId}/page/da`;
    const { content } = await (await page.request.get(url)).json();
    if (content.tagline !== tagline) await page.request.put(url, { headers, data: { ...content, tagline } });
  }
  if (months !== undefined) {
    const url = `/api/programmes/${programmeId}/intake-settings`;
    const settings = await (await page.request.get(url)).json();
    const mentor = settings.eligibilityRules.mentor.map((rule: { kind: string }) =>
      rule.kind === 'abstinence' ? { ...rule, minimumMonths: months } : rule,
    );
    await page.request.put(url, {
      headers,
      data: { ...settings, eligibilityRules: { ...settings.eligibilityRules, mentor } },
    });
  }
}

test('staff change the tagline of the programme page and the mentors’ months, then put them back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  let originalTagline: string | undefined;
  let originalMonths: number | undefined;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/log-ind');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL('/min-side');
  try {
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    await nav.getByRole('link', { name: 'Indstillinger' }).click();
    await expect(page).toHaveURL('/indstillinger');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indstillinger');
    await checkBothWidths(page, 'the settings hub');

    // The public page in Danish: a new tagline, shown on the front page at once.
    await page.getByRole('link', { name: 'Projektets side' }).click();
    await expect(page).toHaveURL('/indstillinger/side');
    await expect(page.getByRole('link', { name: 'Dansk' })).toHaveAttribute('aria-current', 'page');
    const tagline = page.getByRole('textbox', { name: 'Undertitel' });
    await expect(tagline).not.toHaveValue('');
    originalTagline = await tagline.inputValue();
    await checkBothWidths(page, 'the page editor');
    await tagline.fill(NEW_TAGLINE);
    await page.getByRole('button', { name: 'Gem siden' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'gemt' })).toHaveText(
      'Siden på dansk er gemt og vises nu.',
    );
    await page.goto('/');
    await expect(page.getByText(NEW_TAGLINE)).toBeVisible();

    // A field the server would refuse is caught here first, beside the field.
    await page.goto('/indstillinger/side');
    const title = page.getByRole('textbox', { name: 'Titel', exact: true });
    const oldTitle = await title.inputValue();
    await title.fill('');
    await page.getByRole('button', { name: 'Gem siden' }).click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await expect(page.locator('.error-summary')).toContainText('Titel mangler.');
    await title.fill(oldTitle);
    await page.getByRole('textbox', { name: 'Undertitel' }).fill(originalTagline);
    await page.getByRole('button', { name: 'Gem siden' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'gemt' })).toBeVisible();
    originalTagline = undefined;

    // The mentors' abstinence rule: from 12 months to 9, saved, and back.
    await page.goto('/indstillinger');
    await page.getByRole('link', { name: 'Optagelse' }).click();
    await expect(page).toHaveURL('/indstillinger/optagelse');
    const mentors = page.getByRole('region', { name: 'Krav til peer-mentorer' });
    const months = mentors
      .getByRole('group', { name: /Fri af misbrug/ })
      .getByRole('textbox', { name: 'Måneder fri af misbrug' });
    await expect(months).toHaveValue('12');
    originalMonths = 12;
    await checkBothWidths(page, 'the intake settings');
    await months.fill('9');
    await page.getByRole('button', { name: 'Gem optagelse' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'gemt' })).toHaveText(
      'Indstillingerne for optagelse er gemt.',
    );
    await page.reload();
    await expect(months).toHaveValue('9');
    await months.fill('12');
    await page.getByRole('button', { name: 'Gem optagelse' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'gemt' })).toBeVisible();
    originalMonths = undefined;

    // The privacy notice: staff read the versions; an admin publishes.
    await page.goto('/indstillinger/privatliv');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privatlivserklæring');
    await expect(page.getByText(/Gældende version: \d+/)).toBeVisible();
    await expect(
      page.getByText('Kun en administrator kan udgive en ny version.', { exact: false }),
    ).toBeVisible();
    await checkBothWidths(page, 'the privacy notice');
  } finally {
    await restoreDemo(page, originalTagline, originalMonths);
  }
});
