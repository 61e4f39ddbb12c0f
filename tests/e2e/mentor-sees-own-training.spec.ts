import { expectAccessiblePhonePage } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';

// The demo mentor finished the demo's first cohort with one absence with notice (supervision 3).
test('a mentor sees their own plan and attendance, and that they may be matched', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/log-ind');
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill('mentor@makker.example');
  await form.getByLabel('Adgangskode', { exact: true }).fill('demo-mentor-makker');
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');
  await page.getByRole('link', { name: 'Min uddannelse som peer-mentor' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Min uddannelse');
  const cohort = page.getByRole('region', { name: /^Hold 1/ });
  await expect(cohort).toContainText('Afsluttet');
  await expect(cohort).toContainText(
    'Du har været med til 7 af 7 undervisningsdage og 6 af 7 gruppesparringer.',
  );
  await expect(cohort).toContainText('Du kan få en makker nu.');
  await expect(cohort.getByText('Dit fremmøde: Afbud')).toHaveCount(1);
  await expect(page.locator('body')).not.toContainText('Anne Larsen');
  await expectAccessiblePhonePage(page, "the mentor's own training");

  // The demo mentor has a calendar link already; its address is shown only when a new one is made.
  const calendar = page.getByRole('region', { name: 'Abonnér på kalenderen' });
  await expect(calendar).toContainText('Du har et kalenderlink fra');
  await calendar.getByRole('button', { name: 'Lav et nyt link' }).click();
  await expect(calendar.getByRole('status')).toHaveText(/Dit nye kalenderlink er klar/);
  const address = await calendar.getByRole('textbox', { name: 'Dit kalenderlink' }).inputValue();
  expect(address).toMatch(/\/api\/public\/calendar\/[0-9a-f]{32}\.[\w-]{43}\.ics$/);
  await expect(calendar.getByRole('link', { name: 'Åbn i kalenderen' })).toHaveAttribute(
    'href',
    address.replace(/^https?:/, 'webcal:'),
  );
  const feed = await page.request.get(address);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(await feed.text()).toContain('BEGIN:VEVENT');
  await expectAccessiblePhonePage(page, "the mentor's calendar link");

  await calendar.getByRole('button', { name: 'Slå kalenderen fra' }).click();
  await expect(calendar.getByRole('status')).toHaveText(/Kalenderen er slået fra/);
  await expect(calendar.getByRole('button', { name: 'Abonnér på kalenderen' })).toBeVisible();
  expect((await page.request.get(address)).status()).toBe(404);
});
