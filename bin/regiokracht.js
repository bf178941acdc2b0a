#!/usr/bin/env node
// Entry point of the `regiokracht` command; the program itself is compiled to dist/. The bundle
// (scripts/bundle-cli.ts) starts faster; it runs unless a later `tsc` made it out of date.
import { existsSync, readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// The version alone needs none of the program: it is the package's.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  console.log(pkg.version);
  process.exit(0);
}

// Node 22.1 and later keep the modules' compiled code between runs (in the system's temporary
// directory, or NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so that every
// command after the first starts faster. Node 20 has no such cache and starts as before.
module.enableCompileCache?.();

const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const bundle = fileURLToPath(new URL('../dist/bundle/main.js', import.meta.url));
if (!existsSync(main)) {
  console.error('regiokracht is not built yet: run `npm install` (or `npm run build`) first.');
  process.exit(1);
}
const current = existsSync(bundle) && statSync(bundle).mtimeMs >= statSync(main).mtimeMs;
await import(current ? bundle : main);
