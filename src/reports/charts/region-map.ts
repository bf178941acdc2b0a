import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { AreaGeometry } from '../../core/geo/simplify-geometry.js';
import { c, PALETTE, svgDocument, text, type SvgFrame } from './svg.js';
import { textWidth } from './text-width.js';

export interface MapArea {
  readonly code: string;
  readonly name: string;
  readonly geometry: AreaGeometry;
}

export interface RegionMapInput extends Omit<SvgFrame, 'height'> {
  readonly height: number;
  /** The region to highlight. */
  readonly region: MapArea;
  /** The regions around it (e.g. every region of the same level in the country), drawn light. */
  readonly context: readonly MapArea[];
  /** The region it lies in (e.g. its province), drawn as a thick outline. */
  readonly parent?: MapArea | null;
  /** Legend texts. */
  readonly legend: { readonly region: string; readonly context: string; readonly parent?: string };
}

type Ring = [number, number][];
export type Geo =
  { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

/**
 * d3-geo reads polygons on the sphere and wants exterior rings clockwise, while GeoJSON writes
 * them anticlockwise: a polygon that would cover more than half the globe is turned around.
 */
export function rewound(geometry: AreaGeometry): Geo {
  const polygon = (rings: readonly (readonly (readonly number[])[])[]): Ring[] => {
    const copy = rings.map((ring) => ring.map((p) => [p[0]!, p[1]!] as [number, number]));
    return geoArea({ type: 'Polygon', coordinates: copy }) > 2 * Math.PI
      ? copy.map((ring) => [...ring].reverse())
      : copy;
  };
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) };
}

const LEGEND = 46;

/**
 * A locator map: the region dark and named on the map, the surrounding regions light, and the
 * region it lies in outlined; Mercator fitted to everything drawn, with a legend in words.
 *
 * @example
 * regionMap({ id: 'map', title: 'Twente', description: '…', width: 300, height: 320,
 *   region: { code: 'NL213', name: 'Twente', geometry }, context: [...], parent: {...},
 *   legend: { region: 'Twente', context: 'Other COROP regions', parent: 'Overijssel' } });
 */
export function regionMap(input: RegionMapInput): string {
  const plotHeight = input.height - LEGEND;
  const all = [input.region, ...input.context, ...(input.parent ? [input.parent] : [])];
  const collection = {
    type: 'FeatureCollection' as const,
    features: all.map((a) => ({
      type: 'Feature' as const,
      properties: {},
      geometry: rewound(a.geometry),
    })),
  };
  const projection = geoMercator().fitExtent(
    [
      [6, 6],
      [input.width - 6, plotHeight - 6],
    ],
    collection,
  );
  const path = geoPath(projection).digits(1);
  const d = (area: MapArea) => path(rewound(area.geometry)) ?? '';
  const body: string[] = [];
  for (const area of input.context) {
    if (area.code === input.region.code) continue;
    body.push(
      `<path d="${d(area)}" fill="${PALETTE.context}" stroke="#8c8c8c" stroke-width="0.5"/>`,
    );
  }
  body.push(
    `<path d="${d(input.region)}" fill="${PALETTE.highlight}" stroke="#ffffff" stroke-width="0.8"/>`,
  );
  if (input.parent)
    body.push(
      `<path d="${d(input.parent)}" fill="none" stroke="${PALETTE.parentStroke}" stroke-width="2"/>`,
    );
  // Name the region on a white label just below it (above it when there is no room below).
  const [[bx0, by0], [bx1, by1]] = path.bounds(rewound(input.region.geometry));
  const w = textWidth(input.region.name, 10, true);
  const lx = Math.min(Math.max((bx0 + bx1) / 2 - w / 2, 3), input.width - w - 3);
  const ly = by1 + 16 <= plotHeight ? by1 + 14 : Math.max(by0 - 6, 12);
  body.push(
    `<rect x="${c(lx - 3)}" y="${c(ly - 10)}" width="${c(w + 6)}" height="14" fill="#ffffff" stroke="${PALETTE.highlight}" stroke-width="0.75"/>`,
    text(lx, ly, input.region.name, { size: 10, weight: 'bold' }),
  );
  // Legend.
  const y0 = plotHeight + 10;
  body.push(
    `<rect x="0" y="${c(y0)}" width="12" height="9" fill="${PALETTE.highlight}"/>`,
    text(18, y0 + 8, input.legend.region, { size: 9 }),
    `<rect x="0" y="${c(y0 + 13)}" width="12" height="9" fill="${PALETTE.context}" stroke="#8c8c8c" stroke-width="0.5"/>`,
    text(18, y0 + 21, input.legend.context, { size: 9 }),
  );
  if (input.parent && input.legend.parent)
    body.push(
      `<rect x="0" y="${c(y0 + 26)}" width="12" height="9" fill="none" stroke="${PALETTE.parentStroke}" stroke-width="2"/>`,
      text(18, y0 + 34, input.legend.parent, { size: 9 }),
    );
  return svgDocument(input, body);
}
