import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import {
  IdleTimeout,
  PullFailure,
  diskFailure,
  httpStatusFailure,
  networkFailure,
} from './pull-failure.js';

export interface HttpDownloadOptions {
  readonly url: string;
  /** The file the bytes go to; an existing one is resumed with a Range request. */
  readonly part: string;
  /** The ETag or Last-Modified recorded when `part` was started, sent as If-Range. */
  readonly validator: string | null;
  /** Give up when the server sends nothing for this long. */
  readonly idleTimeoutMs: number;
  readonly userAgent: string;
  readonly fromMirror: boolean;
  /** Called once the answer's headers are in, before any byte is written. */
  readonly onStart?: (start: {
    resumedFrom: number;
    restarted: boolean;
    total: number | null;
    validator: string | null;
    /** False when the bytes arrive transfer-encoded (decoded on the fly): no resuming those. */
    resumable: boolean;
  }) => Promise<void> | void;
  readonly onProgress?: (bytes: number, total: number | null) => void;
}

export interface HttpDownload {
  /** Size of the complete file. */
  readonly bytes: number;
  /** Bytes that were already in `part` and were kept. */
  readonly resumedFrom: number;
  /** True when `part` had bytes but the server sent the whole file again (it ignored Range). */
  readonly restarted: boolean;
}

/**
 * Downloads `url` into `part`, continuing an earlier partial download with an HTTP Range request.
 * A server that ignores Range (200 instead of 206), or answers a range that does not fit, makes
 * the download start again from the first byte. Throws a PullFailure; the bytes received so far
 * stay in `part` for the next attempt.
 */
export async function httpDownload(options: HttpDownloadOptions): Promise<HttpDownload> {
  const offset = (await stat(options.part).catch(() => null))?.size ?? 0;
  try {
    return await attempt(options, offset);
  } catch (error) {
    if (!(error instanceof RangeMismatch)) throw error;
    // The partial file does not fit what the server has now: start again.
    await rm(options.part, { force: true });
    return attempt({ ...options, validator: null }, 0);
  }
}

/** The server answered the Range request with something other than the bytes asked for. */
class RangeMismatch extends Error {}

async function attempt(options: HttpDownloadOptions, offset: number): Promise<HttpDownload> {
  const { url } = options;
  const controller = new AbortController();
  const seconds = Math.round(options.idleTimeoutMs / 100) / 10;
  let timer: NodeJS.Timeout | undefined;
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new IdleTimeout(seconds)), options.idleTimeoutMs);
  };
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    // Byte ranges and sizes refer to the bytes as stored, so ask for no transfer compression.
    'accept-encoding': 'identity',
  };
  if (offset > 0) {
    headers.range = `bytes=${offset}-`;
    if (options.validator) headers['if-range'] = options.validator;
  }
  let received = offset;
  touch();
  try {
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: controller.signal, redirect: 'follow' });
    } catch (error) {
      throw networkFailure(url, controller.signal.reason ?? error, 0);
    }
    if (response.status === 416 && offset > 0) {
      await response.body?.cancel();
      throw new RangeMismatch();
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw httpStatusFailure(url, response.status, response.statusText, options.fromMirror);
    }
    const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
    const length = encoded ? null : numberOrNull(response.headers.get('content-length'));
    let append = false;
    let total: number | null;
    if (response.status === 206) {
      const range = parseContentRange(response.headers.get('content-range'));
      if (!range || range.start !== offset) {
        await response.body?.cancel();
        throw new RangeMismatch();
      }
      append = true;
      total = range.total;
    } else {
      received = 0;
      total = length;
    }
    const restarted = offset > 0 && !append;
    const validator = validatorOf(response.headers);
    await options.onStart?.({
      resumedFrom: append ? offset : 0,
      restarted,
      total,
      validator,
      resumable: !encoded,
    });
    if (!response.body) throw new PullFailure(`${url} answered with no body`, 'try again later');

    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        touch();
        options.onProgress?.(received, total);
        done(null, chunk);
      },
    });
    let out: ReturnType<typeof createWriteStream>;
    try {
      out = createWriteStream(options.part, { flags: append ? 'a' : 'w' });
    } catch (error) {
      throw diskFailure(options.part, error);
    }
    let writeError: unknown;
    out.on('error', (error) => (writeError = error));
    try {
      await pipeline(
        Readable.fromWeb(response.body as unknown as NodeReadableStream<Uint8Array>),
        counter,
        out,
      );
    } catch (error) {
      if (writeError) throw diskFailure(options.part, writeError);
      throw networkFailure(url, controller.signal.reason ?? error, received);
    }
    if (total !== null && received !== total) {
      throw new PullFailure(
        `the download from ${url} stopped at ${received} of ${total} bytes`,
        'rerun `regiokracht data pull`: it resumes where it stopped',
      );
    }
    return { bytes: received, resumedFrom: append ? offset : 0, restarted };
  } finally {
    clearTimeout(timer);
  }
}

/** `bytes 100-199/1000` -> start 100, total 1000 (null when `*`). */
function parseContentRange(value: string | null): { start: number; total: number | null } | null {
  const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(value?.trim() ?? '');
  if (!match) return null;
  return { start: Number(match[1]), total: match[3] === '*' ? null : Number(match[3]) };
}

/** A strong ETag, else Last-Modified: what If-Range accepts. */
function validatorOf(headers: Headers): string | null {
  const etag = headers.get('etag');
  if (etag && !etag.startsWith('W/')) return etag;
  return headers.get('last-modified');
}

function numberOrNull(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
}
