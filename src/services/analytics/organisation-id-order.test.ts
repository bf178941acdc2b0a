import { afterEach, describe, expect, it, vi } from 'vitest';
import { organisationIdOrder } from './organisation-id-order.js';

/** A string of `length` characters drawn from `alphabet`, by a seeded generator. */
function randomId(next: () => number, alphabet: string, length: number): string {
  let id = '';
  for (let i = 0; i < length; i++) id += alphabet[Math.floor(next() * alphabet.length)];
  return id;
}

describe('organisationIdOrder', () => {
  afterEach(() => vi.restoreAllMocks());

  it('orders ids as localeCompare does, plain ids and others alike', () => {
    let state = 1;
    const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const alphabets = ['0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789', 'aZ09-_ é'];
    for (let i = 0; i < 20000; i++) {
      const alphabet = alphabets[i % alphabets.length]!;
      const a = randomId(next, alphabet, Math.floor(next() * 6));
      const b = randomId(next, alphabet, Math.floor(next() * 6));
      expect(Math.sign(organisationIdOrder(a, b))).toBe(Math.sign(a.localeCompare(b)));
    }
    const pics = ['PIC999894528', 'PIC1000', 'PIC986152150', 'PIC99', 'NL00001', 'PIC999894528'];
    expect([...pics].sort(organisationIdOrder)).toEqual(
      [...pics].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('orders PIC ids without the collator', () => {
    const expected = 'pic-1'.localeCompare('PIC1');
    const compared = vi.spyOn(String.prototype, 'localeCompare');
    expect(organisationIdOrder('PIC999894528', 'PIC1000')).toBe(1);
    expect(organisationIdOrder('PIC1000', 'PIC1000')).toBe(0);
    expect(compared).not.toHaveBeenCalled();
    expect(organisationIdOrder('pic-1', 'PIC1')).toBe(expected);
    expect(compared).toHaveBeenCalledTimes(1);
  });
});
