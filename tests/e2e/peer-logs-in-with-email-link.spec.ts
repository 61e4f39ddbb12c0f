import {
  expectLargeTapTargets,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
} from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { countMails, readLinkFromMail } from './support/dev-mail.helper.ts';

test.use({ viewport: { width: 360, height: 740 } });

const PEER = 'peer@makker.example';
const UNKNOWN = 'ingen-konto@makker.example';

test('a peer logs in with a link from their e-mail', async ({ page }) => {
  await page.goto('/log-ind');
  const linkWay = page.getByRole('region', { name: 'Få et login-link på e-mail' });

  // An address without an account gets the very same answer, and no mail is sent.
  await linkWay.getByRole('textbox', { name: 'Din e-mail' }).fill(UNKNOWN);
  await linkWay.getByRole('button', { name: 'Send mig et link' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Tjek din e-mail');
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle('Tjek din e-mail – makker');
  const unknownAnswer = await page.getByRole('main').textContent();
  expect(await countMails(page, UNKNOWN)).toBe(0);

  // Back to the form, this time with the peer's own address.
  await page.getByRole('button', { name: 'Send et nyt link' }).click();
  const email = linkWay.getByRole('textbox', { name: 'Din e-mail' });
  await expect(email).toBeFocused();
  await expect(email).toHaveValue(UNKNOWN);
  await email.fill(PEER);
  await linkWay.getByRole('button', { name: 'Send mig et link' }).click();
  await expect(heading).toHaveText('Tjek din e-mail');
  await expect(page.getByText(`Hvis ${PEER} hører til en konto hos makker`)).toBeVisible();
  await expect(page.getByText('Linket virker i 15 minutter og kun én gang.')).toBeVisible();
  expect((await page.getByRole('main').textContent())?.replace(PEER, UNKNOWN)).toBe(unknownAnswer);
  await expectNoAxeViolations(page, 'the check-your-e-mail page at 360 px');
  await expectNoHorizontalOverflow(page, 'the check-your-e-mail page at 360 px');
  await expectLargeTapTargets(page, 'the check-your-e-mail page at 360 px');

  // The link in the mail logs the peer in and opens Min side.
  const link = await readLinkFromMail(page, PEER, 'logge ind');
  expect(link.pathname).toBe('/api/auth/magic-link/verify');
  await page.goto(link.href);
  await expect(page).toHaveURL('/min-side');
  await expect(page.getByText('Hej Jonas Hansen')).toBeVisible();
  const programmes = page.getByRole('region', { name: 'Dine projekter' });
  await expect(programmes.getByRole('heading', { name: 'Peer-fællesskabet Vejle' })).toBeVisible();
  await expect(programmes).toContainText('Din rolle: Peer');
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toContainText('Jonas');
  await expectNoAxeViolations(page, 'my page at 360 px');
  await expectNoHorizontalOverflow(page, 'my page at 360 px');
  await expectLargeTapTargets(page, 'my page at 360 px');

  // The link works once: after logging out, it leads to the login page with a calm explanation.
  await page.getByRole('main').getByRole('button', { name: 'Log ud', exact: true }).click();
  await expect(page).toHaveURL('/log-ind?logget-ud');
  await page.goto(link.href);
  await expect(page).toHaveURL('/log-ind?error=INVALID_TOKEN');
  await expect(page.getByRole('alert')).toHaveText('Linket virker ikke længere. Bed om et nyt.');
  await expect(
    page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Log ind' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'the login page after a used link at 360 px');
});
