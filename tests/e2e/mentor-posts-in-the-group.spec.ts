import type { Browser, Page } from '@playwright/test';
import { expectAccessiblePhonePage } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';

const SHOTS = process.env.MAKKER_E2E_SHOTS;
const PHONE = { width: 390, height: 844 };

/** A demo person logs in with their password in a browser of their own and opens the group. */
async function openGroupAs(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'da-DK' });
  const page = await context.newPage();
  await page.goto('/log-ind');
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await form.getByLabel('Adgangskode', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');
  // The main menu has the group for members.
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Gruppen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gruppen');
  // First visit: the house rules, accepted before anything else.
  await expect(page.getByRole('heading', { name: 'Husregler' })).toBeVisible();
  await page.getByRole('button', { name: 'Jeg har læst husreglerne og vil følge dem' }).click();
  await expect(page.getByRole('heading', { name: 'Skriv et opslag' })).toBeVisible();
  return page;
}

// On a 390 px phone: a mentor posts something the word list holds, staff approve it in the
// moderation queue, and a peer who has the group open sees it arrive without reloading.
test('a mentor posts in the group, the word list holds it, staff approve it, a peer sees it live', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const peer = await openGroupAs(browser, 'peer@makker.example', 'demo-peer-makker');
  const feed = peer.getByRole('region', { name: 'Opslag', exact: true });
  await expect(feed.getByRole('listitem').first()).toContainText('Fastgjort');
  await expect(feed).toContainText('Velkommen til gruppen!');
  if (SHOTS) await peer.screenshot({ path: `${SHOTS}/group-peer-390.png`, fullPage: true });
  await expectAccessiblePhonePage(peer, 'the group feed');

  const mentor = await openGroupAs(browser, 'mentor@makker.example', 'demo-mentor-makker');
  const text = 'Jeg sælger min gamle cykel billigt – er der nogen, der mangler en?';
  await mentor.getByRole('textbox', { name: 'Dit opslag' }).fill(text);
  await mentor.getByRole('button', { name: 'Del opslag' }).click();
  await expect(mentor.getByRole('status')).toHaveText(
    'Dit opslag venter på, at en medarbejder ser det. Så kommer det i gruppen.',
  );
  const mine = mentor.getByRole('listitem').filter({ hasText: 'cykel' });
  await expect(mine).toContainText('Venter på godkendelse – kun du kan se det');
  await expectAccessiblePhonePage(mentor, 'a held post');
  // The peer does not see it while it waits.
  await expect(feed).not.toContainText('cykel');

  await page.setViewportSize(PHONE);
  // A bookmark to the queue: the login comes first and returns here.
  await page.goto('/gruppe/moderation');
  await logInAsDemoStaff(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moderation af gruppen');
  const held = page.getByRole('listitem').filter({ hasText: 'cykel' });
  await expect(held).toContainText('Holdt tilbage på grund af: “sælger”');
  await expect(held).toContainText('Mette Nielsen');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/group-moderation-390.png`, fullPage: true });
  await expectAccessiblePhonePage(page, 'the moderation queue');
  await held.getByRole('button', { name: 'Godkend' }).click();
  await expect(page.getByRole('status')).toHaveText('Udført.');
  await expect(page.getByRole('listitem').filter({ hasText: 'cykel' })).toHaveCount(0);

  // Live: the peer's page gets the post through the realtime hub, no reload.
  const arrived = feed.getByRole('listitem').filter({ hasText: 'cykel' });
  await expect(arrived).toBeVisible({ timeout: 10_000 });
  await expect(arrived.getByRole('heading')).toHaveText('Mette · peer-mentor');
  await expect(mentor.getByRole('listitem').filter({ hasText: 'cykel' })).not.toContainText('Venter');
  await expectAccessiblePhonePage(peer, 'the feed with the approved post');
  // The narrowest phone too: nothing scrolls sideways, every tap target stays large.
  await peer.setViewportSize({ width: 320, height: 740 });
  if (SHOTS) await peer.screenshot({ path: `${SHOTS}/group-peer-320.png`, fullPage: true });
  await expectAccessiblePhonePage(peer, 'the group feed');
});
