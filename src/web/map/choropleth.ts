import { geoAzimuthalEqualArea, geoCentroid, geoMercator, geoPath } from 'd3-geo';
import type { IndicatorValue, RegionFeature } from '../api/types.js';
import { s } from '../ui/dom.js';
import { classColours, classOf } from './class-breaks.js';
import { svgRoot } from '../ui/svg-root.js';

export type MapArea = 'nl' | 'eu';

/** Mainland Europe, for fitting the map: overseas regions are drawn only if they fall inside it. */
const EUROPE_BOX = { west: -25, east: 45, south: 34, north: 72 } as const;

export interface ChoroplethOptions {
  readonly features: readonly RegionFeature[];
  readonly values: ReadonlyMap<string, IndicatorValue>;
  readonly breaks: readonly number[];
  readonly area: MapArea;
  readonly name: (feature: RegionFeature) => string;
  /** Called when a region is clicked. */
  readonly onSelect?: (code: string) => void;
  /** Called with the region under the pointer (null when it leaves), for the tooltip. */
  readonly onHover?: (code: string | null, event: PointerEvent) => void;
  readonly highlight?: string | undefined;
}

/**
 * A choropleth map in SVG: each region filled with the colour of its value's class, regions
 * without a value hatched. Projection: Mercator for the Netherlands, Lambert azimuthal equal-area
 * centred on Europe (as Eurostat's maps) for Europe, fitted to the mainland regions.
 */
export function choropleth(options: ChoroplethOptions): SVGSVGElement {
  const width = 800;
  const height = options.area === 'nl' ? 900 : 760;
  // Turkey's regions would stretch the map far to the east; they are drawn but not fitted to.
  const fitted = options.features.filter(
    (f) => options.area === 'nl' || (inEurope(f) && !f.id.startsWith('TR')),
  );
  const collection = { type: 'FeatureCollection' as const, features: fitted as RegionFeature[] };
  const projection =
    options.area === 'nl'
      ? geoMercator().fitExtent(
          [
            [10, 10],
            [width - 10, height - 10],
          ],
          collection,
        )
      : geoAzimuthalEqualArea()
          .rotate([-10, -52])
          .fitExtent(
            [
              [10, 10],
              [width - 10, height - 10],
            ],
            collection,
          );
  const path = geoPath(projection).digits(1);
  const colours = classColours(options.breaks.length + 1);

  const svg = svgRoot(
    width,
    height,
    `rk-map rk-map--${options.area}`,
    { 'data-regions': options.features.length },
    s(
      'defs',
      null,
      s(
        'pattern',
        {
          id: 'rk-no-data',
          width: 8,
          height: 8,
          patternUnits: 'userSpaceOnUse',
          patternTransform: 'rotate(45)',
        },
        s('rect', { width: 8, height: 8, fill: '#ffffff' }),
        s('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#8c8c8c', 'stroke-width': 2 }),
      ),
      s('clipPath', { id: 'rk-map-clip' }, s('rect', { width, height })),
    ),
  );
  const group = s('g', { 'clip-path': 'url(#rk-map-clip)' });
  for (const feature of options.features) {
    const d = path(feature as never);
    if (!d) continue;
    const value = options.values.get(feature.id)?.value;
    const fill =
      value === null || value === undefined
        ? 'url(#rk-no-data)'
        : colours[classOf(value, options.breaks)]!;
    const region = s('path', {
      d,
      fill,
      class: `rk-map__region${feature.id === options.highlight ? ' rk-map__region--highlight' : ''}`,
      'data-code': feature.id,
      'data-name': options.name(feature),
    });
    group.appendChild(region);
  }
  svg.appendChild(group);

  if (options.onSelect) {
    const onSelect = options.onSelect;
    svg.addEventListener('click', (event) => {
      const code = (event.target as Element).getAttribute('data-code');
      if (code) onSelect(code);
    });
    svg.classList.add('rk-map--interactive');
  }
  if (options.onHover) {
    const onHover = options.onHover;
    svg.addEventListener('pointermove', (event) => {
      onHover((event.target as Element).getAttribute('data-code'), event);
    });
    svg.addEventListener('pointerleave', (event) => onHover(null, event));
  }
  return svg;
}

function inEurope(feature: RegionFeature): boolean {
  const [lon, lat] = geoCentroid(feature as never);
  return (
    lon >= EUROPE_BOX.west &&
    lon <= EUROPE_BOX.east &&
    lat >= EUROPE_BOX.south &&
    lat <= EUROPE_BOX.north
  );
}
