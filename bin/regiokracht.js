#!/usr/bin/env node
// Entry point of the `regiokracht` command; the program itself is compiled to dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  console.error('regiokracht is not built yet: run `npm install` (or `npm run build`) first.');
  process.exit(1);
}
await import(main);
