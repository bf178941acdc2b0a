import { describe, expect, it } from 'vitest';
import { firstForbiddenValue, jsonTextDepth } from './input-guard.js';

describe('jsonTextDepth', () => {
  it('counts nesting of objects and arrays but not brackets inside strings', () => {
    expect(jsonTextDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonTextDepth('{"a":"[[[[{{{"}')).toBe(1);
    expect(jsonTextDepth('"\\"[["')).toBe(0);
    expect(jsonTextDepth('42')).toBe(0);
  });

  it('stops as soon as the limit is passed', () => {
    expect(jsonTextDepth('[[[[[[[[[[', 3)).toBe(4);
  });
});

describe('firstForbiddenValue', () => {
  it('finds a NUL character in a nested string or key, with its path', () => {
    expect(firstForbiddenValue({ a: [{ b: 'x\u0000' }] }, 'body')).toEqual({
      path: 'body/a/0/b',
      problem: 'contains a NUL character',
    });
    expect(firstForbiddenValue({ 'k\u0000': 1 }, 'body')?.problem).toBe('contains a NUL character');
  });

  it('finds numbers that are not finite and lets ordinary values through', () => {
    expect(firstForbiddenValue({ limit: Infinity }, 'querystring')?.path).toBe('querystring/limit');
    expect(firstForbiddenValue({ n: Number.NaN }, 'q')?.problem).toBe('is not a finite number');
    expect(firstForbiddenValue({ q: 'Fryslân', n: 3, ok: true, none: null }, 'q')).toBeNull();
  });
});
