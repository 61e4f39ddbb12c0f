/**
 * Reading what makker mailed, through the development outbox (GET /api/dev/mail), as a person
 * would read their inbox. Also the origin mails link to, for journeys that follow those links.
 */
import { expect, type Page, type TestInfo } from '@playwright/test';

interface OutboxMessage {
  to: string;
  subject: string;
  text: string;
}

/** The link in the newest mail to `to` whose subject contains `subject`. */
export async function readLinkFromMail(page: Page, to: string, subject: string): Promise<URL> {
  const response = await page.request.get('/api/dev/mail');
  expect(response.ok(), 'GET /api/dev/mail').toBe(true);
  const { messages } = (await response.json()) as { messages: OutboxMessage[] };
  const mail = messages.find((message) => message.to === to && message.subject.includes(subject));
  expect(mail, `a mail to ${to} about "${subject}"`).toBeDefined();
  const link = /https?:\/\/\S+/.exec(mail?.text ?? '')?.[0];
  expect(link, `a link in the mail to ${to}`).toBeDefined();
  return new URL(link ?? '');
}

/** How many mails `to` has in the outbox. */
export async function countMails(page: Page, to: string): Promise<number> {
  const response = await page.request.get('/api/dev/mail');
  const { messages } = (await response.json()) as { messages: OutboxMessage[] };
  return messages.filter((message) => message.to === to).length;
}

/**
 * Links in mails start with the server's PUBLIC_URL. The e2e server leaves it at its default,
 * http://localhost:<port>, while the other journeys use http://127.0.0.1:<port>: a journey that
 * follows a mailed link runs on localhost, so the link, its session cookie and its redirect all
 * stay on the page's own origin (and the browser guard sees no foreign request). Use with
 * `test.use({ baseURL: mailLinkOrigin })`; drop it if playwright.config.ts sets PUBLIC_URL.
 */
// biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
export async function mailLinkOrigin({}, use: (url: string) => Promise<void>, testInfo: TestInfo) {
  const configured = new URL(testInfo.project.use.baseURL ?? 'http://127.0.0.1:3217');
  await use(`http://localhost:${configured.port}`);
}
