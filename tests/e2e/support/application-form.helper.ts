/** Filling the application form's date fields (day, month and year in a group named by its question). */
import type { Page } from '@playwright/test';

export async function fillDate(page: Page, legend: string, date: Date): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  await group.getByRole('textbox', { name: 'Dag' }).fill(String(date.getDate()));
  await group.getByRole('textbox', { name: 'Måned' }).fill(String(date.getMonth() + 1));
  await group.getByRole('textbox', { name: 'År' }).fill(String(date.getFullYear()));
}

/** The first of the month, `months` months ago (a date the form's questions accept as "about then"). */
export function monthsAgo(months: number): Date {
  const date = new Date();
  date.setDate(1);
  date.setMonth(date.getMonth() - months);
  return date;
}
