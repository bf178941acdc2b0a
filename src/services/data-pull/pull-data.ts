import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { RegiokrachtError } from '../../domain/errors.js';
import type { DataFile } from './data-file.js';
import { DATA_FILES } from './data-manifest.js';
import { fileSha256 } from './file-sha256.js';
import { httpDownload } from './http-download.js';
import { localCopy } from './local-copy.js';
import { pathGlobMatcher } from './path-glob.js';
import { PullFailure, diskFailure, errorCode } from './pull-failure.js';
import { PullRecordBook, type FileRecord } from './pull-record.js';
import { pullItems, pullSourceName, type PullItem, type PullSource } from './pull-source.js';

export interface PullOptions {
  readonly dataDir: string;
  readonly source: PullSource;
  /** The manifest; the whole open data set by default. */
  readonly files?: readonly DataFile[];
  /** Globs over data-directory paths; only matching files are pulled. */
  readonly only?: readonly string[];
  /** Hash every file already there, even those whose size and time are unchanged. */
  readonly verify?: boolean;
  /** Give up on a server that sends nothing for this long (default 30 s). */
  readonly idleTimeoutMs?: number;
  readonly userAgent?: string;
  readonly now?: () => Date;
  readonly onEvent?: (event: PullEvent) => void;
}

/** What happened to one file. */
export type PullOutcome =
  | {
      readonly status: 'downloaded';
      readonly path: string;
      readonly url: string;
      readonly bytes: number;
      readonly sha256: string;
      /** Bytes kept from an earlier, interrupted download. */
      readonly resumedFrom: number;
    }
  | {
      readonly status: 'up-to-date';
      readonly path: string;
      readonly url: string;
      readonly bytes: number;
      /** `sha256`: hashed and compared; `unchanged`: same size and time as when it was hashed. */
      readonly checked: 'sha256' | 'unchanged';
    }
  | {
      readonly status: 'failed';
      readonly path: string;
      readonly url: string;
      readonly reason: string;
      readonly fix: string;
    };

/** Where a file stands in a pull: the `index`-th of `count` files, from 1. */
export interface PullPosition {
  readonly index: number;
  readonly count: number;
}

/** Progress of a pull, for a progress bar or a log. */
export type PullEvent =
  | { readonly kind: 'begin'; readonly count: number; readonly source: string }
  | (PullPosition & { readonly kind: 'fetch'; readonly path: string; readonly url: string })
  | { readonly kind: 'resume'; readonly path: string; readonly from: number }
  | { readonly kind: 'restart'; readonly path: string }
  | {
      readonly kind: 'progress';
      readonly path: string;
      readonly bytes: number;
      readonly total: number | null;
    }
  | { readonly kind: 'changed'; readonly path: string; readonly reason: string }
  | { readonly kind: 'warning'; readonly message: string }
  | (PullPosition & { readonly kind: 'done'; readonly outcome: PullOutcome });

export interface PullResult {
  readonly dataDir: string;
  /** The source in a few words: "the publishers", "the mirror https://...". */
  readonly source: string;
  readonly outcomes: readonly PullOutcome[];
  readonly downloaded: number;
  readonly upToDate: number;
  readonly failed: number;
  /** Bytes transferred by this run. */
  readonly bytesTransferred: number;
}

const DEFAULT_IDLE_TIMEOUT_MS = 30_000;

/**
 * Pulls the open data set into a data directory: every file the source provides (or those that
 * `only` selects), each checked against MANIFEST.json, downloaded when missing or changed, hashed
 * and recorded. Returns what happened to each file and does not throw for a file that fails;
 * it throws a RegiokrachtError only when nothing can start (a glob that selects nothing, a data
 * directory that cannot be created).
 */
export async function pullData(options: PullOptions): Promise<PullResult> {
  const emit = options.onEvent ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const sourceName = pullSourceName(options.source);
  const items = selectItems(pullItems(options.files ?? DATA_FILES, options.source), options);

  try {
    await mkdir(options.dataDir, { recursive: true });
  } catch (error) {
    throw new RegiokrachtError(
      'DATA_DIR_MISSING',
      `cannot create the data directory ${options.dataDir} (${errorCode(error) ?? (error as Error).message}); choose another with --data-dir or REGIOKRACHT_DATA_DIR`,
      { cause: error },
    );
  }
  const { book, unreadable } = await PullRecordBook.open(options.dataDir);
  if (unreadable) {
    emit({
      kind: 'warning',
      message: `${book.location} is damaged (${unreadable}); every file is fetched again and the record rewritten`,
    });
  }

  emit({ kind: 'begin', count: items.length, source: sourceName });
  const outcomes: PullOutcome[] = [];
  let bytesTransferred = 0;
  for (const [i, item] of items.entries()) {
    const context = { index: i + 1, count: items.length };
    let outcome: PullOutcome;
    try {
      outcome = await pullOne(item, book, options, context, emit, now);
    } catch (error) {
      const failure =
        error instanceof PullFailure
          ? error
          : errorCode(error)
            ? diskFailure(item.file.path, error)
            : undefined;
      if (!failure) throw error;
      outcome = {
        status: 'failed',
        path: item.file.path,
        url: item.url,
        reason: failure.reason,
        fix: failure.fix,
      };
    }
    if (outcome.status === 'downloaded') bytesTransferred += outcome.bytes - outcome.resumedFrom;
    outcomes.push(outcome);
    emit({ kind: 'done', ...context, outcome });
  }
  const count = (status: PullOutcome['status']) =>
    outcomes.filter((o) => o.status === status).length;
  return {
    dataDir: options.dataDir,
    source: sourceName,
    outcomes,
    downloaded: count('downloaded'),
    upToDate: count('up-to-date'),
    failed: count('failed'),
    bytesTransferred,
  };
}

function selectItems(items: PullItem[], options: PullOptions): PullItem[] {
  const globs = options.only ?? [];
  if (globs.length === 0) return items;
  const matchers = globs.map(pathGlobMatcher);
  const selected = items.filter((item) => matchers.some((matches) => matches(item.file.path)));
  if (selected.length === 0) {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `--only ${globs.join(' ')} matches none of the ${items.length} files to pull from ${pullSourceName(options.source)}; run \`regiokracht data list\` to see their paths`,
    );
  }
  return selected;
}

async function pullOne(
  item: PullItem,
  book: PullRecordBook,
  options: PullOptions,
  context: PullPosition,
  emit: (event: PullEvent) => void,
  now: () => Date,
): Promise<PullOutcome> {
  const { path } = item.file;
  const target = join(options.dataDir, ...path.split('/'));
  const current = await checkCurrent(target, item, book.file(path), options.verify ?? false);
  if (current.upToDate) {
    if (!sameTime(current.record.mtime_ms, current.mtimeMs)) {
      await book.setFile({ ...current.record, mtime_ms: current.mtimeMs });
    }
    return {
      status: 'up-to-date',
      path,
      url: item.url,
      bytes: current.record.bytes,
      checked: current.checked,
    };
  }
  if (current.changed) emit({ kind: 'changed', path, reason: current.changed });

  emit({ kind: 'fetch', ...context, path, url: item.url });
  try {
    await mkdir(dirname(target), { recursive: true });
  } catch (error) {
    throw diskFailure(dirname(target), error);
  }
  const part = `${target}.part`;
  const partial = book.partial(path);
  if (partial?.url !== item.url || partial.resumable === false) {
    // Bytes from another address, of unknown origin or decoded on the fly cannot be continued.
    await rm(part, { force: true });
  }
  const onProgress = (bytes: number, total: number | null) =>
    emit({ kind: 'progress', path, bytes, total });

  let resumedFrom = 0;
  if (options.source.kind === 'mirror-dir') {
    await localCopy(item.address, part, onProgress);
  } else {
    const download = await httpDownload({
      url: item.address,
      part,
      validator: partial?.url === item.url ? partial.validator : null,
      idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
      userAgent: options.userAgent ?? 'regiokracht (data pull)',
      fromMirror: options.source.kind !== 'publishers',
      onStart: async (start) => {
        if (start.resumedFrom > 0) emit({ kind: 'resume', path, from: start.resumedFrom });
        if (start.restarted) emit({ kind: 'restart', path });
        await book.setPartial({
          path,
          url: item.url,
          validator: start.validator,
          resumable: start.resumable,
        });
      },
      onProgress,
    });
    resumedFrom = download.resumedFrom;
  }

  const sha256 = await fileSha256(part);
  try {
    await rename(part, target);
  } catch (error) {
    throw diskFailure(target, error);
  }
  const info = await stat(target);
  const record: FileRecord = {
    path,
    url: item.url,
    bytes: info.size,
    sha256,
    retrieved_at: now().toISOString(),
    mtime_ms: info.mtimeMs,
  };
  await book.setFile(record);
  return { status: 'downloaded', path, url: item.url, bytes: info.size, sha256, resumedFrom };
}

type Current =
  | {
      upToDate: true;
      record: FileRecord;
      mtimeMs: number;
      checked: 'sha256' | 'unchanged';
    }
  | { upToDate: false; changed: string | null };

/**
 * Whether the file in the data directory is the one recorded for this address. Same size and
 * modification time as recorded count as unchanged (no hashing) unless `verify` is set;
 * otherwise the file is hashed and compared with the recorded SHA-256.
 */
async function checkCurrent(
  target: string,
  item: PullItem,
  record: FileRecord | undefined,
  verify: boolean,
): Promise<Current> {
  const info = await stat(target).catch(() => null);
  if (!info?.isFile() || !record || record.url !== item.url)
    return { upToDate: false, changed: null };
  if (info.size !== record.bytes) {
    return {
      upToDate: false,
      changed: `${info.size} bytes where MANIFEST.json records ${record.bytes}`,
    };
  }
  if (!verify && sameTime(info.mtimeMs, record.mtime_ms)) {
    return { upToDate: true, record, mtimeMs: info.mtimeMs, checked: 'unchanged' };
  }
  const sha256 = await fileSha256(target);
  if (sha256 !== record.sha256) {
    return { upToDate: false, changed: 'its SHA-256 differs from the one in MANIFEST.json' };
  }
  return { upToDate: true, record, mtimeMs: info.mtimeMs, checked: 'sha256' };
}

/** Equal to the millisecond: not every file system or copy tool keeps finer times. */
function sameTime(a: number, b: number): boolean {
  return Math.abs(a - b) < 1;
}
