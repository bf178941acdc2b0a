/**
 * What is wrong with a GeoJSON geometry for a region, or null when nothing is: the type must be
 * Polygon, MultiPolygon or Point; every coordinate a pair of finite numbers, longitude within
 * -180..180 and latitude within -90..90 (WGS 84, as GISCO's EPSG:4326 files); every ring closed
 * (last position equal to the first) with at least four positions.
 *
 * @example
 * geometryProblem({ type: 'Polygon', coordinates: [[[6, 52], [7, 52], [7, 53], [6, 52]]] }); // null
 * geometryProblem({ type: 'Polygon', coordinates: [[[6, 52], [7, 52], [7, 53], [6, 53]]] });
 * // 'ring 1 of polygon 1 is not closed: it ends at [6,53], not at its first position [6,52]'
 */
export function geometryProblem(geometry: unknown): string | null {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (g === null || typeof g !== 'object') return 'missing';
  if (g.type === 'Point') return positionProblem(g.coordinates);
  if (g.type === 'Polygon') return polygonProblem(g.coordinates, 1);
  if (g.type === 'MultiPolygon') {
    if (!Array.isArray(g.coordinates) || g.coordinates.length === 0)
      return 'a MultiPolygon needs at least one polygon';
    for (const [i, polygon] of (g.coordinates as unknown[]).entries()) {
      const problem = polygonProblem(polygon, i + 1);
      if (problem) return problem;
    }
    return null;
  }
  return `type ${JSON.stringify(g.type)}: expected Polygon, MultiPolygon or Point`;
}

function polygonProblem(rings: unknown, polygon: number): string | null {
  if (!Array.isArray(rings) || rings.length === 0) return `polygon ${polygon} has no rings`;
  for (const [r, ring] of (rings as unknown[]).entries()) {
    const where = `ring ${r + 1} of polygon ${polygon}`;
    if (!Array.isArray(ring) || ring.length < 4) return `${where} has fewer than four positions`;
    for (const position of ring as unknown[]) {
      const problem = positionProblem(position);
      if (problem) return `${where}: ${problem}`;
    }
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1])
      return `${where} is not closed: it ends at ${JSON.stringify(last)}, not at its first position ${JSON.stringify(first)}`;
  }
  return null;
}

function positionProblem(position: unknown): string | null {
  if (!Array.isArray(position) || position.length < 2)
    return `position ${JSON.stringify(position)} is not a coordinate pair`;
  const [x, y] = position as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
    return `position ${JSON.stringify(position)} is not numeric`;
  if (x < -180 || x > 180 || y < -90 || y > 90)
    return `position ${JSON.stringify(position)} lies outside longitude -180..180, latitude -90..90`;
  return null;
}
