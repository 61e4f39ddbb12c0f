import type { Page } from '@playwright/test';
import {
  expectLargeTapTargets,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
} from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { readLinkFromMail } from './support/dev-mail.helper.ts';
import { totpCode } from './support/totp.helper.ts';

// On a phone, all the way: the admin invites from the bus, the mentor accepts from the sofa.
test.use({ viewport: { width: 320, height: 740 } });

/** The demo admin's authenticator secret (printed at start-up in demo mode). */
const ADMIN = {
  email: 'admin@makker.example',
  password: 'demo-admin-makker',
  secret: 'MAKKERDEMOADMINBIRGITTEHOLMTOTP2',
};
const MENTOR = { name: 'Nanna Nymentor', email: 'nanna.nymentor@makker.example' };

async function expectAccessible(page: Page, where: string) {
  await expectNoAxeViolations(page, `${where} at 320 px`);
  await expectNoHorizontalOverflow(page, `${where} at 320 px`);
  await expectLargeTapTargets(page, `${where} at 320 px`);
}

async function logInAsAdmin(page: Page) {
  await page.goto('/log-ind');
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill(ADMIN.email);
  await form.getByLabel('Adgangskode', { exact: true }).fill(ADMIN.password);
  await form.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('textbox', { name: 'Kode fra appen' }).fill(totpCode(ADMIN.secret));
  await page.getByRole('main').getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');
}

test('an admin invites a new mentor by e-mail, who accepts with a password and lands on Min side', async ({
  page,
  browserGuard,
}) => {
  test.setTimeout(120_000);
  // A password the server refuses (400), and the used invitation opened again (410).
  browserGuard.allowConsoleError(/status of 400 .*\/api\/invitations\/accept\)$/);
  browserGuard.allowConsoleError(/status of 410 .*\/api\/invitations\/preview\)$/);
  await logInAsAdmin(page);

  // Staff and admins find the people of their programme in the header.
  const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
  await nav.getByRole('link', { name: 'Personer' }).click();
  await expect(page).toHaveURL('/personer');
  await expect(page).toHaveTitle('Personer – makker');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personer');
  const people = page.getByRole('table', { name: 'Personer i Peer-fællesskabet Vejle' });
  await expect(people.getByRole('row', { name: /Jonas Hansen/ })).toContainText('peer@makker.example');
  await expect(people.getByRole('row', { name: /Lene Sørensen/ })).toContainText('Slået til');
  // The demo's invitations, in every state; only pending ones can be withdrawn.
  const invitations = page.getByRole('table', { name: 'Invitationer, nyeste først' });
  await expect(invitations.getByRole('row', { name: /Alma Fiktivsen/ })).toContainText('Venter på svar');
  await expect(invitations.getByRole('row', { name: /Ib Eksempelsen/ })).toContainText('Udløbet');
  await expect(invitations.getByRole('row', { name: /Vera Opdigtet/ })).toContainText('Trukket tilbage');
  await expect(invitations.getByRole('row', { name: /Mette Nielsen/ })).toContainText('Taget imod');
  await expect(invitations.getByRole('button', { name: /Træk tilbage/ })).toHaveCount(2);
  await expectAccessible(page, 'the people page');

  // The invitation form says what is missing before anything is sent.
  const invite = page.getByRole('region', { name: 'Inviter en person' });
  // An admin may give every role.
  await expect(invite.getByRole('checkbox')).toHaveCount(5);
  await invite.getByRole('button', { name: 'Send invitationen' }).click();
  const summary = invite.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Skriv personens navn.',
    'Skriv personens e-mail.',
    'Vælg mindst én rolle.',
  ]);
  await summary.getByRole('link', { name: 'Vælg mindst én rolle.' }).click();
  await expect(invite.getByRole('checkbox', { name: 'Peer', exact: true })).toBeFocused();
  await expectAccessible(page, 'the invitation form with errors');

  // SMS asks for a mobile number instead of an e-mail.
  await invite.getByRole('radio', { name: 'SMS' }).check();
  await expect(invite.getByRole('textbox', { name: 'Mobilnummer' })).toBeVisible();
  await expect(invite.getByRole('textbox', { name: 'E-mail' })).toHaveCount(0);
  await invite.getByRole('radio', { name: 'E-mail' }).check();

  await invite.getByRole('textbox', { name: 'Navn' }).fill(MENTOR.name);
  await invite.getByRole('textbox', { name: 'E-mail' }).fill(MENTOR.email);
  await invite.getByRole('checkbox', { name: 'Peer-mentor' }).check();
  await invite.getByRole('button', { name: 'Send invitationen' }).click();
  await expect(invite.getByRole('status')).toHaveText(
    `Invitationen er sendt til ${MENTOR.name} (${MENTOR.email}).`,
  );
  await expect(invite.getByRole('textbox', { name: 'Navn' })).toHaveValue('');
  const sent = invitations.getByRole('row', { name: new RegExp(MENTOR.name) });
  await expect(sent).toContainText('Peer-mentor');
  await expect(sent).toContainText('Venter på svar');
  await expect(sent).toContainText('af Birgitte Holm');
  await expectAccessible(page, 'the people page after inviting');

  // The admin logs out; the mentor opens the link in the e-mail.
  await nav.getByRole('button', { name: 'Log ud' }).click();
  await expect(page).toHaveURL('/log-ind?logget-ud');
  const link = await readLinkFromMail(page, MENTOR.email, 'Invitation til Peer-fællesskabet Vejle');
  expect(link.pathname).toBe('/invitation');
  // The token travels in the fragment, which browsers never send to a server.
  expect(link.search).toBe('');
  expect(link.hash.length).toBeGreaterThan(40);
  await page.goto(link.href);
  await expect(page).toHaveTitle('Invitation – makker');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitation til Peer-fællesskabet Vejle');
  await expect(page.getByText('Du er inviteret til Peer-fællesskabet Vejle som peer-mentor.')).toBeVisible();
  const form = page.getByRole('region', { name: 'Opret dit login' });
  await expect(form.getByRole('textbox', { name: 'Dit navn' })).toHaveValue(MENTOR.name);
  const email = form.getByRole('textbox', { name: 'Din e-mail' });
  await expect(email).toHaveValue(MENTOR.email);
  await expect(email).toHaveAttribute('readonly', '');
  await expect(email).toHaveAccessibleDescription(/Invitationen blev sendt til denne e-mail/);
  // The easy way (a link by e-mail) is chosen until the mentor picks a password.
  await expect(form.getByRole('radio', { name: 'Med et link på e-mail' })).toBeChecked();
  await expect(form.getByLabel('Vælg en adgangskode')).toHaveCount(0);
  await expectAccessible(page, 'the invitation page');

  await form.getByRole('radio', { name: 'Med en adgangskode' }).check();
  const password = form.getByLabel('Vælg en adgangskode');
  await expect(form.getByText('være mindst 10 tegn lang')).toBeVisible();
  await password.fill('kort');
  await form.getByRole('button', { name: 'Tag imod invitationen' }).click();
  const formSummary = form.locator('.error-summary');
  await expect(formSummary).toBeFocused();
  await expect(formSummary.getByRole('link')).toHaveText('Adgangskoden skal være mindst 10 tegn.');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'the invitation page with a short password');

  await password.fill('solsikker i vindueskarmen');
  await form.getByRole('button', { name: 'Tag imod invitationen' }).click();
  await expect(page).toHaveURL('/min-side');
  await expect(page.getByText(`Hej ${MENTOR.name}`)).toBeVisible();
  const programmes = page.getByRole('region', { name: 'Dine projekter' });
  await expect(programmes).toContainText('Din rolle: Peer-mentor');
  await expect(nav.getByRole('link', { name: 'Min side: Nanna' })).toBeVisible();
  // A mentor has no people page.
  await expect(nav.getByRole('link', { name: 'Personer' })).toHaveCount(0);

  // The link works once.
  await page.goto(link.href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitationen virker ikke');
  await expectAccessible(page, 'a used invitation');
});
