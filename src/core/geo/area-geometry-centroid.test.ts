import { describe, expect, it } from 'vitest';
import { squareRing as square } from '../../../test/support/square-ring.js';
import { areaGeometryCentroid } from './area-geometry-centroid.js';

describe('areaGeometryCentroid', () => {
  it('is the centre of a square, whichever way its ring winds', () => {
    expect(areaGeometryCentroid({ type: 'Polygon', coordinates: [square(0, 0, 2)] })).toEqual([
      1, 1,
    ]);
    expect(
      areaGeometryCentroid({ type: 'Polygon', coordinates: [[...square(0, 0, 2)].reverse()] }),
    ).toEqual([1, 1]);
  });

  it('takes the largest polygon of a multipolygon, so overseas islands do not pull it away', () => {
    const c = areaGeometryCentroid({
      type: 'MultiPolygon',
      coordinates: [[square(-60, 10, 1)], [square(0, 40, 4)]],
    });
    expect(c).toEqual([2, 42]);
  });

  it('subtracts holes', () => {
    // a 4x4 square with a 2x2 hole in its right half: the centre moves left
    const c = areaGeometryCentroid({
      type: 'Polygon',
      coordinates: [square(0, 0, 4), square(2, 1, 2)],
    })!;
    expect(c[0]).toBeCloseTo((16 * 2 - 4 * 3) / 12, 12);
    expect(c[1]).toBeCloseTo(2, 12);
  });

  it('is null for a geometry without area', () => {
    expect(areaGeometryCentroid({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
  });
});
