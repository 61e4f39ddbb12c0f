#!/usr/bin/env node
// `npm test` = `npm run validate` = what CI runs: typecheck, lint, module boundaries, unit and
// integration tests (PGlite; PostgreSQL too when TEST_DATABASE_URL is set), then the web build
// and the end-to-end journeys in Chromium with axe. Every step runs even when an earlier one
// failed, and the last line counts tests (each static check counts as one): `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'test-results');
fs.mkdirSync(out, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

let passed = 0;
let failed = 0;
let skipped = 0;
const summary = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  summary.push(`${ok ? '✓' : '✗'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(label, command, args) {
  if (run(label, command, args)) passed++;
  else failed++;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

check('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('lint (biome)', bin('biome'), ['check', '.']);
check('module boundaries', process.execPath, ['scripts/check-boundaries.mjs']);

if (!process.env.TEST_DATABASE_URL)
  console.log('\n(TEST_DATABASE_URL is not set: database suites run on PGlite only)');
const vitestFile = path.join(out, 'vitest.json');
fs.rmSync(vitestFile, { force: true });
const unitOk = run('unit and integration tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestFile}`,
]);
const vitest = readJson(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  if (!unitOk && vitest.numFailedTests === 0) failed++; // e.g. a suite that failed to load
} else {
  failed++;
}

/** The end-to-end tests drive the system's Chromium; install Debian's when missing and allowed. */
function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  );
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
    console.log("\n▶ installing Debian's chromium for the end-to-end tests");
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    '\nNo Chromium found for the end-to-end tests: install it (e.g. `sudo apt-get install chromium`) or set CHROMIUM_PATH.',
  );
  return null;
}

const e2eFile = path.join(out, 'e2e.json');
fs.rmSync(e2eFile, { force: true });
const chromium = ensureChromium();
if (chromium && run('web build (vite)', 'npm', ['run', 'build', '--silent'])) {
  passed++;
  const e2eOk = run(
    'end-to-end journeys (playwright + axe)',
    bin('playwright'),
    ['test', '--reporter=list,json'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile,
    },
  );
  const e2e = readJson(e2eFile);
  if (e2e?.stats) {
    passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected;
    skipped += e2e.stats.skipped;
    if (!e2eOk && e2e.stats.unexpected === 0) failed++;
  } else {
    failed++;
  }
} else {
  failed++;
}

console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
