import { geoArea } from 'd3-geo';
import type { RegionFeature } from '../api/types.js';

type Ring = GeoJSON.Position[];

/**
 * d3-geo reads polygons on the sphere, where a ring's direction decides which side is inside:
 * it wants exterior rings clockwise, while GeoJSON (RFC 7946) writes them anticlockwise. A polygon
 * that would cover more than half the globe is turned around, so either winding draws correctly.
 */
export function rewindFeature(feature: RegionFeature): RegionFeature {
  const geometry = feature.geometry;
  if (geometry.type === 'Polygon') {
    return {
      ...feature,
      geometry: { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) },
    };
  }
  if (geometry.type === 'MultiPolygon') {
    return {
      ...feature,
      geometry: { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) },
    };
  }
  return feature;
}

function rewindPolygon(rings: Ring[]): Ring[] {
  const area = geoArea({ type: 'Polygon', coordinates: rings });
  return area > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
}
