import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A built web application in miniature: index.html and one hashed asset, in a temporary folder. */
export interface TestWebRoot {
  readonly dir: string;
  readonly remove: () => Promise<void>;
}

/** Writes `index.html` and `assets/app-abc123.js` into a fresh temporary folder. */
export async function createTestWebRoot(): Promise<TestWebRoot> {
  const dir = await mkdtemp(join(tmpdir(), 'regiokracht-web-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Regiokracht</title>');
  await writeFile(join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
