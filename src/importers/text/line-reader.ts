import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { formatBytes } from '../limits.js';
import { TextDecoding, type InvalidText, type TextEncodingName } from './text-decoding.js';

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

/** Limits a reader holds a file to (see `src/importers/limits.ts`); none when absent. */
export interface ReadLimits {
  readonly maxLineChars: number;
  readonly maxDocumentChars: number;
  readonly maxDecompressedBytes: number;
  readonly maxCompressionRatio: number;
  readonly ratioFloorBytes: number;
}

export interface LineReaderOptions {
  /** The text encoding (default UTF-8, decoded strictly). */
  readonly encoding?: TextEncodingName;
  readonly limits?: ReadLimits;
}

/**
 * Lines of a text file, read as a stream in batches (one batch per chunk of up to
 * {@link LINE_CHUNK_BYTES}), so that memory does not grow with the file. Gzip is recognised by
 * its magic bytes and decompressed on the fly; a UTF-8 byte-order mark is dropped; lines end with LF, CRLF or a bare CR. UTF-8 is
 * decoded strictly: a byte that is not UTF-8 stops the read with a {@link DamagedFileError}
 * naming its line and byte offset. With `limits`, a line longer than the limit (or, for a JSON
 * document, one whose first character is `{` or `[`, a document longer than its limit), or a gzip
 * stream that decompresses beyond its size or ratio limit, stops the read the same way.
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

  static async open(
    path: string,
    onBytes?: BytesRead,
    options: LineReaderOptions = {},
  ): Promise<LineReader> {
    const magic = await fileMagic(path);
    const { size } = await stat(path);
    return new LineReader(path, magic, () => readLineBatches(path, magic, size, onBytes, options));
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

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Bytes read from the file per chunk, and so per batch of lines. A batch's lines and the records
 * made of them live until the batch is written; 64 KB keeps them few enough to die young, where
 * 1 MB chunks kept several megabytes alive through each minor garbage collection (twice the
 * collector's time on the participations template than with 64 KB).
 */
export const LINE_CHUNK_BYTES = 64 * 1024;

/**
 * Bytes decoded at a time once the text has begun: the text of 32 KB is at most 64 KB as a
 * string (two bytes a character), and so is made in the young generation.
 */
const DECODE_BYTES = 32 * 1024;

/**
 * The text of a chunk, decoded `size` bytes at a time (a character cut between them is decoded
 * with the bytes after it); or, when a byte is not text, where, with the text decoded before it.
 */
function decodePieces(
  decoding: TextDecoding,
  chunk: Buffer,
  size: number,
): string[] | { invalid: InvalidText; before: string } {
  const pieces: string[] = [];
  for (let at = 0; at < chunk.length || at === 0; at += size) {
    const decoded = decoding.write(chunk.subarray(at, at + size));
    if (typeof decoded !== 'string') return { invalid: decoded, before: pieces.join('') };
    pieces.push(decoded);
  }
  return pieces;
}

async function* readLineBatches(
  path: string,
  magic: FileMagic,
  size: number,
  onBytes: BytesRead | undefined,
  options: LineReaderOptions,
): AsyncGenerator<string[]> {
  const file = createReadStream(path, { highWaterMark: LINE_CHUNK_BYTES });
  let bytes = 0;
  file.on('data', (chunk) => {
    bytes += chunk.length;
    onBytes?.(bytes, size);
  });
  const stream: Readable =
    magic === 'gzip' ? file.pipe(createGunzip({ chunkSize: LINE_CHUNK_BYTES })) : file;
  if (magic === 'gzip') file.on('error', (error) => stream.destroy(error));
  const decoding = new TextDecoding(options.encoding);
  const limits = options.limits;
  let maxLine = limits?.maxLineChars ?? Infinity;
  let document = false;
  let chars = 0;
  let decompressed = 0;
  let linesBefore = 0;
  let rest = '';
  let first = true;
  try {
    for await (const chunk of readChunks(stream)) {
      if (magic === 'gzip' && limits) {
        decompressed += chunk.length;
        checkDecompressed(decompressed, bytes, limits, linesBefore + 1);
      }
      // Once the text has begun, a chunk is decoded and split in pieces: the text of a whole
      // chunk with a character beyond Latin-1 is a string too large for the young generation.
      const pieces = decodePieces(decoding, chunk, first ? chunk.length : DECODE_BYTES);
      if (!Array.isArray(pieces))
        throw invalidText(pieces.invalid, linesBefore, rest + pieces.before);
      let lines: string[] = [];
      for (let p = 0; p < pieces.length; p++) {
        const decoded = pieces[p]!;
        let text = rest + decoded;
        if (first && text.trim().length > 0) {
          if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
          first = false;
          const opening = text.trimStart()[0];
          document = opening === '{' || opening === '[';
          if (document) maxLine = limits?.maxDocumentChars ?? Infinity;
        }
        if (p === 0) {
          for (const piece of pieces) chars += piece.length;
          if (document && limits && chars > limits.maxDocumentChars)
            throw tooLong(linesBefore + 1, 'document', limits.maxDocumentChars);
        }
        const holdCr = text.endsWith('\r');
        const body = holdCr ? text.slice(0, -1) : text;
        const found = body.includes('\r') ? body.split(LINE_BREAK) : body.split('\n');
        rest = (found.pop() ?? '') + (holdCr ? '\r' : '');
        const before = linesBefore + lines.length;
        for (let i = 0; i < found.length; i++) {
          if ((found[i] as string).length > maxLine)
            throw tooLong(before + i + 1, document ? 'document' : 'line', maxLine);
        }
        if (rest.length > maxLine)
          throw tooLong(before + found.length + 1, document ? 'document' : 'line', maxLine);
        lines = lines.length === 0 ? found : lines.concat(found);
      }
      linesBefore += lines.length;
      if (lines.length > 0) yield lines;
    }
    const last = decoding.end();
    if (typeof last !== 'string') throw invalidText(last, linesBefore, rest);
    if (first && rest.charCodeAt(0) === 0xfeff) rest = rest.slice(1);
    if (rest.endsWith('\r')) rest = rest.slice(0, -1);
    if (rest.length > 0) yield [rest];
  } finally {
    file.destroy();
  }
}

function checkDecompressed(out: number, read: number, limits: ReadLimits, line: number): void {
  if (out > limits.maxDecompressedBytes)
    throw new DamagedFileError(
      `the gzip stream decompresses to more than ${formatBytes(limits.maxDecompressedBytes)}, the limit for one file`,
      { line, field: '(file)' },
    );
  if (out > limits.ratioFloorBytes && out > read * limits.maxCompressionRatio)
    throw new DamagedFileError(
      `the gzip stream decompresses to more than ${limits.maxCompressionRatio} times its compressed size (${formatBytes(out)} from ${formatBytes(read)} so far), the limit that keeps out compression bombs`,
      { line, field: '(file)' },
    );
}

function tooLong(line: number, what: 'line' | 'document', limit: number): DamagedFileError {
  return new DamagedFileError(
    what === 'line'
      ? `the line is longer than ${limit.toLocaleString('en-GB')} characters, the limit for one line (is it a text file with line breaks?)`
      : `the JSON document is longer than ${limit.toLocaleString('en-GB')} characters, the limit for a file that is read whole`,
    { line, field: '(file)' },
  );
}

function invalidText(bad: InvalidText, linesBefore: number, rest: string): DamagedFileError {
  const breaks = (rest + bad.before).split(LINE_BREAK).length - 1;
  return new DamagedFileError(
    `not UTF-8 at byte ${bad.offset.toLocaleString('en-GB')}: ${bad.reason}; save the file as UTF-8, or name its encoding with --encoding latin1 or --encoding windows-1252`,
    { line: linesBefore + breaks + 1, field: '(encoding)' },
  );
}

/**
 * A file that cannot be read to its end: a truncated or corrupt gzip stream, bytes that are not
 * text in the file's encoding, or a limit passed. `line` and `field` say where, when known.
 */
export class DamagedFileError extends Error {
  readonly line: number | undefined;
  readonly field: string | undefined;

  constructor(message: string, options?: { cause?: unknown; line?: number; field?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DamagedFileError';
    this.line = options?.line;
    this.field = options?.field;
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
