import { describe, expect, it } from 'vitest';
import {
  relativePerformanceGroup,
  type PerformanceBand,
  type PerformanceGroup,
} from './relative-performance-group.js';

const extremes = { lowest: 40, highest: 160 };

/** Expects each score, between the extremes above, in `group` with the band it is paired with. */
function expectBands(group: PerformanceGroup, bands: Readonly<Record<number, PerformanceBand>>) {
  for (const [score, band] of Object.entries(bands)) {
    expect(relativePerformanceGroup(Number(score), extremes), `score ${score}`).toEqual({
      group,
      band,
    });
  }
}

describe('relativePerformanceGroup', () => {
  it('puts a score above 125 among the leaders, banded up to the highest region', () => {
    // leader 125..160: thirds of 11.67 start at 136.67 and 148.33
    expectBands('leader', { 130: '-', 140: 'plain', 160: '+' });
  });

  it('puts 100 to 125 among the strong, 125 itself included', () => {
    // strong 100..125: thirds of 8.33 start at 108.33 and 116.67
    expectBands('strong', { 125: '+', 110: 'plain', 100: '-' });
  });

  it('puts 70 up to 100 among the moderate', () => {
    // moderate 70..100: thirds start at 80 and 90; a lower edge belongs to its band
    expectBands('moderate', { 99.9: '+', 90: '+', 80: 'plain', 70: '-' });
  });

  it('puts a score below 70 among the emerging, banded down to the lowest region', () => {
    // emerging 40..70: thirds of 10 start at 50 and 60
    expectBands('emerging', { 65: '+', 55: 'plain', 40: '-' });
  });

  it('takes the thresholds as parameters', () => {
    const thresholds = { leader: 150, strong: 110, moderate: 50 };
    expect(relativePerformanceGroup(140, extremes, thresholds).group).toBe('strong');
    expect(relativePerformanceGroup(60, extremes, thresholds).group).toBe('moderate');
  });
});
