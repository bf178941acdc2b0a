import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/**
 * The path of a temporary directory named after `prefix`, made before the tests of the suite it
 * is called in and removed after them; with `{ each: true }` made afresh for every test.
 */
export function temporaryDirectory(prefix: string, { each = false } = {}): string {
  const dir = join(tmpdir(), `${prefix}${randomBytes(6).toString('hex')}`);
  const [before, after] = each ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    await mkdir(dir);
  });
  after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}
