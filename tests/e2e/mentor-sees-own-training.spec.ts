import { expectAccessiblePhonePage } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';

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

// Staff put the demo mentor on a cohort that has not begun; the mentor sends notice of absence
// from its first session with a reason, on a 390 px phone, and withdraws it again.
test('a mentor sends notice of absence from an upcoming session and withdraws it', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/log-ind');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL('/min-side');
  const me = (await (await page.request.get('/api/me')).json()) as {
    memberships: { programme: { id: string } }[];
  };
  const programmeId = me.memberships[0]!.programme.id;
  const candidates = await (
    await page.request.get(`/api/programmes/${programmeId}/cohort-candidates`)
  ).json();
  const mette = (candidates.mentors as { id: string; name: string }[]).find(
    (m) => m.name === 'Mette Nielsen',
  )!;
  const created = await page.request.post(`/api/programmes/${programmeId}/cohorts`, {
    headers: { origin: baseURL! },
    data: { name: 'Hold 9 – afbud', startMonth: '2031-09', capacity: 12, leadIds: [], memberIds: [mette.id] },
  });
  expect(created.status()).toBe(201);
  await page.context().clearCookies();

  await page.goto('/log-ind');
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill('mentor@makker.example');
  await form.getByLabel('Adgangskode', { exact: true }).fill('demo-mentor-makker');
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');
  await page.goto('/min-side/uddannelse');
  const first = page.getByRole('region', { name: 'Hold 9 – afbud' }).getByRole('listitem').first();
  await first.getByRole('button', { name: 'Meld afbud' }).click();
  await first.getByRole('button', { name: 'Send afbud' }).click();
  await expect(first).toContainText('Skriv kort, hvorfor du ikke kan komme.');
  await first.getByLabel('Hvorfor kan du ikke komme?').fill('Jeg er på arbejde den dag.');
  await first.getByRole('button', { name: 'Send afbud' }).click();
  await expect(first.getByRole('status')).toHaveText('Dit afbud er sendt.');
  await expect(first).toContainText('Du har meldt afbud.');
  await expect(first).toContainText('Dit fremmøde: Afbud');
  await expectAccessiblePhonePage(page, "the mentor's notice of absence");
  await first.getByRole('button', { name: 'Træk afbuddet tilbage' }).click();
  await expect(first.getByRole('status')).toHaveText('Dit afbud er trukket tilbage.');
  await expect(first.getByRole('button', { name: 'Meld afbud' })).toBeVisible();
});
