/** Strict UTF-8; a byte-order mark is kept (the line reader drops it). */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The encodings a text file can be read in: UTF-8 (the default), or one named with `--encoding`. */
export const TEXT_ENCODINGS = ['utf-8', 'latin1', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** Where a file's bytes stop being text in its encoding: the byte offset (0-based) and why. */
export interface InvalidText {
  readonly offset: number;
  readonly reason: string;
  /** The text of the chunk before the invalid byte (to count its lines). */
  readonly before: string;
}

/**
 * Decodes a byte stream chunk by chunk. UTF-8 is decoded strictly: a byte that is not valid
 * UTF-8 (a Latin-1 `â`, a truncated sequence, an overlong form, a surrogate) is reported with
 * its offset in the stream instead of becoming U+FFFD. Latin-1 (ISO-8859-1) and Windows-1252
 * are single-byte encodings in which every byte is a character.
 */
export class TextDecoding {
  private carry: Buffer = Buffer.alloc(0);
  private offset = 0;
  private readonly single: ((bytes: Buffer) => string) | undefined;

  constructor(readonly encoding: TextEncodingName = 'utf-8') {
    if (encoding === 'latin1') this.single = (bytes) => bytes.toString('latin1');
    else if (encoding === 'windows-1252') this.single = windows1252;
  }

  /** The text of the next chunk, or where it stops being valid text. */
  write(chunk: Buffer): string | InvalidText {
    if (this.single) {
      this.offset += chunk.length;
      return this.single(chunk);
    }
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = completeEnd(bytes);
    const complete = bytes.subarray(0, end);
    let text: string;
    try {
      // Checks and decodes in one pass; a byte that is not UTF-8 throws.
      text = STRICT_UTF8.decode(complete);
    } catch {
      const bad = firstInvalidUtf8(complete);
      return {
        offset: this.offset + bad.offset,
        reason: bad.reason,
        before: complete.subarray(0, bad.offset).toString('utf8'),
      };
    }
    this.carry = Buffer.from(bytes.subarray(end));
    this.offset += end;
    return text;
  }

  /** The end of the stream: bytes left of an unfinished sequence are invalid. */
  end(): '' | InvalidText {
    if (this.carry.length === 0) return '';
    return {
      offset: this.offset,
      reason: `the file ends inside a UTF-8 character (byte 0x${hex(this.carry[0]!)})`,
      before: '',
    };
  }
}

/** The end of the complete UTF-8 sequences in `bytes` (a sequence cut at the end stays out). */
function completeEnd(bytes: Buffer): number {
  const n = bytes.length;
  for (let i = n - 1; i >= 0 && i >= n - 3; i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0xc0) return n;
    const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return n - i < needed ? i : n;
  }
  return n;
}

/** The first byte of `bytes` that is not valid UTF-8, and why (bytes is known to hold one). */
export function firstInvalidUtf8(bytes: Uint8Array): Omit<InvalidText, 'before'> {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [needed, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [needed, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [needed, min] = [3, 0x10000];
    else return { offset: i, reason: `byte 0x${hex(b)} cannot start a UTF-8 character` };
    let cp = b & (0x3f >> needed);
    for (let k = 1; k <= needed; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80)
        return {
          offset: i,
          reason: `byte 0x${hex(b)} starts a UTF-8 character that is not complete`,
        };
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
      return { offset: i, reason: `bytes from 0x${hex(b)} are not a valid UTF-8 character` };
    i += needed + 1;
  }
  return { offset: n, reason: 'the text ends inside a UTF-8 character' };
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

/**
 * Windows-1252: Latin-1 except 0x80-0x9F, which hold € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™
 * š › œ ž Ÿ (the five unassigned bytes stay their C1 code points, as WHATWG decodes them).
 * Written out because Node's TextDecoder reads the label as plain Latin-1.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function windows1252(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  if (!/[\u0080-\u009f]/.test(text)) return text;
  return text.replace(/[\u0080-\u009f]/g, (c) =>
    String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]!),
  );
}
