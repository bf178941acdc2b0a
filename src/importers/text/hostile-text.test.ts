import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  DamagedFileError,
  LINE_CHUNK_BYTES,
  LineReader,
  type LineReaderOptions,
} from './line-reader.js';

const LIMITS = {
  maxLineChars: 1000,
  maxDocumentChars: 5000,
  maxDecompressedBytes: 1 << 30,
  maxCompressionRatio: 100,
  ratioFloorBytes: 64 * 1024,
};

async function read(content: string | Buffer, options: LineReaderOptions = {}): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'hostile-text-'));
  const path = join(dir, 'f.csv');
  await writeFile(path, content);
  const reader = await LineReader.open(path, undefined, options);
  const out: string[] = [];
  for await (const batch of reader.batches()) out.push(...batch);
  return out;
}

async function refusal(content: string | Buffer, options: LineReaderOptions = {}) {
  const error = await read(content, options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DamagedFileError);
  return error as DamagedFileError;
}

describe('LineReader on hostile text', () => {
  it('refuses Latin-1 bytes in a UTF-8 read, naming the line and the byte offset', async () => {
    const latin1 = Buffer.from('name;city\nFryslân Café;Leeuwarden\n', 'latin1');
    const error = await refusal(latin1);
    expect(error.line).toBe(2);
    expect(error.field).toBe('(encoding)');
    expect(error.message).toMatch(/^not UTF-8 at byte 15: byte 0xE2 .*--encoding latin1/);
  });

  it('decodes Latin-1 and Windows-1252 when asked', async () => {
    const latin1 = Buffer.from('Fryslân Café\n', 'latin1');
    expect(await read(latin1, { encoding: 'latin1' })).toEqual(['Fryslân Café']);
    const cp1252 = Buffer.from([0x80, 0x20, 0x93, 0x78, 0x94, 0x0a]);
    expect(await read(cp1252, { encoding: 'windows-1252' })).toEqual(['€ “x”']);
  });

  it('reads UTF-8 characters cut across chunk boundaries, and refuses a truncated last character', async () => {
    const text = `${'é'.repeat(700_000)}\n€\n`;
    expect(await read(text)).toEqual(['é'.repeat(700_000), '€']);
    const cut = Buffer.concat([Buffer.from('a\nb'), Buffer.from('€').subarray(0, 2)]);
    const error = await refusal(cut);
    expect([error.line, error.message]).toEqual([
      2,
      expect.stringMatching(/byte 3: the file ends inside a UTF-8 character/),
    ]);
  });

  it('refuses overlong forms and encoded surrogates', async () => {
    expect((await refusal(Buffer.from([0x61, 0xc0, 0xaf]))).message).toMatch(/byte 1/);
    expect((await refusal(Buffer.from([0x0a, 0xed, 0xa0, 0x80]))).line).toBe(2);
  });

  it('reads bare CR, LF and CRLF line endings alike, also when a CRLF is cut between chunks', async () => {
    expect(await read('a\rb\r\nc\nd\r')).toEqual(['a', 'b', 'c', 'd']);
    const first = 'x'.repeat(LINE_CHUNK_BYTES - 1);
    expect(await read(`${first}\r\nnext\r\n`)).toEqual([first, 'next']);
  });

  it('refuses a line longer than the limit before reading on', async () => {
    const error = await refusal(`h\nok\n${'x'.repeat(5000)}\n`, { limits: LIMITS });
    expect([error.line, error.message]).toEqual([
      3,
      expect.stringMatching(/longer than 1,000 characters/),
    ]);
  });

  it('holds a JSON document to the document limit instead of the line limit', async () => {
    const json = JSON.stringify({ value: 'x'.repeat(2000) });
    expect(await read(json, { limits: LIMITS })).toEqual([json]);
    const error = await refusal(JSON.stringify({ value: 'x'.repeat(9000) }), { limits: LIMITS });
    expect(error.message).toMatch(/JSON document is longer than 5,000 characters/);
  });

  it('refuses a gzip stream that inflates beyond the ratio limit (a compression bomb)', async () => {
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20));
    const error = await refusal(bomb, { limits: { ...LIMITS, maxLineChars: 1 << 30 } });
    expect(error.message).toMatch(/more than 100 times its compressed size/);
    const tooBig = await refusal(gzipSync('a\n'.repeat(100_000)), {
      limits: { ...LIMITS, maxDecompressedBytes: 100_000 },
    });
    expect(tooBig.message).toMatch(/decompresses to more than 100,000 bytes/);
  });
});
