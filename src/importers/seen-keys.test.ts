import { describe, expect, it } from 'vitest';
import { SeenKeys } from './seen-keys.js';

describe('SeenKeys', () => {
  it('tells the first line of a repeated key among many, across growth', () => {
    const seen = new SeenKeys();
    for (let i = 0; i < 200_000; i++) expect(seen.firstLine(`ORG-${i}`, i + 2)).toBeUndefined();
    expect(seen.size).toBe(200_000);
    expect(seen.firstLine('ORG-0', 300_000)).toBe(2);
    expect(seen.firstLine('ORG-199999', 300_001)).toBe(200_001);
    expect(seen.firstLine('ORG-200000', 300_002)).toBeUndefined();
    expect(seen.firstLine('', 300_003)).toBeUndefined();
    expect(seen.firstLine('', 300_004)).toBe(300_003);
  });
});
