import type { Cell, RowValues } from '../../storage/store.js';

/**
 * Rows of values of one width, packed to go from one thread to another at the cost of a few
 * copies of memory rather than of one object per cell: every string cell in one string (`text`,
 * with where each ends), every number in a Float64Array, and per cell what it holds. The typed
 * arrays' buffers can be transferred ({@link packedBuffers}).
 */
export interface PackedRows {
  readonly rows: number;
  readonly width: number;
  /** Per cell, row after row: {@link NULL}, {@link TEXT} or {@link NUMBER}. */
  readonly kinds: Uint8Array;
  readonly text: string;
  /** Where each string cell ends in `text` (the next begins there). */
  readonly ends: Uint32Array;
  readonly numbers: Float64Array;
}

const NULL = 0;
const TEXT = 1;
const NUMBER = 2;

/**
 * Packs rows of `width` values as they come; {@link take} hands over those packed so far. The
 * arrays grow by doubling; {@link packRows} packs a whole list at once.
 */
export class RowPacker {
  private kinds = new Uint8Array(64);
  private numbers = new Float64Array(16);
  private strings: string[] = [];
  private cells = 0;
  private numberCount = 0;
  private rows = 0;

  constructor(
    readonly width: number,
    expectedRows = 0,
  ) {
    if (expectedRows > 0) {
      this.kinds = new Uint8Array(expectedRows * width);
      this.numbers = new Float64Array(expectedRows * width);
    }
  }

  get queued(): number {
    return this.rows;
  }

  /** Packs a row; values past the width are left out and missing ones are null, as a writer does. */
  add(values: RowValues): void {
    const width = this.width;
    if (this.cells + width > this.kinds.length) this.kinds = grown(this.kinds, this.cells + width);
    if (this.numberCount + width > this.numbers.length)
      this.numbers = grown(this.numbers, this.numberCount + width);
    const kinds = this.kinds;
    for (let c = 0; c < width; c++) {
      const value = values[c];
      if (typeof value === 'string') {
        kinds[this.cells++] = TEXT;
        this.strings.push(value);
      } else if (typeof value === 'number') {
        kinds[this.cells++] = NUMBER;
        this.numbers[this.numberCount++] = value;
      } else kinds[this.cells++] = NULL;
    }
    this.rows++;
  }

  /** The rows packed since the last call, or null when none. */
  take(): PackedRows | null {
    if (this.rows === 0) return null;
    const strings = this.strings;
    const ends = new Uint32Array(strings.length);
    let end = 0;
    for (let i = 0; i < strings.length; i++) ends[i] = end += strings[i]!.length;
    const packed: PackedRows = {
      rows: this.rows,
      width: this.width,
      kinds: this.kinds.slice(0, this.cells),
      text: strings.join(''),
      ends,
      numbers: this.numbers.slice(0, this.numberCount),
    };
    this.strings = [];
    this.cells = 0;
    this.numberCount = 0;
    this.rows = 0;
    return packed;
  }
}

/** `rows` of `width` values, packed. */
export function packRows(width: number, rows: readonly RowValues[]): PackedRows | null {
  const packer = new RowPacker(width, rows.length);
  for (let r = 0; r < rows.length; r++) packer.add(rows[r]!);
  return packer.take();
}

/** A copy of `array`, at least `size` long (twice as long, or more). */
function grown<A extends Uint8Array | Float64Array>(array: A, size: number): A {
  const next = new (array.constructor as new (n: number) => A)(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/** The buffers of packed rows, to transfer rather than copy. */
export function packedBuffers(packed: PackedRows): ArrayBuffer[] {
  return [packed.kinds.buffer, packed.ends.buffer, packed.numbers.buffer] as ArrayBuffer[];
}

/** Hands each packed row to `each` as its values, in the order packed. */
export function unpackRows(packed: PackedRows, each: (values: Cell[]) => void): void {
  const { kinds, text, ends, numbers, width } = packed;
  let cell = 0;
  let string = 0;
  let number = 0;
  let at = 0;
  for (let r = 0; r < packed.rows; r++) {
    const values = new Array<Cell>(width);
    for (let c = 0; c < width; c++) {
      const kind = kinds[cell++];
      if (kind === TEXT) {
        const end = ends[string++]!;
        values[c] = text.slice(at, end);
        at = end;
      } else if (kind === NUMBER) values[c] = numbers[number++]!;
      else values[c] = null;
    }
    each(values);
  }
}
