/**
 * The keys of the rows read so far, to find a row that repeats an earlier one, in about 24 bytes
 * per distinct key whatever its length: a key is kept as a 64-bit hash (two independent 32-bit
 * hashes) with the line it was first seen on, side by side in one typed array (open addressing:
 * a look-up reads one place of memory). Two different keys share a 64-bit hash with a
 * probability of about n^2 / 2^65 (3 in 100 million for a million keys).
 */
export class SeenKeys {
  /**
   * Per slot: the key's two hashes and the line it was first seen on, 0 for an empty slot (lines
   * are 1-based).
   */
  private slots = new Uint32Array(1024 * SLOT);
  private count = 0;

  /** Distinct keys held. */
  get size(): number {
    return this.count;
  }

  /** The line `key` was first seen on, or undefined after recording it at `line` (>= 1). */
  firstLine(key: string, line: number): number | undefined {
    hashKey(key);
    return this.firstLineOfHash(line);
  }

  /**
   * As {@link firstLine} for the key made of `parts` joined by `separator` (one character),
   * without making that string.
   */
  firstLineOfParts(parts: readonly string[], separator: string, line: number): number | undefined {
    hashParts(parts, separator.charCodeAt(0));
    return this.firstLineOfHash(line);
  }

  /** As {@link firstLine} for the key whose hashes are in {@link HASH}. */
  private firstLineOfHash(line: number): number | undefined {
    const h = HASH[0]!;
    const l = HASH[1]!;
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    let at = (l & mask) * SLOT;
    for (;;) {
      const seen = slots[at + LINE]!;
      if (seen === 0) break;
      if (slots[at + HIGH] === h && slots[at + LOW] === l) return seen;
      at = at + SLOT === slots.length ? 0 : at + SLOT;
    }
    slots[at + HIGH] = h;
    slots[at + LOW] = l;
    slots[at + LINE] = line;
    if (++this.count * 2 * SLOT > slots.length) this.grow();
    return undefined;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Uint32Array(old.length * 2);
    const mask = slots.length / SLOT - 1;
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + LINE] === 0) continue;
      let at = (old[from + LOW]! & mask) * SLOT;
      while (slots[at + LINE] !== 0) at = at + SLOT === slots.length ? 0 : at + SLOT;
      slots[at + HIGH] = old[from + HIGH]!;
      slots[at + LOW] = old[from + LOW]!;
      slots[at + LINE] = old[from + LINE]!;
    }
    this.slots = slots;
  }
}

/** The numbers a slot holds, and where each is in it. */
const SLOT = 3;
const HIGH = 0;
const LOW = 1;
const LINE = 2;

/** The two hashes of the key last hashed: FNV-1a, then the multiply-xorshift hash. */
const HASH = new Uint32Array(2);

/** The one part of a key hashed whole. */
const WHOLE: string[] = [''];

function hashKey(key: string): void {
  WHOLE[0] = key;
  hashParts(WHOLE, 0);
}

/**
 * Hashes the UTF-16 code units of `parts` joined by the character `separator` into {@link HASH}:
 * FNV-1a and a multiply-xorshift hash (murmur3's finaliser), the second started from the length.
 */
function hashParts(parts: readonly string[], separator: number): void {
  let length = parts.length - 1;
  for (let p = 0; p < parts.length; p++) length += parts[p]!.length;
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ length;
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) {
      a = Math.imul(a ^ separator, 0x01000193);
      b = Math.imul(b ^ separator, 0x5bd1e995);
      b ^= b >>> 15;
    }
    const part = parts[p]!;
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
  }
  b ^= b >>> 13;
  b = Math.imul(b, 0xc2b2ae35);
  b ^= b >>> 16;
  HASH[0] = a;
  HASH[1] = b;
}
