import {
  expectLargeTapTargets,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
} from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';

// The outbox is given to the page here, so the journey does not depend on what others sent; the
// server side of the SMS outbox is tested where it lives (src/server/sms.ts, people.db.test.ts).
test('a developer reads an SMS invitation in the mailbox and follows its link', async ({
  page,
  baseURL,
  browserGuard,
}) => {
  browserGuard.allowConsoleError(/status of 410 .*\/api\/invitations\/preview\)$/);
  const link = `${baseURL}/invitation#0123456789abcdef0123456789abcdef.not-a-real-token`;
  await page.route('**/api/dev/mail', (route) => route.fulfill({ json: { messages: [] } }));
  await page.route('**/api/dev/sms', (route) =>
    route.fulfill({
      json: {
        messages: [
          {
            id: '0195f0c2-0000-7000-8000-000000000003',
            to: '+4520304050',
            text: `Hej Alma. Du er inviteret til Peer-fællesskabet Vejle som peer. Tag imod invitationen her (virker i 14 dage): ${link}`,
            status: 'queued',
            createdAt: '2025-03-01T09:30:00.000Z',
          },
        ],
      },
    }),
  );
  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['E-mails', "SMS'er"]);
  await expect(page.getByText('Der er ingen e-mails endnu.')).toBeVisible();
  const sms = page.getByRole('table', { name: "SMS'er i udbakken" });
  await expect(sms.getByRole('row', { name: /\+4520304050/ })).toHaveCount(1);
  await expect(sms).toContainText('+4520304050');
  await expect(sms).toContainText('I kø');
  await expectNoAxeViolations(page, 'the mailbox with an SMS at 320 px');
  await expectNoHorizontalOverflow(page, 'the mailbox with an SMS at 320 px');
  await expectLargeTapTargets(page, 'the mailbox with an SMS at 320 px');

  // The link is a link: one tap opens the invitation (this one is made up, so it does not work).
  await expect(sms.getByRole('link')).toHaveAttribute('href', link);
  await sms.getByRole('link').click();
  await expect(page).toHaveURL(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitationen virker ikke');
});
