import { describe, expect, it } from 'vitest';
import { geometryProblem } from './geometry-problem.js';
import { topojsonFeatures, type Topology } from './topojson-features.js';

// Two 1-degree squares side by side sharing the arc at longitude 6 (arc 1), quantised with scale 0.5.
const topology: Topology = {
  type: 'Topology',
  transform: { scale: [0.5, 0.5], translate: [5, 50] },
  arcs: [
    // (6,50) -> (5,50) -> (5,51) -> (6,51), delta-encoded in quantised units
    [
      [2, 0],
      [-2, 0],
      [0, 2],
      [2, 0],
    ],
    // (6,51) -> (6,50)
    [
      [2, 2],
      [0, -2],
    ],
    // (6,50) -> (7,50) -> (7,51) -> (6,51)
    [
      [2, 0],
      [2, 0],
      [0, 2],
      [-2, 0],
    ],
  ],
  objects: {
    layer: {
      geometries: [
        { type: 'Polygon', id: 'A', properties: { statcode: 'A' }, arcs: [[0, 1]] },
        { type: 'MultiPolygon', id: 'B', arcs: [[[-2, -3]]] },
        { type: 'LineString', id: 'C', arcs: [0] },
      ],
    },
  },
};

describe('topojsonFeatures', () => {
  it('joins shared arcs into closed rings, decoding quantised deltas', () => {
    const [a, b] = topojsonFeatures(topology, 'layer');
    expect(a).toEqual({
      id: 'A',
      properties: { statcode: 'A' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [6, 50],
            [5, 50],
            [5, 51],
            [6, 51],
            [6, 50],
          ],
        ],
      },
    });
    // Arc 1 reversed (~1 = -2), then arc 2 reversed (~2 = -3): the right square.
    expect(b!.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [6, 50],
            [6, 51],
            [7, 51],
            [7, 50],
            [6, 50],
          ],
        ],
      ],
    });
    expect(geometryProblem(a!.geometry)).toBeNull();
    expect(geometryProblem(b!.geometry)).toBeNull();
  });

  it('gives no geometry for a type a region cannot have', () => {
    expect(topojsonFeatures(topology, 'layer')[2]!.geometry).toBeNull();
  });

  it('gives no features for an object the topology does not hold', () => {
    expect(topojsonFeatures(topology, 'other')).toEqual([]);
  });
});

describe('geometryProblem', () => {
  const square = [
    [6, 52],
    [7, 52],
    [7, 53],
    [6, 52],
  ];
  it('accepts a closed polygon, a multipolygon and a label point', () => {
    expect(geometryProblem({ type: 'Polygon', coordinates: [square] })).toBeNull();
    expect(geometryProblem({ type: 'MultiPolygon', coordinates: [[square], [square]] })).toBeNull();
    expect(geometryProblem({ type: 'Point', coordinates: [6.9, 52.2] })).toBeNull();
  });

  it('names an open ring, a text coordinate, a position out of range and a wrong type', () => {
    expect(
      geometryProblem({ type: 'Polygon', coordinates: [[...square.slice(0, 3), [6, 53]]] }),
    ).toMatch(/ring 1 of polygon 1 is not closed/);
    expect(
      geometryProblem({ type: 'Polygon', coordinates: [[['6', 52], ...square.slice(1)]] }),
    ).toMatch(/not numeric/);
    expect(geometryProblem({ type: 'Point', coordinates: [652000, 52] })).toMatch(
      /outside longitude/,
    );
    expect(geometryProblem({ type: 'LineString', coordinates: square })).toMatch(
      /expected Polygon, MultiPolygon or Point/,
    );
    expect(geometryProblem(null)).toBe('missing');
  });
});
