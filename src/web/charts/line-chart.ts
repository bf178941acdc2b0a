import { s } from '../ui/dom.js';
import { svgRoot } from '../ui/svg-root.js';

export interface LinePoint {
  readonly x: number;
  readonly y: number;
}

/**
 * A small line chart in SVG (years along the bottom), with dots on the points and the first and
 * last values labelled. Scales with its container; text is sized for narrow screens.
 */
export function lineChart(options: {
  points: readonly LinePoint[];
  format: (y: number) => string;
  yMin?: number;
  yMax?: number;
}): SVGSVGElement {
  const width = 600;
  const height = 260;
  const margin = { top: 28, right: 70, bottom: 40, left: 70 };
  const points = [...options.points].sort((a, b) => a.x - b.x);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const yMin = options.yMin ?? Math.min(...ys);
  const yMax = options.yMax ?? Math.max(...ys);
  const x = (v: number) =>
    margin.left +
    (xMax === xMin ? 0.5 : (v - xMin) / (xMax - xMin)) * (width - margin.left - margin.right);
  const y = (v: number) =>
    height -
    margin.bottom -
    (yMax === yMin ? 0.5 : (v - yMin) / (yMax - yMin)) * (height - margin.top - margin.bottom);
  const d = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`)
    .join('');
  const first = points[0];
  const last = points.at(-1);
  return svgRoot(
    width,
    height,
    'rk-line-chart',
    {},
    s('line', {
      x1: margin.left,
      x2: width - margin.right,
      y1: height - margin.bottom,
      y2: height - margin.bottom,
      class: 'rk-line-chart__axis',
    }),
    points.map((p) =>
      s(
        'text',
        { x: x(p.x), y: height - 12, 'text-anchor': 'middle', class: 'rk-line-chart__tick' },
        String(p.x),
      ),
    ),
    s('path', { d, class: 'rk-line-chart__line' }),
    points.map((p) => s('circle', { cx: x(p.x), cy: y(p.y), r: 6, class: 'rk-line-chart__dot' })),
    first
      ? s(
          'text',
          {
            x: x(first.x) - 10,
            y: y(first.y) + 6,
            'text-anchor': 'end',
            class: 'rk-line-chart__label',
          },
          options.format(first.y),
        )
      : null,
    last && last !== first
      ? s(
          'text',
          {
            x: x(last.x) + 10,
            y: y(last.y) + 6,
            'text-anchor': 'start',
            class: 'rk-line-chart__label',
          },
          options.format(last.y),
        )
      : null,
  );
}
