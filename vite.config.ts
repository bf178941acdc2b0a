import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

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

/** The web application: src/web, built into dist/web, served by `regiokracht serve`. */
export default defineConfig({
  root: join(here, 'src', 'web'),
  publicDir: join(here, 'src', 'web', 'public'),
  base: '/',
  plugins: [precompress()],
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
