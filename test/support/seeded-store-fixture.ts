import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Store } from '../../src/storage/store.js';
import { openSeededStore, type SeededStoreOptions } from './seeded-store.js';

/** A seeded store and a scratch folder shared by the tests of one `describe` block. */
export interface SeededStoreFixture {
  /** The store, open from the block's `beforeAll` to its `afterAll`. */
  readonly store: Store;
  /** A scratch folder of the block's own. */
  readonly dir: string;
  /** Writes `content` to the file `name` in the scratch folder; returns the file's path. */
  file(name: string, content: string | Buffer): Promise<string>;
}

/**
 * Opens a seeded store (see {@link openSeededStore}) and makes a scratch folder, named
 * `<prefix>XXXXXX`, before the tests of the calling `describe` block, and closes the store after
 * them. Set-up the block adds in its own `beforeAll` runs after this one.
 */
export function seededStoreFixture(
  prefix: string,
  options: SeededStoreOptions = {},
): SeededStoreFixture {
  let open: { store: Store; dir: string } | undefined;
  const opened = () => {
    if (!open) throw new Error('the seeded store is open only while the tests run');
    return open;
  };
  beforeAll(async () => {
    const store = await openSeededStore(options);
    open = { store, dir: await mkdtemp(join(tmpdir(), prefix)) };
  });
  afterAll(async () => {
    await open?.store.close();
  });
  return {
    get store() {
      return opened().store;
    },
    get dir() {
      return opened().dir;
    },
    async file(name, content) {
      const path = join(opened().dir, name);
      await writeFile(path, content);
      return path;
    },
  };
}
