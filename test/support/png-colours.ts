import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/**
 * The number of distinct pixel values of a PNG (8 bits per channel, grey or RGB(A), not
 * interlaced, as pdftoppm writes them), counted up to `limit`. A blank page has one.
 */
export function pngDistinctColours(file: string, limit = 16): number {
  const png = readFileSync(file);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      const colourType = body[9];
      if (depth !== 8 || body[12] !== 0)
        throw new Error(`${file}: only 8-bit, non-interlaced PNGs`);
      channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colourType ?? -1] ?? 0;
      if (!channels) throw new Error(`${file}: colour type ${colourType} not supported`);
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const previous = Buffer.alloc(stride);
  const row = Buffer.alloc(stride);
  const seen = new Set<string>();
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    const filter = raw[start];
    for (let i = 0; i < stride; i++) {
      const x = raw[start + 1 + i]!;
      const a = i >= channels ? row[i - channels]! : 0;
      const b = previous[i]!;
      const c = i >= channels ? previous[i - channels]! : 0;
      let value: number;
      switch (filter) {
        case 1:
          value = x + a;
          break;
        case 2:
          value = x + b;
          break;
        case 3:
          value = x + ((a + b) >> 1);
          break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          value = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
          break;
        }
        default:
          value = x;
      }
      row[i] = value & 0xff;
    }
    for (let i = 0; i < stride; i += channels) {
      seen.add(row.subarray(i, i + channels).toString('hex'));
      if (seen.size >= limit) return seen.size;
    }
    row.copy(previous);
  }
  return seen.size;
}
