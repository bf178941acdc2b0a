import type { AreaGeometry } from './simplify-geometry.js';
import type { Position } from './simplify-line.js';

/** Signed area and area-weighted centre of a ring (shoelace formula, in degrees). */
function ringMoments(ring: readonly Position[]): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  return { area: area / 2, x, y };
}

/**
 * The point a region is drawn from on a flow map: the planar centroid (in longitude/latitude) of
 * its largest polygon, holes subtracted. The largest polygon, so that France is centred on the
 * mainland rather than pulled toward its overseas departments. Null for an empty geometry.
 *
 * @example
 * areaGeometryCentroid({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] });
 * // [1, 1]
 */
export function areaGeometryCentroid(geometry: AreaGeometry): Position | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: { area: number; x: number; y: number } | null = null;
  for (const polygon of polygons) {
    let area = 0;
    let x = 0;
    let y = 0;
    polygon.forEach((ring, i) => {
      const m = ringMoments(ring);
      // The outer ring counts positive and holes negative, whatever their winding.
      const sign = (i === 0 ? 1 : -1) * Math.sign(m.area);
      area += sign * m.area;
      x += sign * m.x;
      y += sign * m.y;
    });
    if (area > 0 && (!best || area > best.area)) best = { area, x, y };
  }
  return best ? [best.x / (6 * best.area), best.y / (6 * best.area)] : null;
}
