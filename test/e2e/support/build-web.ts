import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Where `vite build` writes the web application. */
export const WEB_ROOT = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

/**
 * Builds the web application into dist/web with Vite, so that the browser tests run against what
 * `regiokracht serve` serves, built from the current sources (not a stale build).
 * REGIOKRACHT_E2E_SKIP_BUILD=1 uses the existing build instead.
 */
export function buildWeb(): string {
  if (process.env.REGIOKRACHT_E2E_SKIP_BUILD === '1' && existsSync(`${WEB_ROOT}index.html`)) {
    return WEB_ROOT;
  }
  execFileSync(
    process.execPath,
    [`${root}node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  return WEB_ROOT;
}
