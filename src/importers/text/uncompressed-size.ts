import { open } from 'node:fs/promises';
import { fileMagic } from './line-reader.js';

/**
 * The number of bytes a file holds once decompressed: its size, or for gzip the size its trailer
 * records (the last four bytes: the length modulo 2^32, exact for files under 4 GB). Used to
 * weigh files against each other when estimating the time an import has left.
 */
export async function uncompressedSize(path: string): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size < 18 || (await fileMagic(path)) !== 'gzip') return size;
    const trailer = Buffer.alloc(4);
    await handle.read(trailer, 0, 4, size - 4);
    return Math.max(size, trailer.readUInt32LE(0));
  } finally {
    await handle.close();
  }
}
