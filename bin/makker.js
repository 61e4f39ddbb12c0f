#!/usr/bin/env node
// `npx makker`: runs the TypeScript CLI through tsx (no separate build step).
import { register } from 'tsx/esm/api';

register();
await import('../src/app/cli.ts');
