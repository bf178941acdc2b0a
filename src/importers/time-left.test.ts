import { describe, expect, it } from 'vitest';
import { formatPosition, formatSeconds, secondsLeft } from './time-left.js';

describe('time left of a data directory load', () => {
  it('estimates from the pace so far: time per byte done times the bytes left', () => {
    expect(secondsLeft(10, 250, 1000)).toBe(30);
    expect(secondsLeft(4, 800, 1000)).toBeCloseTo(1, 10);
  });

  it('says nothing before the pace is known, and 0 when everything is done', () => {
    expect(secondsLeft(3, 0, 1000)).toBeNull();
    expect(secondsLeft(0.2, 500, 1000)).toBeNull();
    expect(secondsLeft(12, 1000, 1000)).toBe(0);
  });

  it('prints the place among the files with the time left', () => {
    const at = { file: 3, files: 30, done: 1, total: 2, elapsed: 1, fileSeconds: 1 };
    expect(formatPosition({ ...at, secondsLeft: null })).toBe('[3/30]');
    expect(formatPosition({ ...at, secondsLeft: 12.4 })).toBe('[3/30, about 12 s left]');
    expect(formatPosition({ ...at, secondsLeft: 65 })).toBe('[3/30, about 1 min 5 s left]');
    expect(formatPosition({ ...at, file: 30, secondsLeft: 0 })).toBe('[30/30, done]');
    expect(formatSeconds(0.2)).toBe('1 s');
  });
});
