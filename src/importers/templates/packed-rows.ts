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

/** Packs rows of `width` values as they come; {@link take} hands over those packed so far. */
export class RowPacker {
  private kinds: number[] = [];
  private strings: string[] = [];
  private numbers: number[] = [];
  private rows = 0;

  constructor(readonly width: number) {}

  get queued(): number {
    return this.rows;
  }

  /** Packs a row; values past the width are left out and missing ones are null, as a writer does. */
  add(values: RowValues): void {
    for (let c = 0; c < this.width; c++) {
      const value = values[c];
      if (typeof value === 'string') {
        this.kinds.push(TEXT);
        this.strings.push(value);
      } else if (typeof value === 'number') {
        this.kinds.push(NUMBER);
        this.numbers.push(value);
      } else this.kinds.push(NULL);
    }
    this.rows++;
  }

  /** The rows packed since the last call, or null when none. */
  take(): PackedRows | null {
    if (this.rows === 0) return null;
    const ends = new Uint32Array(this.strings.length);
    let end = 0;
    for (let i = 0; i < this.strings.length; i++) ends[i] = end += this.strings[i]!.length;
    const packed: PackedRows = {
      rows: this.rows,
      width: this.width,
      kinds: Uint8Array.from(this.kinds),
      text: this.strings.join(''),
      ends,
      numbers: Float64Array.from(this.numbers),
    };
    this.kinds = [];
    this.strings = [];
    this.numbers = [];
    this.rows = 0;
    return packed;
  }
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
