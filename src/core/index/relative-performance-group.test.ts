import { describe, expect, it } from 'vitest';
import { relativePerformanceGroup } from './relative-performance-group.js';

const extremes = { lowest: 40, highest: 160 };

describe('relativePerformanceGroup', () => {
  it('puts a score above 125 among the leaders, banded up to the highest region', () => {
    // leader 125..160: thirds of 11.67 start at 136.67 and 148.33
    expect(relativePerformanceGroup(130, extremes)).toEqual({ group: 'leader', band: '-' });
    expect(relativePerformanceGroup(140, extremes)).toEqual({ group: 'leader', band: 'plain' });
    expect(relativePerformanceGroup(160, extremes)).toEqual({ group: 'leader', band: '+' });
  });

  it('puts 100 to 125 among the strong, 125 itself included', () => {
    // strong 100..125: thirds of 8.33 start at 108.33 and 116.67
    expect(relativePerformanceGroup(125, extremes)).toEqual({ group: 'strong', band: '+' });
    expect(relativePerformanceGroup(110, extremes)).toEqual({ group: 'strong', band: 'plain' });
    expect(relativePerformanceGroup(100, extremes)).toEqual({ group: 'strong', band: '-' });
  });

  it('puts 70 up to 100 among the moderate', () => {
    // moderate 70..100: thirds start at 80 and 90; a lower edge belongs to its band
    expect(relativePerformanceGroup(99.9, extremes)).toEqual({ group: 'moderate', band: '+' });
    expect(relativePerformanceGroup(90, extremes)).toEqual({ group: 'moderate', band: '+' });
    expect(relativePerformanceGroup(80, extremes)).toEqual({ group: 'moderate', band: 'plain' });
    expect(relativePerformanceGroup(70, extremes)).toEqual({ group: 'moderate', band: '-' });
  });

  it('puts a score below 70 among the emerging, banded down to the lowest region', () => {
    // emerging 40..70: thirds of 10 start at 50 and 60
    expect(relativePerformanceGroup(65, extremes)).toEqual({ group: 'emerging', band: '+' });
    expect(relativePerformanceGroup(55, extremes)).toEqual({ group: 'emerging', band: 'plain' });
    expect(relativePerformanceGroup(40, extremes)).toEqual({ group: 'emerging', band: '-' });
  });

  it('takes the thresholds as parameters', () => {
    const thresholds = { leader: 150, strong: 110, moderate: 50 };
    expect(relativePerformanceGroup(140, extremes, thresholds).group).toBe('strong');
    expect(relativePerformanceGroup(60, extremes, thresholds).group).toBe('moderate');
  });
});
