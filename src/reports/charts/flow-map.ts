import { geoMercator, geoPath } from 'd3-geo';
import type { MapArea } from './region-map.js';
import { rewound } from './region-map.js';
import { c, PALETTE, svgDocument, text, type SvgFrame } from './svg.js';
import { textWidth } from './text-width.js';

export interface FlowMapInput extends SvgFrame {
  /** The region whose links are drawn. */
  readonly region: MapArea;
  /** Every region of the map (the region among them), drawn light. */
  readonly areas: readonly MapArea[];
  /** Longitude and latitude of the region's centroid. */
  readonly centroid: readonly [number, number];
  /** Partner regions with their centroid and link strength (Salton index). */
  readonly partners: readonly {
    readonly code: string;
    readonly name: string;
    readonly strength: number;
    readonly centroid: readonly [number, number];
  }[];
  /** Partners named on the map (the strongest). */
  readonly labelled: number;
  /** Legend text for the lines. */
  readonly legend: string;
}

const LEGEND = 24;

/**
 * The dossier's flow map: the regions light, the region dark, and a line from its centroid to each
 * partner region's, as wide and as dark as the link is strong (scaled to the strongest); the
 * strongest partners are named. Presentation attributes only, so svg-to-pdfkit draws it the same.
 */
export function flowMap(input: FlowMapInput): string {
  const plotHeight = input.height - LEGEND;
  const projection = geoMercator().fitExtent(
    [
      [6, 6],
      [input.width - 6, plotHeight - 6],
    ],
    {
      type: 'FeatureCollection',
      features: input.areas.map((a) => ({
        type: 'Feature' as const,
        properties: {},
        geometry: rewound(a.geometry),
      })),
    },
  );
  const path = geoPath(projection).digits(1);
  const body: string[] = [];
  for (const area of input.areas) {
    const own = area.code === input.region.code;
    body.push(
      `<path d="${path(rewound(area.geometry)) ?? ''}" fill="${own ? '#f2c94c' : PALETTE.context}" stroke="#8c8c8c" stroke-width="0.5"/>`,
    );
  }
  const from = projection([input.centroid[0], input.centroid[1]]);
  if (from) {
    const strongest = Math.max(Number.MIN_VALUE, ...input.partners.map((p) => p.strength));
    const ranked = [...input.partners].sort(
      (a, b) => b.strength - a.strength || a.code.localeCompare(b.code),
    );
    for (const p of [...ranked].reverse()) {
      const to = projection([p.centroid[0], p.centroid[1]]);
      if (!to) continue;
      const share = p.strength / strongest;
      body.push(
        `<line x1="${c(from[0])}" y1="${c(from[1])}" x2="${c(to[0])}" y2="${c(to[1])}" stroke="${PALETTE.primary}" stroke-width="${c(0.6 + share * 5)}" stroke-opacity="${c(0.35 + share * 0.6)}"/>`,
        `<circle cx="${c(to[0])}" cy="${c(to[1])}" r="1.8" fill="${PALETTE.primary}"/>`,
      );
    }
    body.push(
      `<circle cx="${c(from[0])}" cy="${c(from[1])}" r="4" fill="${PALETTE.accent}" stroke="#ffffff" stroke-width="1"/>`,
    );
    // The strongest partners named on white labels; a label that would overlap one already placed
    // is left out (the table names every partner).
    const placed: [number, number, number, number][] = [];
    for (const p of ranked) {
      if (placed.length === input.labelled) break;
      const to = projection([p.centroid[0], p.centroid[1]]);
      if (!to) continue;
      const w = textWidth(p.name, 8, true);
      const x = to[0] > input.width * 0.6 ? to[0] - 5 - w : to[0] + 5;
      const box: [number, number, number, number] = [x - 2, to[1] - 12, x + w + 2, to[1]];
      if (placed.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]))
        continue;
      placed.push(box);
      body.push(
        `<rect x="${c(box[0])}" y="${c(box[1])}" width="${c(w + 4)}" height="12" fill="#ffffff" fill-opacity="0.9"/>`,
        text(x, to[1] - 3, p.name, { size: 8, weight: 'bold' }),
      );
    }
  }
  const y0 = plotHeight + 8;
  body.push(
    `<line x1="0" y1="${c(y0 + 4)}" x2="14" y2="${c(y0 + 4)}" stroke="${PALETTE.primary}" stroke-width="3"/>`,
    text(20, y0 + 8, input.legend, { size: 9 }),
  );
  return svgDocument(input, body);
}
