import { s } from '../ui/dom.js';
import { textWrap } from '../ui/figure-svg.js';
import { svgRoot } from '../ui/svg-root.js';

/** One of the series compared (the region, its country, the EU), with a distinct mark. */
export interface DotSeries {
  readonly name: string;
  readonly colour: string;
  readonly shape: 'circle' | 'square' | 'diamond';
}

/** One row: a label and each series' value in [0, 1], null where the series has none. */
export interface DotRow {
  readonly label: string;
  readonly values: readonly (number | null)[];
}

const WIDTH = 480;
const PAD = 10;
const FONT_SIZE = 18;
const LINE = 22;
const MARK = 7;

/**
 * A dot plot on a 0-1 scale: per row its label on a line of its own (so it stays legible on a
 * narrow screen), then a track with one mark per series, each series with its own colour and
 * shape; a series without a value gets no mark and is named under the track with `noData`.
 * A legend on top, the scale's ticks and `scale` text at the bottom.
 */
export function dotPlot(options: {
  series: readonly DotSeries[];
  rows: readonly DotRow[];
  noData: (names: string) => string;
  scale: string;
  testId?: string;
}): SVGSVGElement {
  const x = (v: number) => PAD + MARK + Math.max(0, Math.min(1, v)) * (WIDTH - 2 * PAD - 2 * MARK);
  const parts: SVGElement[] = [];
  let y = PAD;
  // Legend: the series' marks and names, wrapped onto lines as needed.
  let lx = PAD;
  y += LINE;
  for (const series of options.series) {
    const width = 2 * MARK + 8 + series.name.length * FONT_SIZE * 0.55 + 16;
    if (lx > PAD && lx + width > WIDTH - PAD) {
      lx = PAD;
      y += LINE + 4;
    }
    parts.push(mark(series, lx + MARK, y - 5), label(lx + 2 * MARK + 6, y, series.name));
    lx += width;
  }
  y += 12;
  const top = y;
  for (const row of options.rows) {
    for (const line of textWrap(row.label, Math.floor((WIDTH - 2 * PAD) / (FONT_SIZE * 0.6)))) {
      y += LINE;
      parts.push(label(PAD, y, line, 600));
    }
    y += MARK + 10;
    parts.push(
      s('line', { x1: x(0), x2: x(1), y1: y, y2: y, stroke: '#b3b3b3', 'stroke-width': 2 }),
    );
    options.series.forEach((series, i) => {
      const value = row.values[i];
      // Each series a little above or below the track, so that equal scores stay visible.
      if (value !== null && value !== undefined)
        parts.push(mark(series, x(value), y + (i - 1) * 0.8 * MARK));
    });
    const missing = options.series.filter((_, i) => row.values[i] == null).map((x) => x.name);
    y += MARK + 4;
    if (missing.length) {
      y += LINE - 4;
      parts.push(label(PAD, y, options.noData(missing.join(', ')), 400, '#4d4d4d', 'italic'));
    }
    y += 6;
  }
  // The scale along the bottom, with light grid lines through the rows.
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const grid = ticks.map((t) =>
    s('line', { x1: x(t), x2: x(t), y1: top, y2: y + 4, stroke: '#e6e6e6', 'stroke-width': 1 }),
  );
  y += 4 + LINE;
  for (const t of ticks) {
    parts.push(
      s(
        'text',
        {
          x: x(t),
          y,
          'text-anchor': t === 0 ? 'start' : t === 1 ? 'end' : 'middle',
          'font-size': FONT_SIZE - 1,
          fill: '#1a1a1a',
        },
        String(t),
      ),
    );
  }
  y += LINE + 2;
  parts.push(label(PAD, y, options.scale, 400, '#4d4d4d'));
  const height = Math.ceil(y + PAD);
  return svgRoot(
    WIDTH,
    height,
    'rk-dot-plot',
    { 'font-family': 'Arial, Helvetica, sans-serif', 'data-testid': options.testId },
    grid,
    parts,
  );
}

function mark(series: DotSeries, cx: number, cy: number): SVGElement {
  const common = { fill: series.colour, stroke: '#ffffff', 'stroke-width': 1.5 };
  if (series.shape === 'square')
    return s('rect', {
      ...common,
      x: cx - MARK + 1,
      y: cy - MARK + 1,
      width: 2 * MARK - 2,
      height: 2 * MARK - 2,
    });
  if (series.shape === 'diamond')
    return s('path', {
      ...common,
      d: `M${cx},${cy - MARK - 1}L${cx + MARK + 1},${cy}L${cx},${cy + MARK + 1}L${cx - MARK - 1},${cy}Z`,
    });
  return s('circle', { ...common, cx, cy, r: MARK });
}

function label(
  x: number,
  y: number,
  text: string,
  weight = 400,
  fill = '#1a1a1a',
  style = 'normal',
): SVGElement {
  return s(
    'text',
    { x, y, 'font-size': FONT_SIZE, 'font-weight': weight, 'font-style': style, fill },
    text,
  );
}
