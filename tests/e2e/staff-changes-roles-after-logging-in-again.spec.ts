import type { Page } from '@playwright/test';
import {
  expectLargeTapTargets,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
} from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { totpCode } from './support/totp.helper.ts';

const STAFF = {
  email: 'staff@makker.example',
  password: 'demo-staff-makker',
  secret: 'MAKKERDEMOSTAFFLENESOERENSENTOTP',
};

async function checkBothWidths(page: Page, where: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoAxeViolations(page, `${where} at 1280 px`);
  await page.setViewportSize({ width: 320, height: 740 });
  await expectNoAxeViolations(page, `${where} at 320 px`);
  await expectNoHorizontalOverflow(page, `${where} at 320 px`);
  await expectLargeTapTargets(page, `${where} at 320 px`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Password and the code from the app, on the login page the test is on. */
async function logInAsStaff(page: Page) {
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill(STAFF.email);
  await form.getByLabel('Adgangskode', { exact: true }).fill(STAFF.password);
  await form.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('textbox', { name: 'Kode fra appen' }).fill(totpCode(STAFF.secret));
  await page.getByRole('main').getByRole('button', { name: 'Log ind' }).click();
}

// A login older than ten minutes cannot be waited for here: the server's answer to one is played
// once instead (the server side of REAUTHENTICATION_REQUIRED is tested in people.db.test.ts).
test("a staff member changes a mentor's roles after being asked to log in again", async ({
  page,
  browserGuard,
}) => {
  test.setTimeout(120_000);
  browserGuard.allowConsoleError(/status of 403 .*\/people\/[0-9a-f-]+\/roles\)$/);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/log-ind');
  await logInAsStaff(page);
  await expect(page).toHaveURL('/min-side');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Personer' }).click();

  // Staff give peers and mentors only: the others' pages say who can.
  const people = page.getByRole('table', { name: 'Personer i Peer-fællesskabet Vejle' });
  await people.getByRole('link', { name: 'Birgitte Holm' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Birgitte Holm');
  await expect(page.getByText('Kun en administrator kan ændre roller for Birgitte Holm')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gem roller' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Tilbage til alle personer' }).click();

  await people.getByRole('link', { name: 'Mette Nielsen' }).click();
  await expect(page).toHaveURL(/\/personer\/[0-9a-f-]{36}$/);
  const personPath = new URL(page.url()).pathname;
  await expect(page).toHaveTitle('Mette Nielsen – makker');
  const roles = page.getByRole('group', { name: 'Roller for Mette Nielsen i Peer-fællesskabet Vejle' });
  await expect(roles.getByRole('checkbox')).toHaveCount(2);
  await expect(roles.getByRole('checkbox', { name: 'Peer-mentor' })).toBeChecked();
  await expect(roles.getByRole('checkbox', { name: 'Peer', exact: true })).not.toBeChecked();
  // Just logged in: the downloads are offered.
  const exportPart = page.getByRole('region', { name: 'Hent data om Mette Nielsen' });
  await expect(exportPart.getByRole('link', { name: 'Hent som læsbar side (HTML)' })).toHaveAttribute(
    'href',
    /\/export\?format=html$/,
  );
  await checkBothWidths(page, "a mentor's page");

  // Erasing asks first and says what it means; "no" goes back to where the person was.
  const erase = page.getByRole('region', { name: 'Slet data om Mette Nielsen' });
  await erase.getByRole('button', { name: 'Slet data om Mette Nielsen' }).click();
  await expect(erase.getByRole('button', { name: 'Ja, slet data om Mette Nielsen' })).toBeFocused();
  await expect(erase).toContainText('Det kan ikke fortrydes.');
  await expect(erase).toContainText('bliver kontoen også slettet');
  await checkBothWidths(page, 'the erase question');
  await erase.getByRole('button', { name: 'Nej, fortryd' }).click();
  await expect(erase.getByRole('button', { name: 'Slet data om Mette Nielsen' })).toBeFocused();

  // The server wants a fresh login: the page says why and how.
  await page.route(
    '**/api/programmes/*/people/*/roles',
    (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'urn:makker:problem:reauthentication-required',
          title: 'Af hensyn til sikkerheden skal du logge ind igen, før du gør dette.',
          status: 403,
          code: 'REAUTHENTICATION_REQUIRED',
          requestId: 'e2e',
        }),
      }),
    { times: 1 },
  );
  await roles.getByRole('checkbox', { name: 'Peer', exact: true }).check();
  await page.getByRole('button', { name: 'Gem roller' }).click();
  const notice = page.locator('.reauthenticate-notice');
  await expect(notice).toBeFocused();
  await expect(notice).toContainText('Af hensyn til sikkerheden skal du logge ind igen');
  await checkBothWidths(page, 'the log-in-again notice');

  await notice.getByRole('button', { name: 'Log ind igen' }).click();
  await expect(page).toHaveURL(`/log-ind?tilbage=${personPath}`);
  await expect(
    page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Log ind' }),
  ).toBeVisible();
  await logInAsStaff(page);
  await expect(page).toHaveURL(personPath);

  // Back on the same page, as the server has it: the change was not saved.
  await expect(roles.getByRole('checkbox', { name: 'Peer', exact: true })).not.toBeChecked();
  await roles.getByRole('checkbox', { name: 'Peer', exact: true }).check();
  await page.getByRole('button', { name: 'Gem roller' }).click();
  const status = page.getByRole('region', { name: 'Roller', exact: true }).getByRole('status');
  await expect(status).toHaveText('Rollerne er gemt. Mette Nielsen får de nye roller ved næste login.');
  await expect(page.locator('.person-facts')).toContainText('Peer, Peer-mentor');
  await checkBothWidths(page, 'saved roles');

  // And back as she was, for the journeys after this one.
  await roles.getByRole('checkbox', { name: 'Peer', exact: true }).uncheck();
  await page.getByRole('button', { name: 'Gem roller' }).click();
  await expect(page.locator('.person-facts')).not.toContainText('Peer,');

  // Erasing, answered without erasing (the demo mentor is needed by other journeys): the list
  // says what happened. The real erasure is tested in people.db.test.ts.
  await page.route(
    '**/api/programmes/*/people/*/erase',
    (route) => route.fulfill({ json: { erased: true, accountDeleted: true } }),
    { times: 1 },
  );
  await erase.getByRole('button', { name: 'Slet data om Mette Nielsen' }).click();
  await erase.getByRole('button', { name: 'Ja, slet data om Mette Nielsen' }).click();
  await expect(page).toHaveURL('/personer');
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText(
    'Data om Mette Nielsen er slettet, og kontoen er lukket, fordi Mette Nielsen ikke var med i andre projekter.',
  );
  await expect(people.getByRole('row', { name: /Mette Nielsen/ })).toContainText('Peer-mentor');
});
