import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LineReader, magicOf } from './line-reader.js';

async function lines(
  content: string | Buffer,
  name = 'f.txt',
): Promise<{ reader: LineReader; lines: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'lines-'));
  const path = join(dir, name);
  await writeFile(path, content);
  const reader = await LineReader.open(path);
  const out: string[] = [];
  for await (const batch of reader.batches()) out.push(...batch);
  return { reader, lines: out };
}

describe('LineReader', () => {
  it('drops a byte-order mark and reads CRLF as LF', async () => {
    expect((await lines('\uFEFFa;b\r\nc;d\r\n')).lines).toEqual(['a;b', 'c;d']);
  });

  it('keeps a last line without a line ending', async () => {
    expect((await lines('a\nb')).lines).toEqual(['a', 'b']);
  });

  it('recognises gzip by its magic bytes, whatever the name', async () => {
    const { reader, lines: l } = await lines(gzipSync('x\ny\n'), 'not-named-gz.csv');
    expect(reader.magic).toBe('gzip');
    expect(l).toEqual(['x', 'y']);
  });

  it('gives the head without losing it for the full read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lines-'));
    const path = join(dir, 'f.txt');
    await writeFile(path, 'h\n1\n2\n');
    const reader = await LineReader.open(path);
    expect(await reader.head()).toEqual(['h', '1', '2']);
    const all: string[] = [];
    for await (const batch of reader.batches()) all.push(...batch);
    expect(all).toEqual(['h', '1', '2']);
    expect(reader.linesRead).toBe(3);
  });

  it('reads long files in batches, splitting lines across chunks correctly', async () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `line ${i} ${'x'.repeat(i % 17)}`).join(
      '\n',
    );
    const { lines: l } = await lines(text);
    expect(l).toHaveLength(50_000);
    expect(l[49_999]).toBe(`line 49999 ${'x'.repeat(49_999 % 17)}`);
  });

  it('names containers by their magic bytes', () => {
    expect(magicOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('zip');
    expect(magicOf(Buffer.from('a,b\n'))).toBe('text');
    expect(magicOf(Buffer.from([0x61, 0, 0x62]))).toBe('binary');
  });
});
