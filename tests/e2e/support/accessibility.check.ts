/** axe-core checks against WCAG 2.1 A and AA, the level the Danish accessibility law requires. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

function formatViolations(violations: Violations): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `    - ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      return `  [${violation.impact}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

/** Fails with a readable list (rule, element, what to fix) when axe finds any WCAG 2.1 AA violation. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations, `axe found WCAG violations on ${where}:\n${formatViolations(violations)}`).toEqual([]);
}

/** The page does not scroll sideways: nothing is wider than the viewport (e.g. at 320 px). */
export async function expectNoHorizontalOverflow(page: Page, where: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `horizontal overflow on ${where}`).toBeLessThanOrEqual(clientWidth);
}

/** Every visible link and button in the page is at least 44 × 44 px (WCAG 2.5.5), or 44 px high for text links. */
export async function expectLargeTapTargets(page: Page, where: string): Promise<void> {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, summary')]
      .filter((element) => !element.classList.contains('skipnav') && element.getClientRects().length > 0)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(
        ({ element, box }) =>
          `${element.outerHTML.slice(0, 80)} (${Math.round(box.width)}×${Math.round(box.height)})`,
      ),
  );
  expect(small, `tap targets smaller than 44 px on ${where}`).toEqual([]);
}

/** All three checks at the page's current viewport width: axe, no sideways scrolling, tap targets. */
export async function expectAccessiblePhonePage(page: Page, where: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  await expectNoAxeViolations(page, `${where} at ${width} px`);
  await expectNoHorizontalOverflow(page, `${where} at ${width} px`);
  await expectLargeTapTargets(page, `${where} at ${width} px`);
}
