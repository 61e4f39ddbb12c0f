import type { Page } from '@playwright/test';
import {
  expectLargeTapTargets,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
} from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';

async function checkBothWidths(page: Page, where: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoAxeViolations(page, `${where} at 1280 px`);
  await page.setViewportSize({ width: 320, height: 740 });
  await expectNoAxeViolations(page, `${where} at 320 px`);
  await expectNoHorizontalOverflow(page, `${where} at 320 px`);
  await expectLargeTapTargets(page, `${where} at 320 px`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; content: string }[];
}

// The demo mentor applicant Henrik Poulsen (status new) is used by no other journey that
// changes him: here he gets an interview booked, notes and a checklist.
test('a staff member books an interview, and the applicant sees its time and place', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/log-ind');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL('/min-side');
  await page.goto('/visitation?rolle=mentor');
  const mentors = page.getByRole('table', { name: 'Ansøgninger fra peer-mentorer, ældste først' });
  await mentors.getByRole('link', { name: 'Henrik Poulsen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Henrik Poulsen');

  const section = page.getByRole('region', { name: 'Samtale' });
  await expect(section).toContainText('Der er ikke booket en samtale endnu.');
  await section.getByRole('button', { name: 'Book og send invitation' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText('Vælg en dato.');
  await expect(page.locator('.error-summary')).toContainText('Skriv, hvor samtalen skal være.');

  const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  await section.getByLabel('Dato').fill(day);
  await section.getByLabel('Klokken').fill('10:00');
  await section.getByLabel('Sted').fill('Caféen, Kirketorvet 1, Vejle');
  await section.getByRole('button', { name: 'Book og send invitation' }).click();
  await expect(section.getByRole('status')).toHaveText(
    'Samtalen er booket, og ansøgeren har fået en invitation.',
  );
  await expect(section).toContainText('kl. 10.00');
  await expect(section).toContainText('Caféen, Kirketorvet 1, Vejle');
  await expect(page.locator('.screening-summary').first()).toContainText('Samtale aftalt');
  await expect(page.getByRole('region', { name: 'Historik' }).getByRole('listitem').last()).toContainText(
    'Samtale aftalt',
  );

  // The notes and the mentor checklist, saved and there again after a reload.
  const checklist = section.getByRole('group', { name: 'Tjekliste' });
  await expect(checklist.getByRole('checkbox')).toHaveCount(4);
  await checklist.getByRole('checkbox', { name: 'Motivation' }).check();
  await checklist.getByRole('checkbox', { name: 'Referencer kontaktet' }).check();
  await section.getByLabel('Noter', { exact: true }).fill('Har været fri i fem år. Vil gerne give videre.');
  await section.getByRole('button', { name: 'Gem noter' }).click();
  await expect(section.getByRole('status')).toHaveText('Noterne er gemt.');
  await expect(section.getByRole('button', { name: 'Flyt og send ny invitation' })).toHaveCount(1);
  await checkBothWidths(page, 'the application page with a booked interview');
  await page.screenshot({ path: test.info().outputPath('staff-interview-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: test.info().outputPath('staff-interview-360.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  await expect(checklist.getByRole('checkbox', { name: 'Motivation' })).toBeChecked();
  await expect(checklist.getByRole('checkbox', { name: /Kan forpligte sig/ })).not.toBeChecked();
  await expect(section.getByLabel('Noter', { exact: true })).toHaveValue(
    'Har været fri i fem år. Vil gerne give videre.',
  );

  // The invitation: a calendar file, and a link to the status page with time and place.
  const outbox = await page.request.get('/api/dev/mail');
  const { messages } = (await outbox.json()) as { messages: OutboxMail[] };
  const mail = messages.find(
    (m) => m.to === 'henrik.p@makker.example' && m.subject === 'Invitation til samtale',
  );
  expect(mail, 'the invitation mail').toBeDefined();
  expect(mail!.text).toContain('Sted: Caféen, Kirketorvet 1, Vejle');
  expect(mail!.attachments[0]?.filename).toBe('samtale.ics');
  expect(mail!.attachments[0]?.content).toContain('BEGIN:VCALENDAR');
  expect(mail!.attachments[0]?.content).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  const link = /https?:\/\/\S+/.exec(mail!.text)![0];
  await page.goto(new URL(link).pathname + new URL(link).hash);
  await expect(page.locator('.application-interview')).toContainText('Din samtale:');
  await expect(page.locator('.application-interview')).toContainText(
    'kl. 10.00, Caféen, Kirketorvet 1, Vejle',
  );
  await expect(page.locator('body')).not.toContainText('Har været fri i fem år');
  await checkBothWidths(page, "the applicant's status page with an interview");
});
