import {
  expectLargeTapTargets,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
} from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';

const PHONE = { width: 320, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

test('a visitor reads the programme page in Danish and switches to English', async ({ page, context }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto('/');

  // Danish by default, whatever the browser's own language is.
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peer-fællesskabet Vejle');
  await expect(page).toHaveTitle('Peer-fællesskabet Vejle – makker');
  await expect(page.getByText('En makker, der selv har været der.')).toBeVisible();

  // Help is one tap away, near the top: before the first section of the flyer.
  const help = page.getByRole('region', { name: 'Brug for hjælp nu?' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: 'Ring 80 200 500' })).toHaveAttribute('href', 'tel:80200500');
  await expect(help.getByRole('link', { name: 'Ring 70 201 201' })).toHaveAttribute('href', 'tel:70201201');
  await expect(help.getByRole('link', { name: 'Ring 112' })).toHaveAttribute('href', 'tel:112');
  const helpBox = await help.boundingBox();
  const whatBox = await page.getByRole('heading', { name: 'Hvad er det?' }).boundingBox();
  expect(helpBox?.y).toBeLessThan(whatBox?.y ?? 0);

  await expect(page.getByRole('heading', { name: 'Hvem kan være med?' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sådan kommer du med' }).getByRole('listitem')).toHaveCount(
    3,
  );

  const cafe = page.getByRole('region', { name: 'Kom i caféen' });
  await expect(cafe.getByRole('listitem').first()).toHaveText(
    'tirsdag 13:00–16:00, Caféen, Havnegade 1, 7100 Vejle',
  );
  await expect(cafe).toContainText('torsdag 09:30–12:00');

  const contacts = page.getByRole('region', { name: 'Kontakt os' });
  await expect(contacts.getByRole('link', { name: 'Ring 76 81 00 00' })).toHaveAttribute(
    'href',
    'tel:76810000',
  );
  await expect(contacts.getByRole('link', { name: 'Skriv til peer@vejle.example' })).toHaveAttribute(
    'href',
    'mailto:peer@vejle.example',
  );

  // The skip link is the first thing a keyboard reaches, and it lands in the main content.
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Gå til indhold' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main-content')).toBeFocused();

  await expectNoAxeViolations(page, 'the Danish page at 1280 px');
  await page.setViewportSize(PHONE);
  await expectNoAxeViolations(page, 'the Danish page at 320 px');
  await expectNoHorizontalOverflow(page, 'the Danish page at 320 px');
  await expectLargeTapTargets(page, 'the Danish page at 320 px');

  // Switch to English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peer community Vejle');
  await expect(page).toHaveTitle('Peer community Vejle – makker');
  await expect(
    page.getByRole('region', { name: 'Need help now?' }).getByRole('link', { name: 'Call 112' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Come to the café' })).toContainText(
    'Tuesday 13:00–16:00, Caféen, Havnegade 1, 7100 Vejle',
  );
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
  // The server reads the choice from this cookie to translate its error messages.
  const cookie = (await context.cookies()).find((c) => c.name === 'makker_lang');
  expect(cookie).toMatchObject({ value: 'en', path: '/', sameSite: 'Lax' });
  expect(cookie?.expires ?? 0).toBeGreaterThan(Date.now() / 1000 + 360 * 24 * 60 * 60);

  await expectNoAxeViolations(page, 'the English page at 320 px');
  await expectNoHorizontalOverflow(page, 'the English page at 320 px');
  await expectLargeTapTargets(page, 'the English page at 320 px');
  await page.setViewportSize(DESKTOP);
  await expectNoAxeViolations(page, 'the English page at 1280 px');

  // The choice survives a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peer community Vejle');

  // And switching back works, and is remembered too.
  await page.getByRole('button', { name: 'Dansk' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peer-fællesskabet Vejle');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
});
