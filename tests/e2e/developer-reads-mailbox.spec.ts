import { expectNoAxeViolations, expectNoHorizontalOverflow } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';

test('a developer opens the development mailbox of a fresh installation', async ({ page }) => {
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Udviklerpostkasse');
  await expect(page).toHaveTitle('Udviklerpostkasse – makker');
  await expect(page.getByRole('status')).toHaveText('Der er ingen beskeder endnu.');
  await expectNoAxeViolations(page, 'the empty mailbox');
});

// No feature sends mail yet, so the list is given to the page here; the server side of the
// outbox is tested where it lives (src/server/mail.ts).
test('a developer reads the messages in the outbox, on a wide and a narrow screen', async ({ page }) => {
  await page.route('**/api/dev/mail', (route) =>
    route.fulfill({
      json: {
        messages: [
          {
            id: '0195f0c2-0000-7000-8000-000000000001',
            to: 'mentor@example.org',
            subject: 'Log ind på makker',
            text: 'Hej!\n\nKlik her for at logge ind: http://127.0.0.1/login/abc\n',
            status: 'queued',
            createdAt: '2025-03-01T09:30:00.000Z',
            attachments: [],
          },
          {
            id: '0195f0c2-0000-7000-8000-000000000002',
            to: 'en-meget-lang-adresse-til-en-peer@kommune.example.dk',
            subject: 'Velkommen til Peer-fællesskabet',
            text: 'Velkommen.',
            status: 'sent',
            createdAt: '2025-03-01T10:00:00.000Z',
            attachments: [
              {
                filename: 'samtale.ics',
                contentType: 'text/calendar',
                content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR',
              },
            ],
          },
        ],
      },
    }),
  );
  await page.goto('/dev/mailbox');
  const table = page.getByRole('table', { name: 'Beskeder i udbakken' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText('Log ind på makker');
  await expect(table.getByRole('row').nth(1)).toContainText('I kø');
  await table.getByText('Vis teksten').first().click();
  await expect(table.getByText('Klik her for at logge ind')).toBeVisible();
  await table.getByText('samtale.ics').click();
  await expect(table.getByText('BEGIN:VCALENDAR')).toBeVisible();
  await expectNoAxeViolations(page, 'the mailbox with messages at 1280 px');

  await page.setViewportSize({ width: 320, height: 740 });
  await expectNoAxeViolations(page, 'the mailbox with messages at 320 px');
  await expectNoHorizontalOverflow(page, 'the mailbox with messages at 320 px');
});

// In production the API has no mailbox and answers 404 problem+json; the page must say so.
test('the mailbox explains that it only exists in development', async ({ page, browserGuard }) => {
  browserGuard.allowConsoleError(/status of 404/);
  await page.route('**/api/dev/mail', (route) =>
    route.fulfill({
      status: 404,
      contentType: 'application/problem+json',
      json: {
        type: 'about:blank',
        title: 'Adressen findes ikke.',
        status: 404,
        code: 'ROUTE_NOT_FOUND',
        requestId: 'e2e',
      },
    }),
  );
  await page.goto('/dev/mailbox');
  await expect(page.getByText('Postkassen findes kun i udviklingsmiljøet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opdater' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the mailbox in production');
});
