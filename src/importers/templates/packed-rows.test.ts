import { describe, expect, it } from 'vitest';
import type { Cell } from '../../storage/store.js';
import { RowPacker, packRows, unpackRows } from './packed-rows.js';

const unpacked = (packer: RowPacker) => {
  const rows: Cell[][] = [];
  const packed = packer.take();
  if (packed) unpackRows(packed, (values) => rows.push(values));
  return rows;
};

describe('packed rows', () => {
  it('give back the rows packed: strings (empty, non-Latin-1), numbers and nulls in their places', () => {
    const packer = new RowPacker(4);
    const rows: Cell[][] = [
      ['PIC999', 'Straße “Nord” 😀', 12.5, null],
      ['', 'x', 0, -3],
      [null, null, null, 'last'],
    ];
    for (const row of rows) packer.add(row);
    expect(packer.queued).toBe(3);
    expect(unpacked(packer)).toEqual(rows);
    expect(packer.queued).toBe(0);
  });

  it('pack a row to its width, as a writer writes it: missing values null, extra values left out', () => {
    const packer = new RowPacker(3);
    packer.add(['a']);
    packer.add(['b', 2, 'c', 'extra']);
    expect(unpacked(packer)).toEqual([
      ['a', null, null],
      ['b', 2, 'c'],
    ]);
  });

  it('grow as rows come, and pack a whole list at once the same', () => {
    const rows: Cell[][] = Array.from({ length: 500 }, (_, i) => [
      `id-${i}`,
      i % 3 ? i * 1.5 : null,
    ]);
    const packer = new RowPacker(2);
    for (const row of rows) packer.add(row);
    expect(unpacked(packer)).toEqual(rows);
    const whole: Cell[][] = [];
    unpackRows(packRows(2, rows)!, (values) => whole.push(values));
    expect(whole).toEqual(rows);
  });

  it('hand over nothing when no row was packed since the last time', () => {
    const packer = new RowPacker(2);
    expect(packer.take()).toBeNull();
    packer.add(['a', 1]);
    packer.take();
    expect(packer.take()).toBeNull();
  });
});
