import { extractText, getDocumentProxy } from 'unpdf';
import { expectAccessiblePhonePage } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

// The demo mentor completed the demo's first cohort; staff issued the certificates after it ended.
test('a mentor downloads their course certificate on a phone, and the PDF says what they did', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/log-ind');
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill('mentor@makker.example');
  await form.getByLabel('Adgangskode', { exact: true }).fill('demo-mentor-makker');
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side');
  await page.goto('/min-side/uddannelse');
  const certificate = page.getByRole('region', { name: 'Kursusbevis' });
  await expect(certificate).toContainText('Du har gennemført uddannelsen.');
  await expect(certificate).toContainText(/Udstedt \d+\./);
  await expectAccessiblePhonePage(page, "the mentor's certificate");

  const download = page.waitForEvent('download');
  await certificate.getByRole('link', { name: 'Hent kursusbevis (PDF)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('kursusbevis.pdf');
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const text = await pdfText(Buffer.concat(chunks));
  expect(text).toContain('Kursusbevis');
  expect(text).toContain('Mette Nielsen');
  expect(text).toMatch(/på Hold 1 – \p{L}+ \d{4}/u);
  expect(text).toContain('Undervisningsdag 1');
  expect(text).toContain('Rollen som peer-mentor (5,5 timer)');
  expect(text).toMatch(/Gruppesparring 1, \d+\. \p{L}+ \d{4} \(2 timer\)/u);
  // Seven teaching days and six supervisions (one absence with notice): 7 × 5.5 + 6 × 2 hours.
  expect(text).toContain('13 undervisningsgange, i alt 50,5 timer');
});

// Staff see the cohort in numbers and a supervision's themes, and reissue a certificate.
test('staff see the finished cohort in numbers and reissue a certificate', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/log-ind');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL('/min-side');
  await page.goto('/hold');
  await page.getByRole('link', { name: /^Hold 1/ }).click();
  const mette = page.getByRole('listitem').filter({ hasText: 'Mette Nielsen' });
  await expect(mette).toContainText(/Kursusbevis udstedt .+ af /);
  await mette.getByRole('button', { name: 'Udsted igen: kursusbevis til Mette Nielsen' }).click();
  await expect(mette.getByRole('status')).toHaveText('Kursusbeviset til Mette Nielsen er udstedt.');
  await expectAccessiblePhonePage(page, 'the cohort page with certificates');

  await page.getByRole('link', { name: 'Se holdet i tal' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Hold 1 .* i tal$/);
  await expect(
    page.getByRole('table', { name: 'Fremmøde ved hver undervisningsdag og gruppesparring' }),
  ).toBeVisible();
  const left = page.getByRole('table', { name: 'Deltagere, der er stoppet, med årsag' });
  await expect(left).toContainText('Jesper Jørgensen');
  await expect(left).toContainText('Arbejde eller uddannelse');
  // Completed mentors by their pairs: the demo's pairs have mentors from the finished cohort.
  const after = page.getByRole('region', { name: 'Efter uddannelsen' });
  await expect(after).toContainText('Venter på en makker');
  await expect(after).toContainText('Har en makker');
  await expect(after).toContainText('På pause');
  await expectAccessiblePhonePage(page, 'the cohort in numbers');

  // The shared log of a group supervision's themes, on its session page.
  await page.getByRole('link', { name: /^Tilbage til Hold 1/ }).click();
  await page.getByRole('link', { name: 'Ret Gruppesparring 2' }).click();
  const themes = page.getByRole('region', { name: 'Temaer fra gruppesparringen' });
  await expect(themes).toContainText('Hvornår er man ven, og hvornår er man mentor?');
  await expect(themes).toContainText('Skriv ikke navne eller personlige oplysninger om peers');
  await themes.getByRole('button', { name: 'Tilføj tema' }).click();
  await expect(themes).toContainText('Skriv temaet.');
  await themes.getByLabel('Nyt tema').fill('At bede om hjælp i tide');
  await themes.getByRole('button', { name: 'Tilføj tema' }).click();
  await expect(themes.getByRole('status')).toHaveText('Temaet er tilføjet.');
  await expect(themes.getByRole('listitem')).toHaveCount(2);
  await expectAccessiblePhonePage(page, 'the themes of a group supervision');
});
