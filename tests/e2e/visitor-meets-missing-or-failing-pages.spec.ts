import {
  expectLargeTapTargets,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
} from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';

test('a visitor who follows a wrong address gets a friendly page and a way back', async ({
  page,
  browserGuard,
}) => {
  await page.goto('/findes/ikke');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
  await expect(page).toHaveTitle('Siden findes ikke – makker');
  await expectNoAxeViolations(page, 'the not-found page at 1280 px');
  await page.setViewportSize({ width: 320, height: 740 });
  await expectNoAxeViolations(page, 'the not-found page at 320 px');
  await expectNoHorizontalOverflow(page, 'the not-found page at 320 px');
  await expectLargeTapTargets(page, 'the not-found page at 320 px');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle('Page not found – makker');
  await expectNoAxeViolations(page, 'the English not-found page at 320 px');

  // The way back leads to the programme, and focus follows to the new page's content.
  await page.getByRole('link', { name: 'Go to the front page' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peer community Vejle');
  await expect(page.locator('main#main-content')).toBeFocused();

  // A programme that does not exist is a not-found page too, not an error.
  browserGuard.allowConsoleError(/status of 404/);
  await page.goto('/p/findes-ikke');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The programme does not exist');
  await page.getByRole('button', { name: 'Dansk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projektet findes ikke');
  await expect(page).toHaveTitle('Projektet findes ikke – makker');
  await expectNoAxeViolations(page, 'the unknown programme page at 320 px');
});

test('the programme page is reachable by its own address', async ({ page }) => {
  await page.goto('/p/peer-faellesskabet-vejle');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peer-fællesskabet Vejle');
  await expect(page.getByRole('link', { name: 'Forside' })).not.toHaveAttribute('aria-current');
});

// A failing server is simulated here; the real problem+json answers are tested in src/app.
test('when the server has a problem, the visitor reads its message and can try again', async ({
  page,
  browserGuard,
}) => {
  browserGuard.allowConsoleError(/status of 503/);
  await page.route('**/api/public/programmes', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/problem+json',
      json: {
        type: 'about:blank',
        title: 'Tjenesten er ikke klar lige nu. Prøv igen om lidt.',
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
        requestId: 'e2e',
      },
    }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Siden kunne ikke vises');
  await expect(alert).toContainText('Tjenesten er ikke klar lige nu. Prøv igen om lidt.');
  await expect(page).toHaveTitle('Siden kunne ikke vises – makker');
  await expectNoAxeViolations(page, 'the error page');

  await page.unroute('**/api/public/programmes');
  await page.getByRole('button', { name: 'Prøv igen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peer-fællesskabet Vejle');
});
