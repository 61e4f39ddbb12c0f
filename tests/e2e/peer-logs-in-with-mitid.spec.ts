/**
 * A peer logs in with MitID (OpenID Connect) in Chromium, against a real provider (`oidc-provider`)
 * that this spec starts on the port of OIDC_ISSUER. The server reads OIDC_* at start-up, so the
 * journey runs only when they are set for the whole run, e.g.:
 *
 *   OIDC_ISSUER=http://127.0.0.1:3313 OIDC_CLIENT_ID=makker-e2e OIDC_CLIENT_SECRET=e2e-secret \
 *     MAKKER_E2E_PORT=3303 npx playwright test tests/e2e/peer-logs-in-with-mitid.spec.ts
 *
 * Not the browser guard of the other journeys: this one must talk to another origin (the provider).
 */
import http from 'node:http';
import { expect, type Page, test } from '@playwright/test';
import {
  expectLargeTapTargets,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
} from './support/accessibility.check.ts';

const issuer = process.env.OIDC_ISSUER;
const PHONE = { width: 320, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** Who the provider knows, by subject: the demo peer, and someone makker has never heard of. */
const people: Record<string, { email: string; email_verified: boolean; name: string }> = {
  'peer-sub': { email: 'peer@makker.example', email_verified: true, name: 'Jonas Hansen' },
  'stranger-sub': { email: 'fremmed@example.org', email_verified: true, name: 'Fremmed' },
};

test.skip(!issuer, 'needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET for the server (see the top)');

let provider: http.Server | undefined;

test.beforeAll(async ({ baseURL }) => {
  const { default: Provider } = (await import('oidc-provider' as string)) as {
    default: new (issuer: string, config: object) => { callback(): http.RequestListener };
  };
  const oidc = new Provider(issuer!, {
    clients: [
      {
        client_id: process.env.OIDC_CLIENT_ID,
        client_secret: process.env.OIDC_CLIENT_SECRET,
        redirect_uris: [`${baseURL}/api/auth/callback/oidc`],
      },
    ],
    cookies: { keys: ['e2e-provider-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx: unknown, sub: string) {
      const person = people[sub];
      return person && { accountId: sub, claims: async () => ({ sub, ...person }) };
    },
  });
  provider = http.createServer(oidc.callback());
  await new Promise<void>((resolve) => provider!.listen(Number(new URL(issuer!).port), '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => (provider ? provider.close(resolve) : resolve(undefined)));
});

/** The provider's own (development) pages: log in as `sub`, then allow makker what it asks. */
async function logInAtProvider(page: Page, sub: string) {
  await expect(page).toHaveURL(new RegExp(`^${issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(sub);
  await page.locator('input[name="password"]').fill('anything');
  const loginPage = page.url();
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.href !== loginPage);
  // A first login at this provider asks the person to allow makker its scopes.
  if (page.url().startsWith(`${issuer}/interaction/`)) await page.locator('button[type="submit"]').click();
}

async function checkPage(page: Page, where: string) {
  await page.setViewportSize(DESKTOP);
  await expectNoAxeViolations(page, `${where} at 1280 px`);
  await page.screenshot({
    path: test.info().outputPath(`${where.replaceAll(' ', '-')}-1280.png`),
    fullPage: true,
  });
  await page.setViewportSize(PHONE);
  await expectNoAxeViolations(page, `${where} at 320 px`);
  await expectNoHorizontalOverflow(page, `${where} at 320 px`);
  await expectLargeTapTargets(page, `${where} at 320 px`);
  await page.screenshot({
    path: test.info().outputPath(`${where.replaceAll(' ', '-')}-320.png`),
    fullPage: true,
  });
}

test('a peer logs in with MitID; someone without an account is told to contact the staff', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/log-ind');
  const mitid = page.getByRole('region', { name: 'Log ind med MitID' });
  await expect(mitid.getByRole('button', { name: 'Log ind med MitID' })).toBeVisible();
  await expect(page.getByText('Du kan logge ind på flere måder.')).toBeVisible();
  await checkPage(page, 'login page with MitID');

  await mitid.getByRole('button', { name: 'Log ind med MitID' }).click();
  await logInAtProvider(page, 'peer-sub');
  await expect(page).toHaveURL('/min-side');
  await expect(page.getByText('Hej Jonas Hansen')).toBeVisible();

  await page.getByRole('main').getByRole('button', { name: 'Log ud', exact: true }).click();
  await expect(page).toHaveURL('/log-ind?logget-ud');

  await page.getByRole('region', { name: 'Log ind med MitID' }).getByRole('button').click();
  await logInAtProvider(page, 'stranger-sub');
  await expect(page).toHaveURL('/log-ind?error=OIDC_NO_ACCOUNT');
  await expect(page.getByRole('alert')).toHaveText(
    'Vi kunne ikke finde en konto til dig. Kontakt personalet i dit forløb.',
  );
  await expect(
    page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Log ind' }),
  ).toBeVisible();
  await checkPage(page, 'login page after an unknown person');
});
