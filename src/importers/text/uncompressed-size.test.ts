import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { uncompressedSize } from './uncompressed-size.js';

describe('the decompressed size of a file', () => {
  const text = 'geo\\time\t2020\n'.repeat(5_000);

  it('is the size of a plain file', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'size-')), 'plain.tsv');
    await writeFile(file, text);
    expect(await uncompressedSize(file)).toBe(Buffer.byteLength(text));
  });

  it('is the size the gzip trailer records for a gzip file, whatever its name', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'size-')), 'packed.tsv');
    const packed = gzipSync(text);
    await writeFile(file, packed);
    expect(packed.length).toBeLessThan(Buffer.byteLength(text) / 10);
    expect(await uncompressedSize(file)).toBe(Buffer.byteLength(text));
  });
});
