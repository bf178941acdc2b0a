import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Stops a bench that runs the built code when the build is missing, or older than a source file
 * (it would measure old code).
 */
export function checkBuild(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const built = join(root, 'dist/cli/main.js');
  let builtAt: number;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    console.error(`${built} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
  const newer = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).find(
    (f) =>
      /\.(ts|json)$/.test(f) &&
      !/\.test\.ts$/.test(f) &&
      statSync(join(root, 'src', f)).mtimeMs > builtAt,
  );
  if (newer) {
    console.error(`src/${newer} is newer than the build in dist/: run \`npm run build\` first`);
    process.exit(1);
  }
}
