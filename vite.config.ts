import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
// PostCSS comes with Vite (it is what Vite processes CSS with); only its types are needed here.
import type { AtRule, Declaration, Plugin as PostcssPlugin } from 'postcss';
import { createLogger, defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, 'dist', 'web');

/**
 * Writes a .gz beside every script, style sheet, page and SVG of the build, so that the server
 * (@fastify/static with preCompressed) sends them compressed without compressing per request.
 */
function precompress(): Plugin {
  return {
    name: 'regiokracht-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? outDir;
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(file)) continue;
        const path = join(dir, file);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
      }
    },
  };
}

/** Every `utrecht-*` class name written in the web application's sources. */
function usedDesignSystemClasses(dir: string): Set<string> {
  const used = new Set<string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'public') for (const c of usedDesignSystemClasses(path)) used.add(c);
    } else if (/\.(ts|html)$/.test(name)) {
      for (const m of readFileSync(path, 'utf8').matchAll(/utrecht-[a-z0-9_-]*[a-z0-9]/g))
        used.add(m[0]);
    }
  }
  return used;
}

/**
 * The NL Design System style sheets hold every component (about 560 KB). This PostCSS step keeps
 * the rules whose `utrecht-*` classes the sources use (classes inside :not(), :is(), :where() and
 * :has() do not count as required), then the design tokens (custom properties) something still
 * refers to. Our own `rk-*` rules stay as written. It runs on the one style sheet app.css makes with
 * @import, before the file name's hash is taken.
 */
function purgeUnusedDesignSystemCss(sourceDir: string): PostcssPlugin {
  return {
    postcssPlugin: 'regiokracht-purge-css',
    OnceExit(root) {
      const used = usedDesignSystemClasses(sourceDir);
      root.walkAtRules('charset', (rule) => {
        rule.remove();
      });
      const required = (selector: string) =>
        [
          ...selector
            .replace(/:(not|is|where|has)\((?:[^()]|\([^()]*\))*\)/g, '')
            .matchAll(/\.(utrecht-[a-zA-Z0-9_-]+)/g),
        ].map((m) => m[1]!);
      root.walkRules((rule) => {
        if (rule.parent?.type === 'atrule' && /keyframes/.test((rule.parent as AtRule).name)) {
          return;
        }
        const kept = rule.selectors.filter((s) => required(s).every((c) => used.has(c)));
        if (kept.length === 0) rule.remove();
        else rule.selectors = kept;
      });
      const definitions = new Map<string, Declaration[]>();
      root.walkDecls((d) => {
        if (d.prop.startsWith('--'))
          definitions.set(d.prop, [...(definitions.get(d.prop) ?? []), d]);
      });
      const references = (value: string) =>
        [...value.matchAll(/var\(\s*(--[a-zA-Z0-9_-]+)/g)].map((m) => m[1]!);
      const needed = new Set<string>();
      const queue: string[] = [];
      root.walkDecls((d) => {
        if (!d.prop.startsWith('--')) queue.push(...references(d.value));
      });
      while (queue.length > 0) {
        const name = queue.pop()!;
        if (needed.has(name)) continue;
        needed.add(name);
        for (const d of definitions.get(name) ?? []) queue.push(...references(d.value));
      }
      for (const [name, declarations] of definitions) {
        if (!needed.has(name)) for (const d of declarations) d.remove();
      }
      root.walkRules((rule) => {
        if (rule.nodes.length === 0) rule.remove();
      });
      root.walkAtRules((rule) => {
        if (rule.nodes && rule.nodes.length === 0) rule.remove();
      });
    },
  };
}

/**
 * Vite's logger without one known warning: the Utrecht component library's index.css is several
 * files joined together and has an @charset rule in the middle, which PostCSS reports when the file
 * is imported. The purge step above removes that rule; the warning says nothing about our code.
 */
function quietLogger() {
  const logger = createLogger();
  const warn = logger.warn.bind(logger);
  logger.warn = (message, options) => {
    if (message.includes('@charset must precede all other statements')) return;
    warn(message, options);
  };
  return logger;
}

/** The web application: src/web, built into dist/web, served by `regiokracht serve`. */
export default defineConfig({
  root: join(here, 'src', 'web'),
  publicDir: join(here, 'src', 'web', 'public'),
  base: '/',
  customLogger: quietLogger(),
  plugins: [precompress()],
  css: { postcss: { plugins: [purgeUnusedDesignSystemCss(join(here, 'src', 'web'))] } },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
  server: {
    // `npx vite` for development: the API comes from a running `regiokracht serve`.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
