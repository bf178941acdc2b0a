import { stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RegiokrachtError } from '../../domain/errors.js';
import type { DataFile } from './data-file.js';

/** Where a pull reads from: the publishers, or a mirror laid out like shared/data. */
export type PullSource =
  | { readonly kind: 'publishers' }
  | { readonly kind: 'mirror-url'; readonly base: string }
  | { readonly kind: 'mirror-dir'; readonly dir: string };

/** One file to fetch: the manifest entry and the address it is fetched from. */
export interface PullItem {
  readonly file: DataFile;
  /** An http(s) address, or the absolute path of a file in a mirror directory. */
  readonly address: string;
  /** What MANIFEST.json records as the file's url: the http(s) or file: address. */
  readonly url: string;
}

/**
 * The source that `--from` names: an http(s) base URL, a `file:` URL or a directory; the
 * publishers when `from` is not given. A directory must exist.
 */
export async function pullSourceFrom(from: string | undefined): Promise<PullSource> {
  if (from === undefined || from === '') return { kind: 'publishers' };
  if (/^https?:\/\//i.test(from)) {
    try {
      const base = new URL(from);
      return { kind: 'mirror-url', base: base.href.endsWith('/') ? base.href : `${base.href}/` };
    } catch (error) {
      throw new RegiokrachtError(
        'INVALID_INPUT',
        `--from ${from} is not a valid URL; give a base URL such as https://example.org/regiokracht-data/ or a directory`,
        { cause: error },
      );
    }
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(from) && !/^file:/i.test(from)) {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `--from ${from}: only http(s) URLs and directories can be mirrors`,
    );
  }
  const dir = /^file:/i.test(from) ? fileURLToPath(from) : resolve(from);
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `--from ${from}: no such directory; give a directory laid out like shared/data or an http(s) base URL`,
    );
  }
  return { kind: 'mirror-dir', dir };
}

/** Describes a source in a few words, for messages. */
export function pullSourceName(source: PullSource): string {
  switch (source.kind) {
    case 'publishers':
      return 'the publishers';
    case 'mirror-url':
      return `the mirror ${source.base}`;
    case 'mirror-dir':
      return `the mirror directory ${source.dir}`;
  }
}

/** The files a source provides, with their addresses, in manifest order. */
export function pullItems(files: readonly DataFile[], source: PullSource): PullItem[] {
  const items: PullItem[] = [];
  for (const file of files) {
    if (source.kind === 'publishers') {
      if (file.url !== null) items.push({ file, address: file.url, url: file.url });
    } else if (file.inMirror) {
      if (source.kind === 'mirror-url') {
        const url = new URL(file.path.split('/').map(encodeURIComponent).join('/'), source.base)
          .href;
        items.push({ file, address: url, url });
      } else {
        const path = join(source.dir, ...file.path.split('/'));
        if (!isAbsolute(path)) throw new Error(`mirror path ${path} is not absolute`);
        items.push({ file, address: path, url: pathToFileURL(path).href });
      }
    }
  }
  return items;
}
