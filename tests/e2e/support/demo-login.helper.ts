/** Logging in as the demo programme's staff member, as a person would: password, then app code. */
import type { Page } from '@playwright/test';
import { totpCode } from './totp.helper.ts';

export const DEMO_STAFF = {
  email: 'staff@makker.example',
  password: 'demo-staff-makker',
  secret: 'MAKKERDEMOSTAFFLENESOERENSENTOTP',
};

/** Fills the login page the browser is on (e.g. `/log-ind?tilbage=…`) and the code step after it. */
export async function logInAsDemoStaff(page: Page): Promise<void> {
  const form = page.getByRole('region', { name: 'Log ind med adgangskode' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill(DEMO_STAFF.email);
  await form.getByLabel('Adgangskode', { exact: true }).fill(DEMO_STAFF.password);
  await form.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('textbox', { name: 'Kode fra appen' }).fill(totpCode(DEMO_STAFF.secret));
  await page.getByRole('main').getByRole('button', { name: 'Log ind' }).click();
}
