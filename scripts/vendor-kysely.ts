/**
 * Build step after `tsc`: Kysely in one file (dist/vendor/kysely.js), and the compiled modules
 * pointed at it. Kysely ships as about 260 ES modules; Node resolves, reads and links each of them
 * at every start of the command line, which took more time than all the rest of a command that
 * answers from a stored figure. One bundled file loads in a fraction of that.
 *
 * A build with `tsc` alone still works: its modules import the installed package by name.
 *
 *   tsx scripts/vendor-kysely.ts [dist]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';

const dist = resolve(process.argv[2] ?? 'dist');
const bundle = join(dist, 'vendor', 'kysely.js');

// Kysely's licence (MIT) asks for its notice in every copy.
const kysely = join(dirname(dist), 'node_modules', 'kysely');
const { version } = JSON.parse(readFileSync(join(kysely, 'package.json'), 'utf8')) as {
  version: string;
};
const licence = readFileSync(join(kysely, 'LICENSE'), 'utf8').trim();

// Resolved from the project as Node resolves `import 'kysely'` (the package's ES modules).
await build({
  stdin: { contents: "export * from 'kysely';", resolveDir: dirname(dist), loader: 'js' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile: bundle,
  minifyWhitespace: true,
  minifySyntax: true,
  banner: { js: `/*! Kysely ${version}, bundled.\n\n${licence.replaceAll('*/', '* /')}\n*/` },
  logLevel: 'warning',
});

/** The compiled JavaScript files under `dir`, the bundle excepted. */
function* modules(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== dirname(bundle) && path !== join(dist, 'web')) yield* modules(path);
    } else if (entry.name.endsWith('.js')) yield path;
  }
}

// tsc keeps the specifier as written: `from 'kysely'` (type-only imports are erased).
const specifier = /(\bfrom\s*|\bimport\s*\(\s*)'kysely'/g;
let rewritten = 0;
for (const file of modules(dist)) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes("'kysely'")) continue;
  let target = relative(dirname(file), bundle).split(sep).join('/');
  if (!target.startsWith('.')) target = `./${target}`;
  const next = text.replace(specifier, (_, lead: string) => `${lead}'${target}'`);
  if (next !== text) {
    writeFileSync(file, next);
    rewritten++;
  }
}
if (rewritten === 0) throw new Error(`no module under ${dist} imports kysely: is it built?`);
