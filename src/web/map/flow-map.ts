import { geoMercator, geoPath } from 'd3-geo';
import type { LinkPartner } from '../api/links-types.js';
import type { RegionFeature } from '../api/types.js';
import { s } from '../ui/dom.js';
import { svgRoot } from '../ui/svg-root.js';

/**
 * A flow map in SVG on the offline map of the Netherlands: the regions in grey, the region
 * itself highlighted, and a line from its centroid to each partner region's, as wide as the
 * link is strong (Salton index, scaled to the strongest). Countries are not drawn here: the page
 * shows them as labelled bars beside the map.
 */
export function flowMap(options: {
  features: readonly RegionFeature[];
  region: string;
  centroid: readonly [number, number] | null;
  partners: readonly LinkPartner[];
  name: (code: string) => string;
}): SVGSVGElement {
  const width = 800;
  const height = 900;
  const collection = {
    type: 'FeatureCollection' as const,
    features: options.features as RegionFeature[],
  };
  const projection = geoMercator().fitExtent(
    [
      [10, 10],
      [width - 10, height - 10],
    ],
    collection,
  );
  const path = geoPath(projection).digits(1);
  const regions = options.partners.filter((p) => p.kind === 'region' && p.centroid);
  const strongest = Math.max(Number.MIN_VALUE, ...regions.map((p) => p.strength));
  const from = options.centroid ? projection([...options.centroid]) : null;
  const svg = svgRoot(
    width,
    height,
    'rk-map rk-flow-map',
    { 'data-links': regions.length },
    ...options.features.map((f) =>
      s(
        'path',
        {
          d: path(f) ?? '',
          class: f.id === options.region ? 'rk-flow-map__home' : 'rk-flow-map__area',
        },
        s('title', null, options.name(f.id)),
      ),
    ),
  );
  if (!from) return svg;
  // Weakest first, so the strongest lines lie on top.
  for (const p of [...regions].sort((a, b) => a.strength - b.strength)) {
    const to = projection([...p.centroid!]);
    if (!to) continue;
    const share = p.strength / strongest;
    svg.append(
      s(
        'line',
        {
          x1: from[0].toFixed(1),
          y1: from[1].toFixed(1),
          x2: to[0].toFixed(1),
          y2: to[1].toFixed(1),
          class: 'rk-flow-map__link',
          'stroke-width': (1 + share * 11).toFixed(1),
          'stroke-opacity': (0.35 + share * 0.6).toFixed(2),
          'data-partner': p.code,
        },
        s('title', null, `${options.name(p.code)}: ${p.shared_projects}`),
      ),
      s('circle', { cx: to[0].toFixed(1), cy: to[1].toFixed(1), r: 3, class: 'rk-flow-map__end' }),
    );
  }
  svg.append(
    s('circle', {
      cx: from[0].toFixed(1),
      cy: from[1].toFixed(1),
      r: 7,
      class: 'rk-flow-map__origin',
    }),
  );
  return svg;
}
