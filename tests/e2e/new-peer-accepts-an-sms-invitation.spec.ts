import type { Page } from '@playwright/test';
import {
  expectLargeTapTargets,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
} from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { readLinkFromMail } from './support/dev-mail.helper.ts';
import { totpCode } from './support/totp.helper.ts';

test.use({ viewport: { width: 320, height: 740 } });

const STAFF = {
  email: 'staff@makker.example',
  password: 'demo-staff-makker',
  secret: 'MAKKERDEMOSTAFFLENESOERENSENTOTP',
};
const PEER = { name: 'Sofus Smsen', phone: '61 62 63 64', email: 'sofus.smsen@makker.example' };

async function expectAccessible(page: Page, where: string) {
  await expectNoAxeViolations(page, `${where} at 320 px`);
  await expectNoHorizontalOverflow(page, `${where} at 320 px`);
  await expectLargeTapTargets(page, `${where} at 320 px`);
}

/** The link in the newest SMS to `phone` (as the development outbox lists it). */
async function readLinkFromSms(page: Page, phone: string): Promise<URL> {
  const response = await page.request.get('/api/dev/sms');
  const { messages } = (await response.json()) as { messages: { to: string; text: string }[] };
  const sms = messages.find((message) => message.to === phone);
  expect(sms, `an SMS to ${phone}`).toBeDefined();
  return new URL(/https?:\/\/\S+/.exec(sms?.text ?? '')?.[0] ?? '');
}

test('staff invite a peer by SMS, who accepts without a password and logs in with an e-mailed link', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/log-ind?tilbage=/personer');
  const login = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await login.getByRole('textbox', { name: 'E-mail' }).fill(STAFF.email);
  await login.getByLabel('Adgangskode', { exact: true }).fill(STAFF.password);
  await login.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('textbox', { name: 'Kode fra appen' }).fill(totpCode(STAFF.secret));
  await page.getByRole('main').getByRole('button', { name: 'Log ind' }).click();
  // Straight back to the page that was asked for.
  await expect(page).toHaveURL('/personer');

  // Staff give peers and mentors only.
  const invite = page.getByRole('region', { name: 'Inviter en person' });
  await expect(invite.getByRole('checkbox')).toHaveCount(2);
  await expect(invite.getByRole('group', { name: 'Rolle' })).toHaveAccessibleDescription(
    /kan du invitere peers og peer-mentorer/,
  );
  await invite.getByRole('textbox', { name: 'Navn' }).fill(PEER.name);
  await invite.getByRole('radio', { name: 'SMS' }).check();
  const phone = invite.getByRole('textbox', { name: 'Mobilnummer' });
  await phone.fill('1234');
  await invite.getByRole('checkbox', { name: 'Peer', exact: true }).check();
  await invite.getByRole('button', { name: 'Send invitationen' }).click();
  await expect(invite.locator('.error-summary').getByRole('link')).toHaveText(
    'Skriv 8 cifre, fx 20 30 40 50, eller + og landekode foran et udenlandsk nummer.',
  );
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await phone.fill(PEER.phone);
  await invite.getByRole('button', { name: 'Send invitationen' }).click();
  await expect(invite.getByRole('status')).toHaveText(
    `Invitationen er sendt til ${PEER.name} (+4561626364).`,
  );
  await expectAccessible(page, 'the people page after an SMS invitation');

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Log ud' }).click();
  await expect(page).toHaveURL('/log-ind?logget-ud');

  // The peer taps the link in the SMS; there is no e-mail yet, so they write theirs.
  const link = await readLinkFromSms(page, '+4561626364');
  await page.goto(link.href);
  await expect(page.getByText('Du er inviteret til Peer-fællesskabet Vejle som peer.')).toBeVisible();
  const form = page.getByRole('region', { name: 'Opret dit login' });
  const email = form.getByRole('textbox', { name: 'Din e-mail' });
  await expect(email).toHaveValue('');
  await expect(email).not.toHaveAttribute('readonly');
  await form.getByRole('button', { name: 'Tag imod invitationen' }).click();
  await expect(form.locator('.error-summary').getByRole('link')).toHaveText('Skriv din e-mail.');
  await email.fill(PEER.email);
  await expectAccessible(page, 'an SMS invitation');
  await form.getByRole('button', { name: 'Tag imod invitationen' }).click();

  // No password: the first login link is one tap away.
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Velkommen til Peer-fællesskabet Vejle');
  await expect(heading).toBeFocused();
  await page.getByRole('button', { name: 'Send mig et login-link' }).click();
  await expect(page.getByRole('status')).toContainText(`Vi har sendt et link til ${PEER.email}.`);
  await expectAccessible(page, 'the welcome page');
  const loginLink = await readLinkFromMail(page, PEER.email, 'logge ind');
  await page.goto(loginLink.href);
  await expect(page).toHaveURL('/min-side');
  await expect(page.getByText(`Hej ${PEER.name}`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dine projekter' })).toContainText('Din rolle: Peer');
});
