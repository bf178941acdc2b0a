import { describe, expect, it } from 'vitest';
import { squareRing } from '../../../test/support/square-ring.js';
import { simplifyGeometry } from './simplify-geometry.js';
import { simplifyLine } from './simplify-line.js';

describe('simplifyLine', () => {
  // A unit square with a bump on its top edge, and the square the bump leaves when it is dropped.
  const square = squareRing(0, 0, 1);
  const ring = [...square.slice(0, 3), [0.5, 1.0001] as [number, number], ...square.slice(3)];

  it('never reduces a line below four points, even when every inner point is within the tolerance', () => {
    // (1, 0.001) lies 0.001 from the segment (0,0)-(2,0); below a tolerance of 0.01.
    const line = [
      [0, 0],
      [1, 0.001],
      [1.5, 0.002],
      [1.8, 0.001],
      [2, 0],
    ] as const;
    expect(simplifyLine(line, 0.01)).toEqual(line.slice());
  });

  it('keeps a point farther from the line than the tolerance', () => {
    // (0.5, 1.0001) is 0.0001 off the edge (1,1)-(0,1): dropped at 0.01, kept at 0.00001.
    expect(simplifyLine(ring, 0.01)).toEqual(square);
    expect(simplifyLine(ring, 0.00001)).toHaveLength(6);
  });

  it('keeps rings closed and rounds coordinates in a geometry', () => {
    const out = simplifyGeometry({ type: 'Polygon', coordinates: [ring] }, 0.01, 1);
    expect(out).toEqual({ type: 'Polygon', coordinates: [square] });
  });
});
