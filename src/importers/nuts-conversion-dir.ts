import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A `nuts_conversion` directory beside the file or up to three levels above it. */
export function findNutsConversionDir(file: string): string | undefined {
  let dir = dirname(file);
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'nuts_conversion');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}
