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
// changes him: here he gets an interview booked, notes and a checklist, and is approved.
test('a staff member books an interview, the applicant sees its time and place, and is approved with a cohort place', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/log-ind');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL('/min-side');
  await page.goto('/visitation?rolle=mentor');
  const mentors = page.getByRole('table', { name: 'Ansøgninger fra peer-mentorer, ældste først' });
  await mentors.getByRole('link', { name: 'Henrik Poulsen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Henrik Poulsen');
  const applicationPage = new URL(page.url()).pathname;

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

  // Approved after the interview, with a place offered on the running cohort (which is full).
  await page.goto(applicationPage);
  const change = page.getByRole('region', { name: 'Skift status' });
  await change.getByRole('radio', { name: 'Optaget' }).check();
  const offer = change.getByRole('group', { name: 'Tilbyd en plads på et hold' });
  await expect(offer.getByRole('radio', { name: 'Ikke nu' })).toBeChecked();
  await expect(offer.getByRole('radio', { name: /Hold 1/ })).toHaveCount(0); // finished
  await offer.getByRole('radio', { name: /Hold 2 .*fuldt – venteliste/ }).check();
  await change.getByRole('textbox', { name: 'Begrundelse' }).fill('Stabil og motiveret; referencer er gode.');
  await checkBothWidths(page, 'approving a mentor with a cohort place');
  await change.getByRole('button', { name: 'Gem status' }).click();
  // Once decided, the section's heading becomes "Afgørelse": the message stays in it.
  await expect(
    page.getByRole('region', { name: /^(Skift status|Afgørelse)$/ }).getByRole('status'),
  ).toContainText('Ansøgningen er nu godkendt');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Log ud' }).click();
  await expect(page).toHaveURL('/log-ind?logget-ud');

  // He accepts the invitation, and finds himself on the cohort's waiting list.
  const invitation = messagesTo(
    await (await page.request.get('/api/dev/mail')).json(),
    'henrik.p@makker.example',
  ).find((m) => m.subject.startsWith('Invitation til Peer-fællesskabet'));
  const invitationLink = new URL(/https?:\/\/\S+/.exec(invitation!.text)![0]);
  await page.goto(invitationLink.pathname + invitationLink.hash);
  const form = page.getByRole('region', { name: 'Opret dit login' });
  await form.getByRole('radio', { name: 'Med en adgangskode' }).check();
  await form.getByLabel('Vælg en adgangskode').fill('fem år fri og glad for det');
  await form.getByRole('button', { name: 'Tag imod invitationen' }).click();
  await expect(page).toHaveURL('/min-side');
  await page.getByRole('link', { name: 'Min uddannelse som peer-mentor' }).click();
  await expect(page.getByText('Du står på ventelisten til holdet.')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Hold 2');
});

function messagesTo(outbox: { messages: OutboxMail[] }, to: string): OutboxMail[] {
  return outbox.messages.filter((m) => m.to === to);
}
