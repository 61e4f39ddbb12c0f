/**
 * `test` for every journey: fails a test when the page talks to any origin but the app's own,
 * logs a console error (CSP violations included) or throws, unless the test said it expects it.
 */
import { test as base, expect } from '@playwright/test';

export interface BrowserGuard {
  /** Console errors matching `pattern` are expected in this test (e.g. the browser's 404 log line). */
  allowConsoleError(pattern: RegExp): void;
}

/**
 * Console errors every page may log. The header asks /api/me who is logged in on every page; for a
 * visitor the answer is 401, which the app reads as "not logged in" but Chromium logs as an error.
 */
const ALWAYS_ALLOWED: RegExp[] = [/status of 401 \(Unauthorized\) \(https?:\/\/[^)]*\/api\/me\)$/];

export const test = base.extend<{ browserGuard: BrowserGuard }>({
  browserGuard: [
    async ({ page, baseURL }, use) => {
      const appOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreignRequests: string[] = [];
      const consoleErrors: string[] = [];
      const allowed: RegExp[] = [...ALWAYS_ALLOWED];

      // Chromium logs CSP violations as console errors too; the event also names the directive.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`,
          );
        });
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.origin !== appOrigin) foreignRequests.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));

      await use({ allowConsoleError: (pattern) => allowed.push(pattern) });

      expect(foreignRequests, 'requests to other origins than the app').toEqual([]);
      const unexpected = consoleErrors.filter((text) => !allowed.some((pattern) => pattern.test(text)));
      expect(unexpected, 'console errors, CSP violations or uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
