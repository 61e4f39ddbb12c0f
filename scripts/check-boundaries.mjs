#!/usr/bin/env node
// The module rules of docs/conventions.md, checked on every import in src/:
//  - nothing outside src/app imports src/app (composition only);
//  - src/shared imports nothing else from src/;
//  - src/server (but its testing helpers) imports no feature;
//  - a feature (or app/) uses another only through its server/index.ts, web/index.ts or
//    <name>.contract.ts (tests may reach in to set up data);
//  - features never use the owner's connection (asOwner) and nothing uses sql.raw.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');
const problems = [];

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield full;
  }
}

const rel = (p) => path.relative(root, p).split(path.sep).join('/');
const importRe = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

for (const file of walk(src)) {
  const from = rel(file);
  const text = fs.readFileSync(file, 'utf8');
  const isTest = /\.test\.tsx?$/.test(from) || from.includes('/testing/');
  const feature = /^src\/features\/([^/]+)\//.exec(from)?.[1];
  if (/\bsql\.raw\(/.test(text))
    problems.push(`${from}: sql.raw is not allowed (use sql\`\` parameters or sql.identifier)`);
  if (feature && !isTest && /\basOwner\(/.test(text)) problems.push(`${from}: features must not use asOwner`);
  for (const match of text.matchAll(importRe)) {
    const spec = match[1] ?? match[2];
    if (!spec.startsWith('.')) continue;
    const target = rel(path.resolve(path.dirname(file), spec));
    if (!target.startsWith('src/')) continue;
    const testHelper = isTest && target.startsWith('src/app/testing/');
    if (target.startsWith('src/app/') && !from.startsWith('src/app/') && !testHelper)
      problems.push(`${from}: imports ${target} (nothing imports app/; tests may use app/testing/)`);
    if (from.startsWith('src/shared/') && !target.startsWith('src/shared/'))
      problems.push(`${from}: shared/ imports ${target}`);
    if (from.startsWith('src/server/') && !isTest && target.startsWith('src/features/')) {
      problems.push(`${from}: server/ imports feature code ${target}`);
    }
    const other = /^src\/features\/([^/]+)\/(.+)$/.exec(target);
    if (other && other[1] !== feature && !isTest) {
      const [, name, rest] = other;
      const allowed = ['server/index.ts', 'web/index.ts', `${name}.contract.ts`];
      if (!allowed.includes(rest))
        problems.push(`${from}: reaches into ${target} (use ${name}'s server/index.ts or contract)`);
    }
  }
}

if (problems.length > 0) {
  console.error(`Module boundary violations:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('Module boundaries: ok');
