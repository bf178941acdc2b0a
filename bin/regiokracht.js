#!/usr/bin/env node
// Entry point of the `regiokracht` command; the program itself is compiled to dist/. The bundle
// (scripts/bundle-cli.ts) starts faster; it runs unless a later `tsc` made it out of date.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const bundle = fileURLToPath(new URL('../dist/bundle/main.js', import.meta.url));
if (!existsSync(main)) {
  console.error('regiokracht is not built yet: run `npm install` (or `npm run build`) first.');
  process.exit(1);
}
const current = existsSync(bundle) && statSync(bundle).mtimeMs >= statSync(main).mtimeMs;
await import(current ? bundle : main);
