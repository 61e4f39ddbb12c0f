/**
 * Reading what makker mailed, through the development outbox (GET /api/dev/mail), as a person
 * would read their inbox. Mailed links start with PUBLIC_URL, which playwright.config.ts sets to
 * the journeys' own origin.
 */
import { expect, type Page } from '@playwright/test';

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
