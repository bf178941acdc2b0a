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

  it('takes a key given as parts joined by a separator as the joined key', () => {
    const seen = new SeenKeys();
    expect(seen.firstLineOfParts(['H2020-1', 'PIC9'], '|', 2)).toBeUndefined();
    expect(seen.firstLine('H2020-1|PIC9', 3)).toBe(2);
    expect(seen.firstLineOfParts(['H2020-1|PIC9'], '|', 4)).toBe(2);
    expect(seen.firstLineOfParts(['H2020-1', 'PIC9', ''], '|', 5)).toBeUndefined();
    expect(seen.firstLine('H2020-1|PIC9|', 6)).toBe(5);
    expect(seen.firstLineOfParts(['', ''], '|', 7)).toBeUndefined();
    expect(seen.firstLine('|', 8)).toBe(7);
  });
});
