import { describe, expect, it } from 'vitest';
import { scrollCueSides } from './scroll-cue-sides.js';

describe('scrollCueSides', () => {
  it('has no side when the content fits, or is wider by a pixel of rounding', () => {
    expect(scrollCueSides(0, 328, 328)).toBe('');
    expect(scrollCueSides(0, 329, 328)).toBe('');
    expect(scrollCueSides(0, 200, 328)).toBe('');
  });

  it('has the end at the start, both in between and the start at the end', () => {
    expect(scrollCueSides(0, 751, 328)).toBe('end');
    expect(scrollCueSides(200, 751, 328)).toBe('start end');
    expect(scrollCueSides(423, 751, 328)).toBe('start');
    expect(scrollCueSides(422.5, 751, 328)).toBe('start');
  });

  it('counts a right-to-left scroll position from the start edge', () => {
    expect(scrollCueSides(-423, 751, 328)).toBe('start');
  });
});
