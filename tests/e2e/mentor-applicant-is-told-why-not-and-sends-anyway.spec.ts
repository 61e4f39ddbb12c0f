import { expectAccessiblePhonePage } from './support/accessibility.check.ts';
import { fillDate, monthsAgo } from './support/application-form.helper.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { readLinkFromMail } from './support/dev-mail.helper.ts';

test.use({ viewport: { width: 360, height: 740 } });

const APPLICANT = { name: 'Mikkel Mentoransøger', email: 'mikkel.mentor@makker.example' };

test('a mentor applicant 8 months out of substitution treatment is told why not, and sends anyway', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByRole('link', { name: 'Jeg vil gerne være peer-mentor' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ansøg om at blive peer-mentor');
  await expect(page.getByText('Trin 1 af 5')).toBeVisible();
  await expectAccessiblePhonePage(page, 'the first step of the form');

  // Nothing typed: the form says what is missing, and where.
  await page.getByRole('button', { name: 'Næste' }).click();
  await expect(page.locator('.error-summary').getByRole('link', { name: 'Skriv dit navn.' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Dit navn' }).fill(APPLICANT.name);
  await page.getByRole('textbox', { name: 'E-mail' }).fill(APPLICANT.email);
  await fillDate(page, 'Fødselsdato', new Date(1984, 4, 17));
  await page.getByRole('button', { name: 'Næste' }).click();

  // The postcode the programme lists for its area chooses Vejle.
  await expect(page.getByText('Trin 2 af 5')).toBeVisible();
  await page.getByRole('textbox', { name: 'Postnummer' }).fill('7100');
  await page.getByRole('textbox', { name: 'Postnummer' }).blur();
  await expect(page.getByRole('combobox', { name: 'Kommune' })).toHaveValue('630');
  await expectAccessiblePhonePage(page, 'the residence step');
  await page.getByRole('button', { name: 'Næste' }).click();

  // Three years free of abuse, but out of substitution treatment for only 8 months.
  await expect(page.getByText('Trin 3 af 5')).toBeVisible();
  await page
    .getByRole('group', { name: /misbrug af alkohol eller stoffer/ })
    .getByRole('radio', { name: 'Ja', exact: true })
    .check();
  await page
    .getByRole('group', { name: 'Er du fri af alkohol og stoffer nu?' })
    .getByRole('radio', { name: 'Ja' })
    .check();
  await fillDate(page, 'Hvornår stoppede du?', monthsAgo(36));
  await page.getByRole('radio', { name: 'Ja, men jeg er stoppet' }).check();
  await fillDate(page, 'Hvornår stoppede behandlingen?', monthsAgo(8));
  const notice = page.getByRole('region', { name: 'Du opfylder ikke alle betingelserne lige nu' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('12 måneder');
  await expect(notice.getByRole('link', { name: '80 200 500' })).toHaveAttribute('href', 'tel:80200500');
  await notice
    .getByRole('textbox', { name: /Fortæl med dine egne ord/ })
    .fill('Jeg har været stoffri i tre år og har det godt uden medicin.');
  await expectAccessiblePhonePage(page, 'the recovery step with the eligibility notice');
  await page.getByRole('button', { name: 'Næste' }).click();

  await expect(page.getByText('Trin 4 af 5')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Gå ture' }).check();
  await page.getByRole('button', { name: 'Næste' }).click();

  // Consent: none ticked beforehand; the required one must be ticked to send.
  await expect(page.getByText('Trin 5 af 5')).toBeVisible();
  const consents = page.getByRole('group', { name: 'Samtykke' });
  for (const box of await consents.getByRole('checkbox').all()) await expect(box).not.toBeChecked();
  await page.getByRole('button', { name: 'Send ansøgningen' }).click();
  await expect(page.locator('.error-summary')).toContainText('Sæt kryds ved samtykket');
  await consents.getByRole('checkbox', { name: /behandler mine oplysninger/ }).check();
  await expectAccessiblePhonePage(page, 'the consent step');
  await page.getByRole('button', { name: 'Send ansøgningen' }).click();

  await expect(page.getByRole('heading', { name: 'Tak! Vi har fået din ansøgning' })).toBeVisible();
  await expectAccessiblePhonePage(page, 'the thank-you page');

  // The receipt's link leads to the status page, where the consent can be seen.
  const link = await readLinkFromMail(page, APPLICANT.email, 'Vi har fået din ansøgning');
  await page.goto(link.href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din ansøgning');
  await expect(page.getByText('Sendt – vi har fået den').first()).toBeVisible();
  await expectAccessiblePhonePage(page, 'the status page');
});
