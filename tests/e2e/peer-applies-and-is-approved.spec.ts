import { expectAccessiblePhonePage } from './support/accessibility.check.ts';
import { fillDate, monthsAgo } from './support/application-form.helper.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';
import { readLinkFromMail } from './support/dev-mail.helper.ts';

test.use({ viewport: { width: 360, height: 740 } });

const PEER = { name: 'Pernille Peeransøger', email: 'pernille.peer@makker.example', phone: '51 52 53 54' };

test('a peer applies on a phone, closes the page half way, continues from the link, is approved and finds her answers on Min side', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('link', { name: 'Jeg vil gerne have en peer-mentor' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ansøg om en peer-mentor');
  await page.getByRole('textbox', { name: 'Dit navn' }).fill(PEER.name);
  await page.getByRole('textbox', { name: 'Telefonnummer' }).fill(PEER.phone);
  await page.getByRole('textbox', { name: 'E-mail' }).fill(PEER.email);
  await fillDate(page, 'Fødselsdato', new Date(1991, 10, 3));
  await page.getByRole('button', { name: 'Næste' }).click();
  await expect(page.getByText('Trin 2 af 5')).toBeVisible();

  // "Send me a link", then the page is closed: nothing is lost.
  await page.getByRole('button', { name: 'Send link på e-mail' }).click();
  await expect(page.getByText('Linket er sendt. Tjek din e-mail.')).toBeVisible();
  await page.goto('about:blank');
  const link = await readLinkFromMail(page, PEER.email, 'Fortsæt din ansøgning');
  await page.goto(link.href);
  await expect(page.getByText('Ikke sendt endnu')).toBeVisible();
  await page.getByRole('link', { name: 'Fortsæt din ansøgning' }).click();
  await expect(page.getByRole('textbox', { name: 'Dit navn' })).toHaveValue(PEER.name);
  await page.getByRole('button', { name: 'Næste' }).click();

  await page.getByRole('textbox', { name: 'Postnummer' }).fill('7100');
  await page.getByRole('textbox', { name: 'Postnummer' }).blur();
  await expect(page.getByRole('combobox', { name: 'Kommune' })).toHaveValue('630');
  await page.getByRole('button', { name: 'Næste' }).click();

  // Free for two months: a peer who meets every rule is told so.
  await page
    .getByRole('group', { name: /misbrug af alkohol eller stoffer/ })
    .getByRole('radio', { name: 'Ja', exact: true })
    .check();
  await page
    .getByRole('group', { name: 'Er du fri af alkohol og stoffer nu?' })
    .getByRole('radio', { name: 'Ja' })
    .check();
  await fillDate(page, 'Hvornår stoppede du?', monthsAgo(2));
  await page.getByRole('radio', { name: 'Nej, aldrig' }).check();
  await expect(page.getByText('Du opfylder betingelserne')).toBeVisible();
  await expectAccessiblePhonePage(page, 'the recovery step, eligible');
  await page.getByRole('button', { name: 'Næste' }).click();

  await page.getByRole('textbox', { name: /Hvad håber du/ }).fill('En at drikke kaffe og gå ture med.');
  await page.getByRole('checkbox', { name: 'Drikke kaffe' }).check();
  await page.getByRole('checkbox', { name: 'tirsdag' }).check();
  await expectAccessiblePhonePage(page, 'the wishes step');
  await page.getByRole('button', { name: 'Næste' }).click();
  await page
    .getByRole('group', { name: 'Samtykke' })
    .getByRole('checkbox', { name: /behandler mine oplysninger/ })
    .check();
  await page.getByRole('button', { name: 'Send ansøgningen' }).click();
  await expect(page.getByRole('heading', { name: 'Tak! Vi har fået din ansøgning' })).toBeVisible();

  // Staff approve the application in the visitation.
  await page.goto('/log-ind?tilbage=/visitation');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL(/\/visitation/);
  await page.getByRole('searchbox', { name: 'Søg' }).fill('Pernille');
  await page.getByRole('button', { name: 'Vis ansøgninger' }).click();
  await page.getByRole('link', { name: PEER.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(PEER.name);
  await page.getByRole('radio', { name: 'Optaget' }).check();
  await page
    .getByRole('textbox', { name: 'Begrundelse' })
    .fill('Motiveret og stabil; god match med en af mentorerne.');
  await page.getByRole('button', { name: 'Gem status' }).click();
  await expect(page.getByText('Ansøgeren får en invitation til at logge ind.').first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Log ud' }).click();
  await expect(page).toHaveURL('/log-ind?logget-ud');

  // The applicant is told, in plain Danish, and invited to log in.
  const status = await readLinkFromMail(page, PEER.email, 'Du er optaget');
  await page.goto(status.href);
  await expect(page.getByText('Du er optaget').first()).toBeVisible();
  await expectAccessiblePhonePage(page, 'the status page after approval');
  const invitation = await readLinkFromMail(page, PEER.email, 'Invitation til');
  await page.goto(invitation.href);
  await expect(page.getByText('Du er inviteret til Peer-fællesskabet Vejle som peer.')).toBeVisible();
  const form = page.getByRole('region', { name: 'Opret dit login' });
  await form.getByRole('radio', { name: 'Med en adgangskode' }).check();
  await form.getByLabel('Vælg en adgangskode').fill('kaffe ved åen om tirsdagen');
  await form.getByRole('button', { name: 'Tag imod invitationen' }).click();
  await expect(page).toHaveURL('/min-side');

  // What she wrote followed her into her account, with the consent she can take back.
  await page.getByRole('link', { name: 'Min ansøgning og mine samtykker' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Min ansøgning');
  await expect(page.locator('.application-status-now')).toHaveText('Du er optaget');
  const wrote = page.locator('.my-application-answers');
  await expect(wrote).toContainText('En at drikke kaffe og gå ture med.');
  await expect(wrote).toContainText('Drikke kaffe');
  await expect(wrote).toContainText('tirsdag');
  await expectAccessiblePhonePage(page, 'her own application on Min side');
  await page.getByRole('button', { name: 'Træk samtykket tilbage' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Samtykket er trukket tilbage.' })).toBeVisible();
  await expect(page.getByText(/Trukket tilbage/)).toBeVisible();
});
