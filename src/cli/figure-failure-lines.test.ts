import { describe, expect, it } from 'vitest';
import { figureFailureLines } from './figure-failure-lines.js';

describe('figureFailureLines', () => {
  it('says a reason shared by many regions once, naming the first regions and counting the rest', () => {
    const codes = [
      'NL',
      'NL1',
      'NL11',
      'NL111',
      'NL112',
      'NL113',
      'NL12',
      'NL124',
      'NL125',
      'NL13',
    ];
    const failed = codes.map((c) => ({ figure: `index ${c}`, reason: 'unknown indicator(s) x' }));
    expect(figureFailureLines(failed)).toEqual([
      '  not computed: index of 10 regions (NL, NL1, NL11, NL111, NL112, NL113, NL12, NL124 and 2 more): unknown indicator(s) x',
    ]);
  });

  it('keeps kinds and reasons apart, with the qualifier of the figure', () => {
    expect(
      figureFailureLines([
        { figure: 'links NL11 (nl)', reason: 'a' },
        { figure: 'links NL12 (nl)', reason: 'a' },
        { figure: 'links NL11', reason: 'a' },
        { figure: 'index NL11', reason: 'b' },
        { figure: 'index NL12', reason: 'c' },
      ]),
    ).toEqual([
      '  not computed: links (nl) of 2 regions (NL11, NL12): a',
      '  not computed: links NL11: a',
      '  not computed: index NL11: b',
      '  not computed: index NL12: c',
    ]);
  });

  it('gives a figure without a region code as it is', () => {
    expect(figureFailureLines([{ figure: 'next visit', reason: 'r' }])).toEqual([
      '  not computed: next visit: r',
    ]);
  });
});
