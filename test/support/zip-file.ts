import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One part of a zip file: its name and either its bytes or its deflated bytes and true size. */
export type ZipPart =
  | { readonly name: string; readonly data: Buffer }
  | {
      readonly name: string;
      readonly deflated: Buffer;
      readonly size: number;
      readonly crc: number;
    };

/** What a local header and its central directory header both say of one part. */
interface EntryFields {
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly nameLength: number;
}

/**
 * Writes the fields that a local header and a central directory header share, in the same order,
 * from "version needed to extract" at `at` on: version 2.0, no flags, deflate, no date, the CRC,
 * both sizes and the name's length.
 */
function writeEntryFields(header: Buffer, at: number, entry: EntryFields): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(8, at + 4);
  header.writeUInt32LE(entry.crc, at + 10);
  header.writeUInt32LE(entry.compressed, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
  header.writeUInt16LE(entry.nameLength, at + 22);
}

/**
 * A zip file (deflate, no zip64) from its parts: local headers, data, central directory, end
 * record. Enough for XLSX containers built by hand in tests, including hostile ones.
 */
export function zipFile(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const deflated = 'data' in part ? deflateRawSync(part.data) : part.deflated;
    const size = 'data' in part ? part.data.length : part.size;
    const crc = 'data' in part ? crc32(part.data) : part.crc;
    const entry = { crc, compressed: deflated.length, size, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, entry);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    writeEntryFields(central, 6, entry);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated);
    centrals.push(central, name);
    offset += 30 + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * `mebibytes` MiB of one repeated byte as a raw deflate stream, built from one compressed MiB
 * repeated (independently compressed blocks joined by sync flushes are one valid stream), so
 * that a 1 GiB part costs about a megabyte and no gigabyte of memory to make.
 */
export function deflatedRepeat(byte: number, mebibytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, byte), {
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  const blocks = new Array<Buffer>(mebibytes).fill(block);
  return Buffer.concat([...blocks, Buffer.from([0x03, 0x00])]);
}
