import type { Browser, Page } from '@playwright/test';
import { expectAccessiblePhonePage } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';

const PHONE = { width: 390, height: 844 };

async function logIn(page: Page, email: string, password: string) {
  await page.goto('/log-ind');
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await form.getByLabel('Adgangskode', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');
}

async function phone(browser: Browser) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'da-DK',
    viewport: PHONE,
  });
  return { context, page: await context.newPage() };
}

// The demo's Christmas lunch has 15 of 16 places taken; the one in line wants two places (with a
// guest), so the free place waits. The demo mentor has a place with a guest.
test('a peer signs up for the Christmas lunch; a mentor cancels and the waiting list moves up', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PHONE);
  await logIn(page, 'peer@makker.example', 'demo-peer-makker');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Fællesskab' }).click();
  await expect(page).toHaveURL('/min-side/faellesskab');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fællesskab');
  const lunch = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Julefrokost' }) });
  await expect(lunch).toContainText('Fuldt – du kan komme på venteliste');
  await expectAccessiblePhonePage(page, "the peer's community page");
  await page.setViewportSize({ width: 320, height: 740 });
  await expectAccessiblePhonePage(page, "the peer's community page");
  await page.setViewportSize(PHONE);

  // Two taps: ask, then confirm.
  await lunch.getByRole('button', { name: 'Skriv mig på ventelisten' }).click();
  await lunch.getByRole('button', { name: 'Ja, tilmeld mig' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Du er på ventelisten til Julefrokost.');
  await expect(lunch).toContainText('Du er nummer 2 på ventelisten.');

  const mentor = await phone(browser);
  await logIn(mentor.page, 'mentor@makker.example', 'demo-mentor-makker');
  await mentor.page.goto('/min-side/faellesskab');
  const mentorsLunch = mentor.page
    .getByRole('listitem')
    .filter({ has: mentor.page.getByRole('heading', { name: 'Julefrokost' }) });
  await expect(mentorsLunch).toContainText('Du er tilmeldt med én gæst.');
  await mentorsLunch.getByRole('button', { name: 'Meld fra' }).click();
  await mentorsLunch.getByRole('button', { name: 'Ja, meld mig fra' }).click();
  await expect(mentor.page.getByRole('status').first()).toHaveText('Du er meldt fra Julefrokost.');
  await expectAccessiblePhonePage(mentor.page, "the mentor's community page after cancelling");
  await mentor.context.close();

  // The two freed places go to the first in line (two places), the third to the peer.
  const outbox = (await (await page.request.get('/api/dev/mail')).json()) as {
    messages: { to: string; subject: string; text: string }[];
  };
  const mail = outbox.messages.find(
    (m) => m.to === 'peer@makker.example' && m.subject === 'Du har fået en plads: Julefrokost',
  );
  expect(mail?.text).toContain('Der er blevet en plads til dig på Julefrokost');
  await page.reload();
  await expect(lunch).toContainText('Du er tilmeldt.');
});

test('staff check people in at the café on a phone, one tap each', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/log-ind');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL('/min-side');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Fællesskab' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Café og arrangementer');
  await expect(page.getByRole('heading', { name: 'Caféen', exact: true })).toBeVisible();
  await expect(
    page.getByText(/Caféen holder åbent hver tirsdag 13[.:]00–16[.:]00, torsdag 09[.:]30–12[.:]00/),
  ).toBeVisible();
  await expectAccessiblePhonePage(page, "staff's café and events");

  // The rota: take a shift someone else has, in one tap.
  await page.getByRole('button', { name: 'Tag vagten' }).first().click();
  await expect(page.getByRole('status').first()).toHaveText(/^Vagten .* er gemt\.$/);

  // The latest session held: names only here, on the check-in page.
  await page.locator('.community-past a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Tjek ind: /);
  const before = await page.getByText(/er tjekket ind\.$/).textContent();
  const person = page.getByRole('button', { name: 'Jette Munk' });
  const wasIn = (await person.getAttribute('aria-pressed')) === 'true';
  await person.click();
  await expect(person).toHaveAttribute('aria-pressed', String(!wasIn));
  await expect(page.getByRole('status').first()).toHaveText(
    wasIn ? 'Jette Munk: ikke tjekket ind.' : 'Jette Munk: kom.',
  );
  await expect(page.getByText(/er tjekket ind\.$/)).not.toHaveText(before ?? '');
  await expectAccessiblePhonePage(page, 'the café check-in');

  // A third weekly time: its sessions appear at once.
  await page.getByRole('link', { name: 'Tilbage til caféen' }).click();
  await page.getByRole('button', { name: 'Tilføj en fast tid' }).click();
  await page.getByRole('combobox', { name: 'Ugedag' }).selectOption({ label: 'onsdag' });
  await page.getByLabel('Åbner kl.').fill('17:00');
  await page.getByLabel('Lukker kl.').fill('19:00');
  await page.getByRole('textbox', { name: 'Sted' }).fill('Vejle Bibliotek');
  await page.getByRole('button', { name: 'Tilføj tiden' }).click();
  await expect(page.getByRole('status').first()).toContainText('hver onsdag 17:00–19:00');
  await expect(
    page.getByText(/Caféen holder åbent hver tirsdag .*, onsdag 17:00–19:00, torsdag/),
  ).toBeVisible();
  await expect(page.getByText('Vejle Bibliotek').first()).toBeVisible();

  // That time moves half an hour, then stops again; Tuesday and Thursday stay.
  const wednesday = page.getByRole('listitem').filter({ hasText: /^onsdag 17:00–19:00, Vejle Bibliotek/ });
  await wednesday.getByRole('button', { name: 'Ret eller stop onsdag 17:00–19:00' }).click();
  await expect(page.getByRole('heading', { name: 'Ret onsdag 17:00–19:00' })).toBeVisible();
  await wednesday.getByLabel('Åbner kl.').fill('17:30');
  await wednesday.getByLabel('Lukker kl.').fill('19:30');
  await expectAccessiblePhonePage(page, 'changing a weekly café time');
  await wednesday.getByRole('button', { name: 'Gem ændringen' }).click();
  await expect(page.getByRole('status').first()).toContainText('Caféen er nu hver onsdag 17:30–19:30.');
  const moved = page.getByRole('listitem').filter({ hasText: /^onsdag 17:30–19:30, Vejle Bibliotek/ });
  await moved.getByRole('button', { name: 'Ret eller stop onsdag 17:30–19:30' }).click();
  await moved.getByRole('button', { name: 'Stop denne faste tid' }).click();
  await moved.getByRole('button', { name: 'Ja, stop onsdag 17:30–19:30' }).click();
  await expect(page.getByRole('status').first()).toContainText(
    'Caféen holder ikke længere åbent onsdag 17:30–19:30.',
  );
  await expect(
    page.getByText(/Caféen holder åbent hver tirsdag 13:00–16:00, torsdag 09:30–12:00/),
  ).toBeVisible();

  // A new event: the form on a phone, then its own page with nobody signed up yet.
  await page.getByRole('link', { name: 'Opret et arrangement' }).click();
  await page.getByRole('textbox', { name: 'Navn' }).fill('Nytårskur');
  await page.getByRole('textbox', { name: 'Sted' }).fill('Caféen');
  const inMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Dato').fill(inMonth);
  await page.getByLabel('Sidste dag for tilmelding').fill(inMonth);
  await page.getByRole('spinbutton', { name: 'Antal pladser' }).fill('12');
  await page.getByRole('checkbox', { name: 'Man må tage én gæst med' }).check();
  await expectAccessiblePhonePage(page, 'the new event form');
  await page.getByRole('button', { name: 'Opret arrangementet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nytårskur');
  await expect(page.getByText('Ingen er tilmeldt endnu.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Tilmeldt \(0 af 12 pladser\)/ })).toBeVisible();
});

// The demo's bowling has four signed up, the demo peer among them; no other journey uses it.
test('staff move the bowling an hour later, then cancel it; the peer is told and reads why', async ({
  page,
  browser,
  browserGuard,
}) => {
  test.setTimeout(90_000);
  // The refused change (fewer places than taken) is a 409 the page explains.
  browserGuard.allowConsoleError(/status of 409 .*\/events\/[0-9a-f-]+\)$/);
  await page.setViewportSize(PHONE);
  await page.goto('/log-ind');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL('/min-side');
  await page.goto('/faellesskab');
  await page.getByRole('link', { name: 'Bowling', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bowling');
  await page.getByRole('link', { name: 'Ret arrangementet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ret arrangementet');
  await expect(page.getByRole('textbox', { name: 'Sted' })).toHaveValue('Vejle Bowlingcenter');
  await expect(page.getByLabel('Starter kl.')).toHaveValue('17:00');
  await expectAccessiblePhonePage(page, 'changing an event');
  // Fewer places than are taken is refused with a message that says what to do.
  await page.getByRole('spinbutton', { name: 'Antal pladser' }).fill('2');
  await page.getByRole('button', { name: 'Gem ændringerne' }).click();
  await expect(page.locator('.error-summary')).toContainText('Der er flere tilmeldte end det antal pladser');
  await page.getByRole('spinbutton', { name: 'Antal pladser' }).fill('12');
  await page.getByLabel('Starter kl.').fill('18:00');
  await page.getByLabel('Slutter kl.').fill('20:30');
  await page.getByRole('button', { name: 'Gem ændringerne' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bowling');
  await expect(page.locator('.community-facts')).toContainText('18.00');

  const mails = async () =>
    (
      (await (await page.request.get('/api/dev/mail')).json()) as {
        messages: { to: string; subject: string; text: string }[];
      }
    ).messages.filter((m) => m.to === 'peer@makker.example');
  const moved = (await mails()).find((m) => m.subject === 'Ændret tid eller sted: Bowling');
  expect(moved?.text).toContain('kl. 18.00, Vejle Bowlingcenter');

  const cancel = page.getByRole('region', { name: 'Aflys arrangementet' });
  await expect(cancel).toContainText('De 4, der er tilmeldt eller på venteliste');
  await cancel.getByRole('button', { name: 'Aflys og giv besked' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText('Skriv, hvorfor arrangementet aflyses.');
  await cancel
    .getByRole('textbox', { name: 'Hvorfor aflyses det?' })
    .fill('Bowlingcentret er lukket for renovering.');
  await expectAccessiblePhonePage(page, 'cancelling an event');
  await page.screenshot({ path: test.info().outputPath('event-cancel-form-390.png'), fullPage: true });
  await cancel.getByRole('button', { name: 'Aflys og giv besked' }).click();
  await expect(page.getByRole('status').first()).toHaveText(
    'Bowling er aflyst, og deltagerne har fået besked.',
  );
  await expect(page.getByText('Arrangementet er aflyst')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ret arrangementet' })).toHaveCount(0);
  const told = (await mails()).find((m) => m.subject === 'Aflyst: Bowling');
  expect(told?.text).toContain('Bowlingcentret er lukket for renovering.');

  const peer = await phone(browser);
  await logIn(peer.page, 'peer@makker.example', 'demo-peer-makker');
  await peer.page.goto('/min-side/faellesskab');
  const card = peer.page
    .getByRole('listitem')
    .filter({ has: peer.page.getByRole('heading', { name: 'Bowling' }) });
  await expect(card).toContainText('Arrangementet er aflyst');
  await expect(card).toContainText('Bowlingcentret er lukket for renovering.');
  await expect(card.getByRole('button')).toHaveCount(0);
  await expectAccessiblePhonePage(peer.page, "the peer's page with a cancelled event");
  await card.screenshot({ path: test.info().outputPath('event-cancelled-card-390.png') });
  await peer.context.close();
});
