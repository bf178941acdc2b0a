import { describe, expect, it } from 'vitest';
import { FigureCache } from './figure-cache.js';

const figureOf = (size: number) => async () => ({ text: 'x'.repeat(size) });

describe('FigureCache', () => {
  it('keeps figures until their bytes pass the bound, then lets the oldest go', async () => {
    // Each figure's JSON is 10,011 characters: {"text":"…"} around 10,000 x's, 20,022 bytes.
    const cache = new FigureCache(null, 2000, 50_000);
    for (const key of ['a', 'b']) await cache.figure(key, 'f1', figureOf(10_000));
    expect(cache.bytes).toBe(2 * 20_022);
    await cache.figure('c', 'f1', figureOf(10_000));
    expect(cache.bytes).toBe(2 * 20_022);
    const computed = cache.computed;
    // 'b' and 'c' are held; 'a' went first and is computed again.
    await cache.figure('c', 'f1', figureOf(10_000));
    await cache.figure('b', 'f1', figureOf(10_000));
    expect(cache.computed).toBe(computed);
    await cache.figure('a', 'f1', figureOf(10_000));
    expect(cache.computed).toBe(computed + 1);
  });

  it('counts a figure once, and a recomputed one in place of the old', async () => {
    const cache = new FigureCache(null, 2000, 1_000_000);
    await cache.figure('a', 'f1', figureOf(100));
    await cache.figure('a', 'f1', figureOf(100));
    expect(cache.bytes).toBe(2 * 111);
    await cache.figure('a', 'f2', figureOf(200));
    expect(cache.bytes).toBe(2 * 211);
  });

  it('keeps no bytes for a computation that failed', async () => {
    const cache = new FigureCache(null, 2000, 1_000_000);
    await expect(
      cache.figure('a', 'f1', () => Promise.reject(new Error('no data'))),
    ).rejects.toThrow('no data');
    expect(cache.bytes).toBe(0);
    await cache.figure('a', 'f1', figureOf(100));
    expect(cache.bytes).toBe(2 * 111);
  });
});
