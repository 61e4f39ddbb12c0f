import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expectNoAxeViolations, expectNoHorizontalOverflow } from './support/accessibility.check.ts';
import { expect, test } from './support/browser-guard.fixture.ts';
import { logInAsDemoStaff } from './support/demo-login.helper.ts';

const ALT = 'Tegning af en grøn bakke med en rød båd på vandet.';

async function checkBothWidths(page: Page, where: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoAxeViolations(page, `${where} at 1280 px`);
  await page.setViewportSize({ width: 320, height: 740 });
  await expectNoAxeViolations(page, `${where} at 320 px`);
  await expectNoHorizontalOverflow(page, `${where} at 320 px`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** A drawing made here (nothing downloaded): 1200 × 800 PNG. */
function drawing() {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <rect width="1200" height="800" fill="#bfe0f2"/><path d="M0 500 q300 -200 600 0 t600 0 v300 h-1200 z" fill="#6fae5f"/>
    <path d="M700 620 h220 l-40 50 h-140 z" fill="#c0392b"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Other journeys expect the demo page's two images only: the added one goes again, even on failure. */
async function removeAdded(page: Page) {
  const headers = { origin: new URL(page.url()).origin };
  const me = await (await page.request.get('/api/me')).json();
  const url = `/api/programmes/${me.memberships[0].programme.id}/images`;
  const { images } = await (await page.request.get(url)).json();
  for (const image of images as { id: string; alt: { da: string } }[])
    if (image.alt.da === ALT) await page.request.delete(`${url}/${image.id}`, { headers });
}

test('staff add an image with alt text to the programme page, and a visitor sees it', async ({
  page,
  browserGuard,
}) => {
  test.setTimeout(120_000);
  // The disguised SVG is refused by the server on purpose; Chromium logs the 415.
  browserGuard.allowConsoleError(/status of 415 .*\/images\)$/);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/log-ind');
  await logInAsDemoStaff(page);
  await expect(page).toHaveURL('/min-side');
  try {
    await page.goto('/indstillinger/side');
    const images = page.getByRole('region', { name: 'Billeder' });
    await expect(images.getByRole('group', { name: 'Billede 1' })).toBeVisible();
    const adding = images.getByRole('form', { name: 'Tilføj et billede' });
    const file = adding.getByLabel('Vælg et billede');

    // An SVG dressed as a PNG passes the browser's check; the server reads its bytes and refuses it.
    await file.setInputFiles({
      name: 'tegning.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    });
    await adding.getByRole('checkbox', { name: /kun pynt/ }).check();
    await adding.getByRole('button', { name: 'Tilføj billedet' }).click();
    await expect(adding.locator('#image-new-file-error')).toHaveText(/JPEG-, PNG- eller WebP-fil/);
    await adding.getByRole('checkbox', { name: /kun pynt/ }).uncheck();

    // A real image: previewed, then refused without alt text, then added with it.
    await file.setInputFiles({ name: 'baad.png', mimeType: 'image/png', buffer: await drawing() });
    await expect(adding.getByText('Sådan ser billedet ud')).toBeVisible();
    await adding.getByRole('button', { name: 'Tilføj billedet' }).click();
    const altField = adding.getByRole('textbox', { name: 'Billedtekst til skærmlæsere (dansk)' });
    await expect(altField).toBeFocused();
    await expect(adding.locator('#image-new-alt-da-error')).toContainText('Skriv, hvad billedet viser');
    await checkBothWidths(page, 'the page editor with an image chosen');
    await altField.fill(ALT);
    await adding.getByRole('button', { name: 'Tilføj billedet' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'lagt op' })).toHaveText(
      'Billedet er lagt op og vises nu på siden.',
    );
    await expect(images.getByRole('group', { name: 'Billede 3' })).toBeVisible();
    await checkBothWidths(page, 'the page editor with three images');

    // The visitor: the image on the programme page, with its alt text, loaded at a phone's width too.
    await page.goto('/p/peer-faellesskabet-vejle');
    const shown = page.getByRole('img', { name: ALT });
    await shown.scrollIntoViewIfNeeded();
    await expect(shown).toHaveAttribute('loading', 'lazy');
    await expect(shown).toHaveAttribute('srcset', /w=800.* 800w, .*w=1200.* 1200w/);
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await checkBothWidths(page, 'the programme page with images');
    await page.setViewportSize({ width: 320, height: 740 });
    await shown.scrollIntoViewIfNeeded();
    const box = await shown.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(320);
  } finally {
    await removeAdded(page);
  }
});
