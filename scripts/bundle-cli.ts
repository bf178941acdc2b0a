/**
 * Build step after `tsc` and the Kysely bundle: the command line and the server in a few files
 * (dist/bundle/main.js and the chunks it loads when a command needs them). From the compiled
 * modules Node resolves, reads and links some 250 files of ours and 450 of packages (Fastify, Ajv,
 * the API docs) before `serve` can answer; one bundle with lazy chunks loads in a fraction of that.
 * bin/regiokracht.js runs the bundle when it is at least as new as dist/cli/main.js, so that a
 * later `tsc` alone is never shadowed by an old bundle.
 *
 * Paths stay as the modules meant them: `import.meta.url` and `__dirname` are rewritten to the
 * file they were written in, relative to the bundle (pdfkit reads its fonts from there, the API
 * docs their pages). A few packages stay outside (see EXTERNAL).
 *
 *   tsx scripts/bundle-cli.ts [dist]
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { hashCodeRevision } from '../src/services/analytics/figure-revision.js';

const dist = resolve(process.argv[2] ?? 'dist');
const outdir = join(dist, 'bundle');

/**
 * Loaded from node_modules as they are: a native addon (better-sqlite3), the PostgreSQL driver
 * (with its optional native binding) and the Excel writer (large, and only for exports).
 */
const EXTERNAL = ['better-sqlite3', 'pg', 'exceljs'];

const fromBundle = (file: string) => relative(outdir, file).split(sep).join('/');

/** `import.meta.url`, `__dirname` and `__filename` of every module, as before bundling. */
const originalPaths: Plugin = {
  name: 'original-paths',
  setup(b) {
    b.onLoad({ filter: /\.(js|cjs|mjs)$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      const ours = args.path.startsWith(dist + sep);
      if (text.includes('import.meta.url'))
        text = text.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(fromBundle(args.path))}, import.meta.url).href`,
        );
      if (!ours && /\b__(dirname|filename)\b/.test(text))
        text = text
          .replace(
            /\b__dirname\b/g,
            `__rkBundlePath(${JSON.stringify(fromBundle(dirname(args.path)))})`,
          )
          .replace(/\b__filename\b/g, `__rkBundlePath(${JSON.stringify(fromBundle(args.path))})`);
      return { contents: text, loader: 'js' };
    });
  },
};

// The code revision of the figures, as figure-revision.ts computes it from dist at run time.
const revision = hashCodeRevision(join(dist, 'services', 'analytics'), join(dist, 'core'));

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(dist, 'cli', 'main.js')],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  external: EXTERNAL,
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: true,
  define: { __FIGURE_CODE_REVISION__: JSON.stringify(revision) },
  // Packages written as CommonJS call require() and read __dirname: both as in a CommonJS module.
  banner: {
    js: [
      "import { createRequire as __rkCreateRequire } from 'node:module';",
      "import { fileURLToPath as __rkFileURLToPath } from 'node:url';",
      'const require = __rkCreateRequire(import.meta.url);',
      'const __rkBundlePath = (path) => __rkFileURLToPath(new URL(path, import.meta.url));',
    ].join(' '),
  },
  plugins: [originalPaths],
  logLevel: 'warning',
  // Paths as written (node_modules may be a link): __dirname rewrites stay inside the checkout.
  preserveSymlinks: true,
});
writeFileSync(
  join(outdir, 'README'),
  'Built by scripts/bundle-cli.ts from ../cli/main.js; bin/regiokracht.js runs it when it is current.\n',
);
