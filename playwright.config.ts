/**
 * End-to-end journeys in Debian's Chromium against the real server (built web app, embedded
 * database in a fresh temporary folder). Run with `npm run test:e2e`, which builds first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// MAKKER_E2E_PORT lets two runs (e.g. two developers' branches) share a machine.
const PORT = Number(process.env.MAKKER_E2E_PORT ?? 3217);
// `localhost`, not 127.0.0.1: WebAuthn (passkeys) refuses IP addresses as the relying party.
const BASE_URL = `http://localhost:${PORT}`;

// Playwright loads this file again in every worker: create the data folder once, in the main
// process, and hand it to the workers through the environment; remove it when the run ends.
let dataDir = process.env.MAKKER_E2E_DATA_DIR;
if (!dataDir) {
  const created = fs.mkdtempSync(path.join(os.tmpdir(), 'makker-e2e-'));
  dataDir = created;
  process.env.MAKKER_E2E_DATA_DIR = created;
  process.on('exit', () => fs.rmSync(created, { recursive: true, force: true }));
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Playwright empties its output folder on start; keep it apart from scripts/validate.mjs' reports.
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: BASE_URL,
    locale: 'da-DK',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node --import tsx src/app/main.ts',
    url: `${BASE_URL}/readyz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      PUBLIC_URL: BASE_URL,
      MAKKER_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      // Every journey comes from one address, one after another: the per-address limit (tested in
      // the server's own tests) would otherwise stop the later journeys.
      RATE_LIMIT_PER_MINUTE: '6000',
    },
  },
});
