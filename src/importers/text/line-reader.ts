import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

/** What the first bytes of a file say it is. */
export type FileMagic = 'gzip' | 'zip' | 'text' | 'binary';

/** Reads the first bytes of a file and names its container: gzip (1f 8b), zip (PK), text or binary. */
export async function fileMagic(path: string): Promise<FileMagic> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buffer, 0, 512, 0);
    return magicOf(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** The container of a file from its first bytes; see {@link fileMagic}. */
export function magicOf(head: Uint8Array): FileMagic {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  // Text files have no NUL bytes in their first few hundred bytes; UTF-16 and binaries do.
  return head.includes(0) ? 'binary' : 'text';
}

/** Called as bytes of the file (compressed bytes for gz) are read. */
export type BytesRead = (bytesRead: number, bytesTotal: number) => void;

/**
 * Lines of a text file, read as a stream in batches (one batch per chunk of up to 1 MB), so that
 * memory does not grow with the file. Gzip is recognised by its magic bytes and decompressed on
 * the fly; a UTF-8 byte-order mark is dropped; Windows line endings (CRLF) are read as LF.
 * Line numbers are 1-based: the first line of the file is line 1.
 */
export class LineReader {
  private readonly pending: string[][] = [];
  private iterator: AsyncIterator<string[]> | undefined;
  private started = false;
  private done = false;
  /** Lines handed out so far. */
  linesRead = 0;

  private constructor(
    readonly path: string,
    readonly magic: FileMagic,
    private readonly source: () => AsyncGenerator<string[]>,
  ) {}

  static async open(path: string, onBytes?: BytesRead): Promise<LineReader> {
    const magic = await fileMagic(path);
    const { size } = await stat(path);
    return new LineReader(path, magic, () => readLineBatches(path, magic, size, onBytes));
  }

  /** The first lines of the file (at least one chunk's worth, or the whole file if smaller). */
  async head(): Promise<readonly string[]> {
    if (this.pending.length === 0 && !this.done) {
      this.iterator ??= this.source()[Symbol.asyncIterator]();
      const first = await this.iterator.next();
      if (first.done) this.done = true;
      else this.pending.push(first.value);
    }
    return this.pending.flat();
  }

  /** Every line, in batches; can be iterated once. */
  async *batches(): AsyncGenerator<string[]> {
    if (this.started) throw new Error(`${this.path}: lines can be read only once`);
    this.started = true;
    for (const batch of this.pending.splice(0)) {
      this.linesRead += batch.length;
      yield batch;
    }
    if (this.done) return;
    this.iterator ??= this.source()[Symbol.asyncIterator]();
    for (;;) {
      const next = await this.iterator.next();
      if (next.done) return;
      this.linesRead += next.value.length;
      yield next.value;
    }
  }
}

async function* readLineBatches(
  path: string,
  magic: FileMagic,
  size: number,
  onBytes: BytesRead | undefined,
): AsyncGenerator<string[]> {
  const file = createReadStream(path, { highWaterMark: 1024 * 1024 });
  let bytes = 0;
  if (onBytes) {
    file.on('data', (chunk) => {
      bytes += chunk.length;
      onBytes(bytes, size);
    });
  }
  const stream: Readable =
    magic === 'gzip' ? file.pipe(createGunzip({ chunkSize: 256 * 1024 })) : file;
  if (magic === 'gzip') file.on('error', (error) => stream.destroy(error));
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let first = true;
  try {
    for await (const chunk of readChunks(stream)) {
      let text = rest + decoder.write(chunk);
      if (first && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i] as string;
        if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
      }
      if (lines.length > 0) yield lines;
    }
    rest += decoder.end();
    if (first && rest.charCodeAt(0) === 0xfeff) rest = rest.slice(1);
    if (rest.endsWith('\r')) rest = rest.slice(0, -1);
    if (rest.length > 0) yield [rest];
  } finally {
    file.destroy();
  }
}

/** A file that cannot be read to its end: a truncated or corrupt gzip stream. */
export class DamagedFileError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DamagedFileError';
  }
}

async function* readChunks(stream: Readable): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || code === 'Z_STREAM_ERROR') {
      throw new DamagedFileError(
        `the gzip stream is truncated or damaged (${(error as Error).message})`,
        { cause: error },
      );
    }
    throw error;
  }
}
