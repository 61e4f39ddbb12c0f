import type { Browser, Page } from '@playwright/test';
import { expectAccessiblePhonePage } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';
import { readLinkFromMail } from './support/dev-mail.helper.ts';

const SHOTS = process.env.MAKKER_E2E_SHOTS;
const emailOf = (name: string, domain: 'peer' | 'mentor') =>
  `${name.toLowerCase().replace(/ø/g, 'oe').replace(/æ/g, 'ae').replace(/å/g, 'aa').replace(/\s+/g, '.')}@${domain}.makker.example`;

/** A person of the demo logs in with the link mailed to them, in a browser of their own. */
async function logInByLink(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'da-DK' });
  const page = await context.newPage();
  await page.goto('/log-ind');
  const linkWay = page.getByRole('region', { name: 'Få et login-link på e-mail' });
  await linkWay.getByRole('textbox', { name: 'Din e-mail' }).fill(email);
  await linkWay.getByRole('button', { name: 'Send mig et link' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tjek din e-mail');
  const link = await readLinkFromMail(page, email, 'logge ind');
  await page.goto(link.href);
  await expect(page).toHaveURL('/min-side');
  return page;
}

/** The person reads the offer (what the other shared, why they were matched) and says yes. */
async function accept(page: Page, where: string) {
  await page.goto('/min-side/makker-tilbud');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Makker-tilbud');
  await expect(page.getByRole('heading', { name: 'Derfor har vi foreslået jer' })).toBeVisible();
  if (SHOTS)
    await page.screenshot({ path: `${SHOTS}/${where.replace(/\W+/g, '-')}-390.png`, fullPage: true });
  await expectAccessiblePhonePage(page, where);
  await page.getByRole('button', { name: 'Ja, det vil jeg gerne' }).click();
}

// On a 390 px phone: staff approve a proposal and offer it; the peer and the mentor each log in
// and say yes; the second yes starts their mentorship, which both then see.
test('staff offer a proposal, both accept and the mentorship starts', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/log-ind');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL('/min-side');
  await page.goto('/matching');
  await page.getByRole('button', { name: 'Åbn en ny matchrunde' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Matchrunde');
  // Not the demo peer: they already have a mentor.
  const card = page
    .getByRole('region', { name: 'Forslag' })
    .locator('.matching-card')
    .filter({ hasNotText: 'Jonas Hansen' })
    .first();
  await card.getByRole('button', { name: 'Godkend', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Godkendte forslag' }).getByRole('listitem')).toHaveCount(1);

  await page.goto('/matching/tilbud');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilbud og ventetid');
  await expect(page.getByText(/af de besvarede tilbud blev til et forløb/)).toBeVisible();
  const approved = page.locator('.matching-card').filter({ hasText: 'Godkendt' }).first();
  const pair = (await approved.getByRole('heading').first().textContent()) ?? '';
  const [peerName, mentorName] = pair.split(' og ');
  await approved.getByRole('button', { name: 'Send tilbud til begge' }).click();
  const offered = page.locator('.matching-card').filter({ hasText: pair }).first();
  await expect(offered).toContainText('Venter på svar');
  await expectAccessiblePhonePage(page, 'offers and waiting');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/proposals-390.png`, fullPage: true });

  const peer = await logInByLink(browser, emailOf(peerName!, 'peer'));
  await accept(peer, 'the peer offer');
  await expect(peer.getByRole('status')).toContainText('Du har sagt ja');

  const mentor = await logInByLink(browser, emailOf(mentorName!, 'mentor'));
  await accept(mentor, 'the mentor offer');
  await expect(mentor.getByText('I er makkere nu')).toBeVisible();
  await expectAccessiblePhonePage(mentor, 'a started offer');

  await peer.reload();
  await expect(peer.getByText('I er makkere nu')).toBeVisible();
  await page.reload();
  await expect(page.locator('.matching-card').filter({ hasText: pair }).first()).toContainText(
    'I er makkere nu',
  );
});
