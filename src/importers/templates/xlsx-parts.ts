import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { IMPORT_LIMITS, formatBytes } from '../limits.js';

/** What is wrong with a workbook's zip container: the part (or `(file)`) and why. */
export interface XlsxPartProblem {
  readonly part: string;
  readonly reason: string;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;

/**
 * Checks an XLSX workbook's parts before it is parsed: at most `maxXlsxParts` parts, and every
 * part decompressing to at most `maxXlsxPartBytes`. The parts are inflated and counted, not kept,
 * so a size the zip directory understates is found too, and a part stops being read at the limit
 * (1 GiB of whitespace in a sheet is refused after the first 100 MiB, in a fraction of a second).
 * Returns null when the workbook is within the limits.
 */
export async function xlsxPartProblem(file: string): Promise<XlsxPartProblem | null> {
  const handle = await open(file, 'r');
  let entries: { name: string; method: number; size: number; compressed: number; at: number }[];
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd === -1) return { part: '(file)', reason: 'not a zip file: no central directory' };
    const count = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryAt = tail.readUInt32LE(eocd + 16);
    if (count > IMPORT_LIMITS.maxXlsxParts)
      return {
        part: '(file)',
        reason: `${count} parts, more than the limit of ${IMPORT_LIMITS.maxXlsxParts} for a workbook`,
      };
    if (directorySize > MAX_DIRECTORY_BYTES || directoryAt + directorySize > size)
      return { part: '(file)', reason: 'the zip directory is damaged or too large' };
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryAt);
    entries = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL)
        return { part: '(file)', reason: 'the zip directory is damaged' };
      const nameLength = directory.readUInt16LE(p + 28);
      const entry = {
        name: directory.toString('utf8', p + 46, p + 46 + nameLength),
        method: directory.readUInt16LE(p + 10),
        compressed: directory.readUInt32LE(p + 20),
        size: directory.readUInt32LE(p + 24),
        at: directory.readUInt32LE(p + 42),
      };
      entries.push(entry);
      p += 46 + nameLength + directory.readUInt16LE(p + 30) + directory.readUInt16LE(p + 32);
    }
    for (const entry of entries) {
      const local = Buffer.alloc(30);
      await handle.read(local, 0, 30, entry.at);
      if (local.readUInt32LE(0) !== LOCAL)
        return { part: entry.name, reason: 'the zip entry is damaged' };
      entry.at += 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    }
  } finally {
    await handle.close();
  }
  const limit = IMPORT_LIMITS.maxXlsxPartBytes;
  const tooLarge = (name: string) => ({
    part: name,
    reason: `decompresses to more than ${formatBytes(limit)}, the limit for one part of a workbook`,
  });
  for (const entry of entries) {
    if (entry.size > limit) return tooLarge(entry.name);
    if (entry.compressed === 0) continue;
    if (entry.method === 0) {
      if (entry.compressed > limit) return tooLarge(entry.name);
      continue;
    }
    if (entry.method !== 8)
      return { part: entry.name, reason: `compression method ${entry.method} is not read` };
    const inflated = await inflatedSize(file, entry.at, entry.compressed, limit);
    if (inflated === 'damaged') return { part: entry.name, reason: 'the zip entry is damaged' };
    if (inflated > limit) return tooLarge(entry.name);
  }
  return null;
}

/** Bytes a deflated entry inflates to, counted up to just past `limit`. */
function inflatedSize(
  file: string,
  start: number,
  length: number,
  limit: number,
): Promise<number | 'damaged'> {
  return new Promise((resolve) => {
    const source = createReadStream(file, { start, end: start + length - 1 });
    const inflate = createInflateRaw();
    let out = 0;
    const finish = (result: number | 'damaged') => {
      source.destroy();
      inflate.destroy();
      resolve(result);
    };
    inflate.on('data', (chunk: Buffer) => {
      out += chunk.length;
      if (out > limit) finish(out);
    });
    inflate.on('end', () => finish(out));
    inflate.on('error', () => finish('damaged'));
    source.on('error', () => finish('damaged'));
    source.pipe(inflate);
  });
}
