import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** The sizes of the statements that write `rows` rows, in order. */
function chunks(rows: number, most: number): number[] {
  const out: number[] = [];
  for (let left = rows; left > 0;) {
    const size = statementRows(left, most);
    out.push(size);
    left -= size;
  }
  return out;
}

describe('statementRows', () => {
  it('takes full statements while they fill, then a fifth of the size at a time', () => {
    expect(chunks(400, 200)).toEqual([200, 200]);
    expect(chunks(449, 200)).toEqual([200, 200, 40, 8, 1]);
    expect(chunks(199, 200)).toEqual([40, 40, 40, 40, 8, 8, 8, 8, ...Array(7).fill(1)]);
    expect(chunks(3, 200)).toEqual([1, 1, 1]);
  });

  it('never takes more rows than remain or than one statement holds, nor fewer than one', () => {
    for (const most of [1, 2, 7, 163, 200]) {
      for (let left = 1; left <= 1_000; left++) {
        const size = statementRows(left, most);
        expect(size).toBeGreaterThanOrEqual(1);
        expect(size).toBeLessThanOrEqual(Math.min(left, most));
      }
    }
  });
});
