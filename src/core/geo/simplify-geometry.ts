import { simplifyLine, type Position } from './simplify-line.js';

export interface PolygonGeometry {
  readonly type: 'Polygon';
  readonly coordinates: readonly (readonly Position[])[];
}
export interface MultiPolygonGeometry {
  readonly type: 'MultiPolygon';
  readonly coordinates: readonly (readonly (readonly Position[])[])[];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/**
 * Simplifies every ring of a (multi)polygon with `simplifyLine` and rounds coordinates to
 * `decimals` places, which keeps maps small for the browser.
 *
 * @example simplifyGeometry({ type: 'Polygon', coordinates: [ring] }, 0.01, 3)
 */
export function simplifyGeometry(
  geometry: AreaGeometry,
  tolerance: number,
  decimals = 4,
): AreaGeometry {
  const round = (p: Position): Position => [roundTo(p[0], decimals), roundTo(p[1], decimals)];
  const ring = (r: readonly Position[]) => simplifyLine(r, tolerance).map(round);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
    : {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)),
      };
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
